import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { ExportFooter, FolderField, LanguageField, useExportRun } from './ExportFields';
import { CITATION_FORMATS, type CitationFormat, type ExportLanguage } from '../../../shared/citation-formats';
import { strings, uiLanguage } from '../../i18n/strings';
import { dialogsStore, openDialog } from '../../stores/dialogs-store';
import { libraryStore } from '../../stores/library-store';

type Scope = 'document' | 'library' | 'tag';
type Format = 'md' | 'json' | 'cite';

/**
 * Export notes as Markdown (one file a document, for one document, the library or a tag, labelled
 * in English or Arabic), the same documents' citations as one file, or a JSON backup.
 */
export function ExportDialog(): ReactElement | null {
  const open = dialogsStore.use((s) => s.open === 'export');
  const docId = dialogsStore.use((s) => s.docId);
  // A fresh form each time it opens.
  return open ? <ExportForm docId={docId} /> : null;
}

function ExportForm({ docId }: { docId: string | null }): ReactElement {
  const title = libraryStore.use((s) => s.documents.find((d) => d.id === docId)?.title);
  const [format, setFormat] = useState<Format>('md');
  const [citation, setCitation] = useState<CitationFormat>('bibtex');
  const [lang, setLang] = useState<ExportLanguage>(uiLanguage());
  const [force, setForce] = useState(false);
  const scoped = format !== 'json';
  const [scope, setScope] = useState<Scope>(docId ? 'document' : 'library');
  const [tag, setTag] = useState('');
  const [out, setOut] = useState('');
  const [template, setTemplate] = useState('');
  const { busy, outcome, run } = useExportRun();
  const close = () => openDialog(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() =>
      api.exportNotes({
        format: format === 'cite' ? citation : format,
        out: out.trim(),
        ...(scoped && scope === 'document' && docId ? { docId } : {}),
        ...(scoped && scope === 'tag' ? { tag: tag.trim() } : {}),
        ...(format === 'md' && template.trim() ? { template: template.trim() } : {}),
        ...(format === 'md' ? { lang, ...(force ? { force } : {}) } : {}),
      }),
    );
  };

  return (
    <Modal label={strings.t('exportTitle')} onClose={close} className="export-dialog" onSubmit={submit}>
      <h2>{strings.t('exportTitle')}</h2>
      <fieldset>
        <legend>{strings.t('exportFormat')}</legend>
        <label>
          <input type="radio" name="format" checked={format === 'md'} onChange={() => setFormat('md')} autoFocus />
          {strings.t('exportMarkdown')}
        </label>
        <label>
          <input type="radio" name="format" checked={format === 'cite'} onChange={() => setFormat('cite')} />
          {strings.t('exportCitations')}
          <select
            aria-label={strings.t('exportCitations')}
            value={citation}
            onChange={(e) => setCitation(e.target.value as CitationFormat)}
            onFocus={() => setFormat('cite')}
          >
            {CITATION_FORMATS.map((f) => (
              <option key={f} value={f}>
                {strings.t(`exportCitationFormat_${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="radio" name="format" checked={format === 'json'} onChange={() => setFormat('json')} />
          {strings.t('exportBackup')}
        </label>
      </fieldset>
      {scoped && (
        <fieldset>
          <legend>{strings.t('exportWhat')}</legend>
          {docId && (
            <label>
              <input type="radio" name="scope" checked={scope === 'document'} onChange={() => setScope('document')} />
              {strings.t('exportThisDocument')}: <bdi>{title}</bdi>
            </label>
          )}
          <label>
            <input type="radio" name="scope" checked={scope === 'library'} onChange={() => setScope('library')} />
            {strings.t('exportLibrary')}
          </label>
          <label>
            <input type="radio" name="scope" checked={scope === 'tag'} onChange={() => setScope('tag')} />
            {strings.t('exportTag')}
            <input
              dir="auto"
              aria-label={strings.t('exportTagName')}
              value={tag}
              onChange={(e) => setTag(e.target.value)}
              onFocus={() => setScope('tag')}
              required={scope === 'tag'}
            />
          </label>
        </fieldset>
      )}
      <FolderField value={out} onChange={setOut} />
      {format === 'md' && (
        <>
          <LanguageField value={lang} onChange={setLang} />
          <label className="field">
            {strings.t('exportTemplate')}
            <input dir="ltr" value={template} onChange={(e) => setTemplate(e.target.value)} placeholder="template.md" />
          </label>
          <label>
            <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />
            {strings.t('exportForce')}
          </label>
        </>
      )}
      <ExportFooter outcome={outcome} busy={busy} onClose={close} />
    </Modal>
  );
}
