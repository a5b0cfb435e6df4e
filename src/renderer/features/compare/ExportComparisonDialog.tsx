import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { ExportFooter, FolderField, type ExportOutcome } from '../export/ExportFields';
import { strings } from '../../i18n/strings';
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
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportOutcome>(null);
  const close = () => openDialog(null);
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
        <bdi>{leftTitle}</bdi> ↔ <bdi>{rightTitle}</bdi>
      </p>
      <FolderField value={out} onChange={setOut} autoFocus />
      <ExportFooter outcome={result} busy={busy} onClose={close} />
    </Modal>
  );
}
