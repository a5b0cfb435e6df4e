import { useEffect, useState, type ReactElement } from 'react';
import type { ApiArgs } from '../../../shared/api';
import { endsFrom } from '../../../shared/annotation-ends';
import { HIGHLIGHT_COLORS, type Annotation, type AnnotationKind, type HighlightColor } from '../../../shared/types';
import { api } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { formatNumber, strings, uiLanguage } from '../../i18n/strings';
import { linkHref, navigate, openDocumentHref } from '../../routing';
import {
  addAnnotation,
  annotationsStore,
  deleteAnnotation,
  editAnnotation,
  reattach,
  undoDelete,
} from '../../stores/annotations-store';
import { openDialog } from '../../stores/dialogs-store';
import { libraryStore } from '../../stores/library-store';
import { scrollToBlock } from '../reader/scroll-position';
import { selectedRange } from './selection';

interface Props {
  docId: string;
  blocks: { start: number; end: number }[];
  scroller: () => HTMLElement | null;
  /** The document's text element, to re-attach an orphan to the current selection. */
  body: () => HTMLElement | null;
}

type Scope = 'document' | 'library';

interface Filters {
  /** In the library's list: one document's notes. */
  document: string;
  color: HighlightColor | '';
  kind: AnnotationKind | 'orphaned' | '';
  tag: string;
  query: string;
}

const noFilters: Filters = { document: '', color: '', kind: '', tag: '', query: '' };

const PAGE = 200;

const splitTags = (text: string) =>
  text
    .split(/[,،]/)
    .map((t) => t.trim())
    .filter(Boolean);

/** This document's annotations in reading order, or the whole library's: filter, search, jump, edit, delete with undo. */
export function NotesPanel({ docId, blocks, scroller, body }: Props): ReactElement {
  const version = annotationsStore.use((s) => s.version);
  const deleted = annotationsStore.use((s) => s.deleted);
  const error = annotationsStore.use((s) => s.error);
  const documents = libraryStore.use((s) => s.documents);
  const [scope, setScopeState] = useState<Scope>('document');
  const setScope = (next: Scope) => {
    setScopeState(next);
    setShown(PAGE);
  };
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [list, setList] = useState<{ items: Annotation[]; total: number } | null>(null);
  // A library can hold 100,000 notes: the list shows a page, and more on request.
  const [shown, setShown] = useState(PAGE);
  const [writing, setWriting] = useState(false);

  useEffect(() => {
    const args: ApiArgs<'listAnnotations'> = {
      ...(scope === 'document' ? { docId } : filters.document ? { docId: filters.document } : {}),
      ...(filters.color ? { color: filters.color } : {}),
      ...(filters.kind === 'orphaned' ? { orphaned: true } : filters.kind ? { kind: filters.kind } : {}),
      ...(filters.tag.trim() ? { tag: filters.tag.trim() } : {}),
      ...(filters.query.trim() ? { query: filters.query.trim() } : {}),
      limit: shown,
    };
    let current = true;
    // Typing in the search box waits for a pause; everything else reloads at once.
    const timer = setTimeout(
      () =>
        void api.listAnnotations(args).then(
          (found) => current && setList(found),
          (e: Error) => current && annotationsStore.set({ error: e.message }),
        ),
      filters.query ? 150 : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [docId, scope, filters, version, shown]);

  const titleOf = (id: string) => documents.find((d) => d.id === id)?.title ?? id;
  const jump = (a: Annotation) => {
    const { here } = endsFrom(a, scope === 'document' ? docId : null);
    const el = scroller();
    if (!here.selectors) return;
    const { start, end } = here.selectors.position;
    if (here.docId === docId && el) scrollToBlock(el, blocks, start);
    else navigate(openDocumentHref(here.docId, start, end - start));
  };
  const openPair = (a: Annotation) => {
    const { here, there } = endsFrom(a, scope === 'document' ? docId : null);
    if (there) navigate(linkHref(here.docId, there.docId, a.id));
  };
  const reattachToSelection = (a: Annotation) => {
    const container = body();
    const range = container && selectedRange(container);
    if (!range) {
      annotationsStore.set({ error: strings.t('reattachNeedsSelection') });
      return;
    }
    void reattach(a, docId, range.start, range.end);
  };
  const set = (change: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...change }));
    setShown(PAGE);
  };
  const filtered = Object.values(filters).some(Boolean);

  return (
    <aside className="notes-panel" aria-label={strings.t('notes')}>
      <header className="notes-header">
        <h2>{strings.t('notes')}</h2>
        <div className="segmented" role="group" aria-label={strings.t('notesScope')}>
          {(['document', 'library'] as const).map((s) => (
            <button key={s} type="button" className="secondary" aria-pressed={scope === s} onClick={() => setScope(s)}>
              {strings.t(s === 'document' ? 'notesThisDocument' : 'notesWholeLibrary')}
            </button>
          ))}
        </div>
        <button type="button" className="secondary" onClick={() => openDialog('export', { docId })}>
          {strings.t('exportNotes')}
        </button>
      </header>
      <div className="notes-filters">
        <input
          type="search"
          dir="auto"
          aria-label={strings.t('notesSearch')}
          placeholder={strings.t('notesSearch')}
          value={filters.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        {scope === 'library' && (
          <select
            aria-label={strings.t('filterDocument')}
            value={filters.document}
            onChange={(e) => set({ document: e.target.value })}
          >
            <option value="">{strings.t('allDocuments')}</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        )}
        <select
          aria-label={strings.t('filterKind')}
          value={filters.kind}
          onChange={(e) => set({ kind: e.target.value as Filters['kind'] })}
        >
          <option value="">{strings.t('allKinds')}</option>
          {(['highlight', 'note', 'bookmark', 'link', 'orphaned'] as const).map((k) => (
            <option key={k} value={k}>
              {strings.t(`kind_${k}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={strings.t('filterColor')}
          value={filters.color}
          onChange={(e) => set({ color: e.target.value as Filters['color'] })}
        >
          <option value="">{strings.t('allColors')}</option>
          {HIGHLIGHT_COLORS.map((c) => (
            <option key={c} value={c}>
              {strings.t(`color_${c}`)}
            </option>
          ))}
        </select>
        <input
          dir="auto"
          aria-label={strings.t('filterTag')}
          placeholder={strings.t('filterTag')}
          value={filters.tag}
          onChange={(e) => set({ tag: e.target.value })}
        />
        {filtered && (
          <button type="button" className="link-button" onClick={() => setFilters(noFilters)}>
            {strings.t('clearFilters')}
          </button>
        )}
      </div>
      {deleted && (
        <p className="undo" role="status">
          {strings.t('noteDeleted')}{' '}
          <button type="button" className="link-button" onClick={() => void undoDelete()}>
            {strings.t('undo')}
          </button>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {scope === 'document' &&
        (writing ? (
          <form
            className="note-form inline"
            onKeyDown={(e) => e.key === 'Escape' && setWriting(false)}
            onSubmit={(e) => {
              e.preventDefault();
              const data = new FormData(e.currentTarget);
              void addAnnotation({
                docId,
                kind: 'note',
                note: String(data.get('note') ?? ''),
                tags: splitTags(String(data.get('tags') ?? '')),
              }).then((added) => added && setWriting(false));
            }}
          >
            <textarea name="note" dir="auto" aria-label={strings.t('documentNoteLabel')} rows={3} autoFocus required />
            <input name="tags" dir="auto" aria-label={strings.t('tagsLabel')} placeholder={strings.t('tagsPlaceholder')} />
            <span className="dialog-actions">
              <button type="submit">{strings.t('saveNote')}</button>
              <button type="button" className="secondary" onClick={() => setWriting(false)}>
                {strings.t('cancel')}
              </button>
            </span>
          </form>
        ) : (
          <button type="button" className="secondary" onClick={() => setWriting(true)}>
            {strings.t('addDocumentNote')}
          </button>
        ))}
      {list && !list.items.length && <p className="hint">{strings.t(filtered ? 'noMatchingNotes' : 'noNotes')}</p>}
      <ul>
        {list?.items.map((a) => (
          <NoteItem
            // A change from elsewhere (another window, undo) refreshes the fields edited in place.
            key={`${a.id}:${a.updatedAt}`}
            annotation={a}
            from={scope === 'document' ? docId : null}
            titleOf={titleOf}
            onJump={() => jump(a)}
            onOpenPair={() => openPair(a)}
            onReattach={() => reattachToSelection(a)}
          />
        ))}
      </ul>
      {list && list.total > list.items.length && (
        <p className="hint">
          {strings.t('notesShown', { shown: formatNumber(list.items.length), total: formatNumber(list.total) })}{' '}
          <button type="button" className="link-button" onClick={() => setShown((n) => n + PAGE)}>
            {strings.showMore(Math.min(PAGE, list.total - list.items.length))}
          </button>
        </p>
      )}
    </aside>
  );
}

interface NoteItemProps {
  annotation: Annotation;
  /** The document whose list this is (null: the library's). */
  from: string | null;
  titleOf: (docId: string) => string;
  onJump: () => void;
  onOpenPair: () => void;
  onReattach: () => void;
}

/** One annotation: its passage (and a link's other end), note and tags edited in place, colour, style, remove. */
function NoteItem({ annotation: a, from, titleOf, onJump, onOpenPair, onReattach }: NoteItemProps): ReactElement {
  // Empty fields stay out of the way until asked for, so more notes fit in the panel.
  const [editingNote, setEditingNote] = useState(false);
  const [editingTags, setEditingTags] = useState(false);
  const { here, there } = endsFrom(a, from);
  // Arabic tags (or an Arabic interface) take the Arabic comma; both are accepted when typed.
  const tagSeparator = uiLanguage() === 'ar' || a.tags.some((t) => /[\u0600-\u06FF]/.test(t)) ? '، ' : ', ';
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
      {a.kind !== 'bookmark' && (a.note || editingNote) && (
        <textarea
          dir="auto"
          aria-label={strings.t('noteLabel')}
          defaultValue={a.note}
          rows={2}
          autoFocus={editingNote}
          onBlur={(e) => {
            setEditingNote(false);
            if (e.target.value !== a.note) void editAnnotation(a, { note: e.target.value });
          }}
        />
      )}
      {(a.tags.length > 0 || editingTags) && (
        <input
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
