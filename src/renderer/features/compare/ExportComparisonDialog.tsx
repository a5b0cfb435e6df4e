import { useState, type FormEvent, type ReactElement } from 'react';
import { api, shellKind } from '../../api/client';
import { Modal } from '../../components/Modal';
import { strings } from '../../i18n/strings';
import { dialogsStore, openDialog } from '../../stores/dialogs-store';
import { libraryStore } from '../../stores/library-store';

/** Saves the open pair's comparison as a Markdown note in a folder. */
export function ExportComparisonDialog(): ReactElement | null {
  const pair = dialogsStore.use((s) => (s.open === 'exportComparison' ? s.pair : null));
  return pair ? <ExportComparisonForm left={pair[0]} right={pair[1]} /> : null;
}

function ExportComparisonForm({ left, right }: { left: string; right: string }): ReactElement {
  const titles = libraryStore.use((s) => [left, right].map((id) => s.documents.find((d) => d.id === id)?.title ?? id));
  const [out, setOut] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ files: string[] } | { error: string } | null>(null);
  const close = () => openDialog(null);
  const chooseFolder = async () => {
    const [folder] = await api.choosePaths({ kind: 'folder' }).catch(() => []);
    if (folder) setOut(folder);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setResult(null);
    try {
      setResult(await api.exportComparison({ left, right, out: out.trim() }));
    } catch (error) {
      setResult({ error: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal label={strings.t('exportComparison')} onClose={close} className="export-dialog" onSubmit={(e) => void submit(e)}>
      <h2>{strings.t('exportComparison')}</h2>
      <p>
        <bdi>{titles[0]}</bdi> ↔ <bdi>{titles[1]}</bdi>
      </p>
      <label className="field">
        {strings.t('exportFolder')}
        <span className="field-row">
          <input dir="ltr" value={out} onChange={(e) => setOut(e.target.value)} required placeholder="/home/…/notes" autoFocus />
          {shellKind === 'electron' && (
            <button type="button" className="secondary" onClick={() => void chooseFolder()}>
              {strings.t('choose')}
            </button>
          )}
        </span>
      </label>
      {result && 'error' in result && (
        <p className="error" role="alert">
          {result.error}
        </p>
      )}
      {result && 'files' in result && (
        <p role="status" className="export-result">
          {strings.t('comparisonExported')}
          <bdi dir="ltr">{result.files[0]}</bdi>
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" disabled={busy}>
          {strings.t(busy ? 'exporting' : 'exportButton')}
        </button>
        <button type="button" className="secondary" onClick={close}>
          {strings.close}
        </button>
      </div>
    </Modal>
  );
}
