// Settings → Backup: export the whole library as a JSON backup, and restore one
// (replacing the library) or merge one in (adding what is not there; a conflict
// keeps both). Restoring and merging show what will change first, and change
// nothing until confirmed; the library as it was is kept beside it.
import { useState, type ReactElement } from 'react';
import type { BackupMode, BackupOutcome, BackupPreview } from '../../../shared/types';
import { api } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { strings } from '../../i18n/strings';
import { FolderField } from '../export/ExportFields';

type Step = { preview: BackupPreview } | { done: BackupOutcome } | { error: string } | null;

function ExportBackup(): ReactElement {
  const [folder, setFolder] = useState('');
  const [outcome, setOutcome] = useState<{ file: string } | { error: string } | null>(null);
  return (
    <form
      className="backup-export"
      aria-label={strings.t('backupExport')}
      onSubmit={(e) => {
        e.preventDefault();
        setOutcome(null);
        api.exportNotes({ format: 'json', out: folder }).then(
          ({ files }) => setOutcome({ file: files[0] ?? '' }),
          (error: Error) => setOutcome({ error: error.message }),
        );
      }}
    >
      <FolderField value={folder} onChange={setFolder} />
      <button type="submit">{strings.t('backupExport')}</button>
      {outcome && 'file' in outcome && (
        <p role="status" dir="auto">
          {strings.t('backupWritten', { file: outcome.file })}
        </p>
      )}
      {outcome && 'error' in outcome && (
        <p className="error" role="alert" dir="auto">
          {outcome.error}
        </p>
      )}
    </form>
  );
}

function PreviewLines({ preview }: { preview: BackupPreview }): ReactElement {
  const { documents, notes } = preview;
  return (
    <div className="backup-preview" role="status">
      <p>
        {strings.t(preview.mode === 'merge' ? 'backupWillMerge' : 'backupWillRestore', {
          date: preview.exportedAt ? formatDate(preview.exportedAt) : '—',
        })}
      </p>
      <ul>
        <li>{strings.t('backupDocuments', { ...documents })}</li>
        <li>{strings.t('backupNotes', { ...notes })}</li>
      </ul>
      {preview.conflicts.length > 0 && (
        <>
          <p>{strings.t('backupConflictsKept')}</p>
          <ul className="backup-conflicts">
            {preview.conflicts.map((line) => (
              <li key={line} dir="auto">
                {line}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function ImportBackup(): ReactElement {
  const [file, setFile] = useState('');
  const [watchFolders, setWatchFolders] = useState(false);
  const [step, setStep] = useState<Step>(null);
  const [busy, setBusy] = useState(false);
  const attempt = async (work: () => Promise<Step>) => {
    setBusy(true);
    try {
      setStep(await work());
    } catch (error) {
      setStep({ error: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const preview = (mode: BackupMode) => attempt(async () => ({ preview: await api.previewBackup({ file, mode }) }));
  const apply = (mode: BackupMode) => attempt(async () => ({ done: await api.importBackup({ file, mode, watchFolders }) }));
  return (
    <div className="backup-import">
      <label className="field">
        {strings.t('backupFile')}
        <input
          dir="ltr"
          value={file}
          placeholder="/home/…/hamish-backup.json"
          onChange={(e) => {
            setFile(e.target.value);
            setStep(null);
          }}
        />
      </label>
      <span className="dialog-actions">
        <button type="button" className="secondary" disabled={!file || busy} onClick={() => void preview('restore')}>
          {strings.t('backupPreviewRestore')}
        </button>
        <button type="button" className="secondary" disabled={!file || busy} onClick={() => void preview('merge')}>
          {strings.t('backupPreviewMerge')}
        </button>
      </span>
      {step && 'preview' in step && (
        <>
          <PreviewLines preview={step.preview} />
          {step.preview.folders.length > 0 && (
            <label className="setting checkbox">
              <input type="checkbox" checked={watchFolders} onChange={(e) => setWatchFolders(e.target.checked)} />
              {strings.t('backupWatchFolders')}
            </label>
          )}
          <button type="button" disabled={busy} onClick={() => void apply(step.preview.mode)}>
            {strings.t(step.preview.mode === 'merge' ? 'backupApplyMerge' : 'backupApplyRestore')}
          </button>
        </>
      )}
      {step && 'done' in step && (
        <p role="status" dir="auto">
          {strings.t('backupDone', { file: step.done.kept })}
        </p>
      )}
      {step && 'error' in step && (
        <p className="error" role="alert" dir="auto">
          {step.error}
        </p>
      )}
    </div>
  );
}

export function BackupSection(): ReactElement {
  return (
    <section className="backup-section" aria-labelledby="backup-heading">
      <h3 id="backup-heading">{strings.t('backupSection')}</h3>
      <p className="hint">{strings.t('backupHint')}</p>
      <ExportBackup />
      <ImportBackup />
    </section>
  );
}
