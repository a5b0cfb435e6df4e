import type { ReactElement } from 'react';
import type { Annotation } from '../../../shared/types';
import { strings } from '../../i18n/strings';
import { annotationsStore, deleteAnnotation, editAnnotation, undoDelete } from '../../stores/annotations-store';
import { scrollToBlock } from '../reader/scroll-position';

interface Props {
  docId: string;
  blocks: { start: number; end: number }[];
  scroller: () => HTMLElement | null;
}

/** This document's highlights and notes, in reading order: jump, edit, delete with undo. */
export function NotesPanel({ docId, blocks, scroller }: Props): ReactElement {
  const annotations = annotationsStore.use((s) => s.byDoc[docId]) ?? [];
  const deleted = annotationsStore.use((s) => s.deleted);
  const jump = (a: Annotation) => {
    const el = scroller();
    if (el && a.selectors) scrollToBlock(el, blocks, a.selectors.position.start);
  };
  return (
    <aside className="notes-panel" aria-label={strings.t('notes')}>
      <h2>{strings.t('notes')}</h2>
      {deleted && deleted.docId === docId && (
        <p className="undo" role="status">
          {strings.t('noteDeleted')}{' '}
          <button type="button" className="link-button" onClick={() => void undoDelete()}>
            {strings.t('undo')}
          </button>
        </p>
      )}
      {!annotations.length && <p className="hint">{strings.t('noNotes')}</p>}
      <ul>
        {annotations.map((a) => (
          <li key={a.id} className={`note-item note-${a.color}`} data-orphaned={a.orphaned || undefined}>
            {a.selectors && (
              <button type="button" className="note-quote" dir="auto" onClick={() => jump(a)}>
                {a.selectors.quote.exact}
              </button>
            )}
            {a.orphaned && <p className="error">{strings.t('orphaned')}</p>}
            <textarea
              dir="auto"
              aria-label={strings.t('noteLabel')}
              defaultValue={a.note}
              rows={2}
              onBlur={(e) => e.target.value !== a.note && void editAnnotation(a, { note: e.target.value })}
            />
            {a.tags.length > 0 && (
              <p className="note-tags">
                {a.tags.map((t) => (
                  <bdi key={t} className="badge">
                    #{t}
                  </bdi>
                ))}
              </p>
            )}
            <button type="button" className="link-button" onClick={() => void deleteAnnotation(a)}>
              {strings.remove}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
