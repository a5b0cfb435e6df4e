import { useEffect, useState, type ReactElement } from 'react';
import type { ApiArgs } from '../../../shared/api';
import { endsFrom } from '../../../shared/annotation-ends';
import { HIGHLIGHT_COLORS, type Annotation, type AnnotationKind, type HighlightColor } from '../../../shared/types';
import { api } from '../../api/client';
import { formatNumber, strings } from '../../i18n/strings';
import { linkHref, navigate, openDocumentHref } from '../../routing';
import { addAnnotation, annotationsStore, reattach, undoDelete } from '../../stores/annotations-store';
import { openDialog } from '../../stores/dialogs-store';
import { libraryStore } from '../../stores/library-store';
import { scrollToBlock } from '../reader/scroll-position';
import { clearDraft, draftFor, keepDraft } from './note-drafts';
import { NoteItem, splitTags } from './NoteItem';
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
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              // What was typed is kept as a draft, brought back by the next "Add a note".
              const data = new FormData(e.currentTarget);
              const kept = keepDraft(docId, 'document', {
                note: String(data.get('note') ?? ''),
                tags: String(data.get('tags') ?? ''),
              });
              if (kept) annotationsStore.set({ message: 'noteDraftKept' });
              setWriting(false);
            }}
            onSubmit={(e) => {
              e.preventDefault();
              const data = new FormData(e.currentTarget);
              void addAnnotation({
                docId,
                kind: 'note',
                note: String(data.get('note') ?? ''),
                tags: splitTags(String(data.get('tags') ?? '')),
              }).then((added) => {
                if (!added) return;
                clearDraft(docId, 'document');
                setWriting(false);
              });
            }}
          >
            <textarea
              name="note"
              dir="auto"
              aria-label={strings.t('documentNoteLabel')}
              rows={3}
              autoFocus
              required
              defaultValue={draftFor(docId, 'document')?.note}
            />
            <input
              name="tags"
              dir="auto"
              aria-label={strings.t('tagsLabel')}
              placeholder={strings.t('tagsPlaceholder')}
              defaultValue={draftFor(docId, 'document')?.tags}
            />
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
            // Kept mounted across saves (a note saves as it is typed); changes from elsewhere refresh the fields.
            key={a.id}
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
