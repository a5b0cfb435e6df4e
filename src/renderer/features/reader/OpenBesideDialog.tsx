import { useState, type ReactElement } from 'react';
import { normalizeArabic } from '../../../shared/arabic';
import { revealBidiControls } from '../../../shared/text-direction';
import { Modal } from '../../components/Modal';
import { strings } from '../../i18n/strings';
import { compareHref, navigate } from '../../routing';
import { dialogsStore, openDialog } from '../../stores/dialogs-store';
import { libraryStore } from '../../stores/library-store';

/** Side by side from one document (Ctrl/Cmd+\ or the pane's "Open beside…"): which document goes beside it. */
export function OpenBesideDialog(): ReactElement | null {
  const docId = dialogsStore.use((s) => (s.open === 'openBeside' ? s.docId : null));
  const documents = libraryStore.use((s) => s.documents);
  const [filter, setFilter] = useState('');
  if (!docId) return null;
  // Spelling variants folded, as the library's filter does.
  const wanted = normalizeArabic(filter.trim());
  const choices = documents.filter(
    (d) => d.id !== docId && (!wanted || normalizeArabic(`${d.title} ${d.outlet ?? ''}`).includes(wanted)),
  );
  const close = () => {
    setFilter('');
    openDialog(null);
  };
  const choose = (other: string) => {
    close();
    navigate(compareHref(docId, other));
  };
  return (
    <Modal
      label={strings.t('openBesideTitle')}
      className="open-beside"
      onClose={close}
      onSubmit={(e) => {
        e.preventDefault();
        if (choices[0]) choose(choices[0].id);
      }}
    >
      <h2>{strings.t('openBesideTitle')}</h2>
      <input
        type="search"
        dir="auto"
        aria-label={strings.t('filterLabel')}
        placeholder={strings.t('filterLabel')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        autoFocus
      />
      <ul className="open-beside-list">
        {choices.map((d) => (
          <li key={d.id}>
            <button type="button" className="secondary" data-doc-id={d.id} onClick={() => choose(d.id)}>
              <bdi dir="auto">{revealBidiControls(d.title)}</bdi>
            </button>
          </li>
        ))}
      </ul>
      {!choices.length && <p className="hint">{strings.t('noMatches')}</p>}
    </Modal>
  );
}
