// Asking before a document leaves the library: a modal alert dialog (not inside its row, so it is
// always on screen however the list scrolls), focus on Cancel, Escape cancels.
import type { ReactElement } from 'react';
import { cleanTitle } from '../../../shared/text-direction';
import { Modal } from '../../components/Modal';
import { strings } from '../../i18n/strings';
import { askToRemove, libraryStore, removeDocument } from '../../stores/library-store';

export function RemoveConfirm(): ReactElement | null {
  const id = libraryStore.use((s) => s.confirmingRemove);
  const title = libraryStore.use((s) => s.documents.find((d) => d.id === id)?.title);
  if (!id || title === undefined) return null;
  const cancel = () => askToRemove(null);
  return (
    <Modal role="alertdialog" label={strings.removeLabel(cleanTitle(title))} onClose={cancel} className="confirm">
      <h2>{strings.t('confirmRemoveTitle')}</h2>
      <p>{strings.confirmRemove(cleanTitle(title))}</p>
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => void removeDocument(id)}>
          {strings.remove}
        </button>
        <button type="button" className="secondary" onClick={cancel} autoFocus>
          {strings.cancel}
        </button>
      </div>
    </Modal>
  );
}
