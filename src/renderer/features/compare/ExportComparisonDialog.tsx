import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { ExportFooter, FolderField, LanguageField, useExportRun } from '../export/ExportFields';
import type { ExportLanguage } from '../../../shared/citation-formats';
import { strings, uiLanguage } from '../../i18n/strings';
import { dialogsStore, openDialog } from '../../stores/dialogs-store';
import { libraryStore } from '../../stores/library-store';

/** Saves the open pair's comparison as a Markdown note in a folder. */
export function ExportComparisonDialog(): ReactElement | null {
  const pair = dialogsStore.use((s) => (s.open === 'exportComparison' ? s.pair : null));
  return pair ? <ExportComparisonForm left={pair[0]} right={pair[1]} /> : null;
}

function ExportComparisonForm({ left, right }: { left: string; right: string }): ReactElement {
  // One selector each: a selector must return the same value while nothing changed.
  const leftTitle = libraryStore.use((s) => s.documents.find((d) => d.id === left)?.title ?? left);
  const rightTitle = libraryStore.use((s) => s.documents.find((d) => d.id === right)?.title ?? right);
  const [out, setOut] = useState('');
  const [lang, setLang] = useState<ExportLanguage>(uiLanguage());
  const { busy, outcome, run } = useExportRun();
  const close = () => openDialog(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => api.exportComparison({ left, right, out: out.trim(), lang }));
  };
  return (
    <Modal label={strings.t('exportComparison')} onClose={close} className="export-dialog" onSubmit={submit}>
      <h2>{strings.t('exportComparison')}</h2>
      <p>
        <bdi>{leftTitle}</bdi> ↔ <bdi>{rightTitle}</bdi>
      </p>
      <FolderField value={out} onChange={setOut} autoFocus />
      <LanguageField value={lang} onChange={setLang} />
      <ExportFooter outcome={outcome} busy={busy} onClose={close} />
    </Modal>
  );
}
