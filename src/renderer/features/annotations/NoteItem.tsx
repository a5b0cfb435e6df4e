// One annotation in the notes panel: its passage (and a link's other end), its note
// (saved as it is typed, see note-autosave.ts) and tags edited in place, colour,
// style, remove.
import { useState, type ReactElement } from 'react';
import { endsFrom } from '../../../shared/annotation-ends';
import { HIGHLIGHT_COLORS, type Annotation } from '../../../shared/types';
import { formatDate } from '../../i18n/format';
import { strings, uiLanguage } from '../../i18n/strings';
import { deleteAnnotation, editAnnotation } from '../../stores/annotations-store';
import { useNoteAutosave } from './note-autosave';

export const splitTags = (text: string) =>
  text
    .split(/[,،]/)
    .map((t) => t.trim())
    .filter(Boolean);

export interface NoteItemProps {
  annotation: Annotation;
  /** The document whose list this is (null: the library's). */
  from: string | null;
  titleOf: (docId: string) => string;
  onJump: () => void;
  onOpenPair: () => void;
  onReattach: () => void;
}

/** One annotation: its passage (and a link's other end), note and tags edited in place, colour, style, remove. */
export function NoteItem({ annotation: a, from, titleOf, onJump, onOpenPair, onReattach }: NoteItemProps): ReactElement {
  // Empty fields stay out of the way until asked for, so more notes fit in the panel.
  const [editingNote, setEditingNote] = useState(false);
  const [editingTags, setEditingTags] = useState(false);
  const { here, there } = endsFrom(a, from);
  // Arabic tags (or an Arabic interface) take the Arabic comma; both are accepted when typed.
  const tagSeparator = uiLanguage() === 'ar' || a.tags.some((t) => /[\u0600-\u06FF]/.test(t)) ? '، ' : ', ';
  const autosave = useNoteAutosave(a);
  return (
    <li className={`note-item note-${a.color} kind-${a.kind}`} data-orphaned={here.orphaned || undefined} data-kind={a.kind}>
      {from === null && (
        <p className="note-doc">
          <bdi>{titleOf(a.docId)}</bdi>
        </p>
      )}
      {a.kind === 'bookmark' && <p className="note-kind">{strings.t('bookmark')}</p>}
      {here.selectors ? (
        <button type="button" className="note-quote" dir="auto" onClick={onJump}>
          {a.kind === 'bookmark' ? a.name || here.selectors.quote.exact : here.selectors.quote.exact}
        </button>
      ) : (
        a.kind === 'note' && <p className="note-kind">{strings.t('kind_documentNote')}</p>
      )}
      {there?.selectors && (
        <div className="note-link">
          <button type="button" className="link-button" onClick={onOpenPair}>
            ↔ <bdi>{titleOf(there.docId)}</bdi>
          </button>
          <blockquote dir="auto">{there.selectors.quote.exact}</blockquote>
          {there.orphaned && <p className="error">{strings.t('linkEndOrphaned')}</p>}
        </div>
      )}
      {here.orphaned && (
        <p className="error">
          {strings.t('orphaned')}{' '}
          {from !== null && (
            <button type="button" className="link-button" onClick={onReattach}>
              {strings.t('reattach')}
            </button>
          )}
        </p>
      )}
      {a.kind !== 'bookmark' && (a.note || editingNote || autosave.state !== 'idle') && (
        <>
          <textarea
            dir="auto"
            aria-label={strings.t('noteLabel')}
            value={autosave.value}
            rows={2}
            autoFocus={editingNote}
            onChange={(e) => autosave.change(e.target.value)}
            onBlur={() => {
              setEditingNote(false);
              autosave.flush();
            }}
          />
          <span className="note-save-state hint" role="status" data-state={autosave.state}>
            {autosave.state === 'saved' ? strings.t('noteSaved') : autosave.state === 'idle' ? '' : strings.t('noteSaving')}
          </span>
        </>
      )}
      {(a.tags.length > 0 || editingTags) && (
        <input
          // A change from elsewhere (another window, undo) refreshes the tags.
          key={a.tags.join('\n')}
          className="note-tags-input"
          dir="auto"
          aria-label={strings.t('tagsLabel')}
          placeholder={strings.t('tagsPlaceholder')}
          defaultValue={a.tags.join(tagSeparator)}
          autoFocus={editingTags}
          onBlur={(e) => {
            setEditingTags(false);
            const next = splitTags(e.target.value);
            if (next.join('\n') !== a.tags.join('\n')) void editAnnotation(a, { tags: next });
          }}
        />
      )}
      <div className="note-actions">
        {a.kind === 'highlight' && (
          <>
            {HIGHLIGHT_COLORS.map((c) => (
              <button
                key={c}
                type="button"
                className={`swatch small swatch-${c}${a.style === 'underline' ? ' swatch-underline' : ''}`}
                aria-pressed={a.color === c}
                aria-label={strings.t(a.style === 'underline' ? 'underlineIn' : 'highlightIn', {
                  color: strings.t(`color_${c}`),
                })}
                onClick={() => a.color !== c && void editAnnotation(a, { color: c })}
              />
            ))}
            <button
              type="button"
              className="secondary style-toggle small"
              aria-pressed={a.style === 'underline'}
              aria-label={strings.t('underlineStyle')}
              title={strings.t('underlineStyle')}
              onClick={() => void editAnnotation(a, { style: a.style === 'underline' ? 'highlight' : 'underline' })}
            >
              <u>U</u>
            </button>
          </>
        )}
        {a.kind !== 'bookmark' && !a.note && !editingNote && (
          <button type="button" className="link-button" onClick={() => setEditingNote(true)}>
            {strings.t('addNote')}
          </button>
        )}
        {!a.tags.length && !editingTags && (
          <button type="button" className="link-button" onClick={() => setEditingTags(true)}>
            {strings.t('addTags')}
          </button>
        )}
        <span className="note-date">{formatDate(a.createdAt)}</span>
        <button type="button" className="link-button" onClick={() => void deleteAnnotation(a)}>
          {strings.remove}
        </button>
      </div>
    </li>
  );
}
