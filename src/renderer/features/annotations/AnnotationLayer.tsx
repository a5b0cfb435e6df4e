import { useEffect, useLayoutEffect, useRef, useState, type ReactElement, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { endsFrom } from '../../../shared/annotation-ends';
import { HIGHLIGHT_COLORS, type Annotation, type DocumentView, type HighlightColor } from '../../../shared/types';
import { strings } from '../../i18n/strings';
import { addHighlight, annotationsStore, completeLink, loadAnnotations, startLink } from '../../stores/annotations-store';
import { domRanges } from '../reader/highlights';
import { clearDraft, draftFor, keepDraft } from './note-drafts';
import { paintNames, paintPane } from './paint';
import { selectedRange } from './selection';

interface Props {
  doc: DocumentView;
  body: RefObject<HTMLElement | null>;
  pane: string;
  /** Side by side: a passage can be linked with one in the other pane. */
  canLink: boolean;
}

/** Where each annotation is painted in this document: one name per colour and style, notes marked over them, links apart. */
function paintedRanges(container: HTMLElement, docId: string, annotations: Annotation[]): Map<string, Range[]> {
  const ranges = new Map<string, Range[]>();
  const add = (name: string, position: { start: number; end: number }) =>
    ranges.set(name, [...(ranges.get(name) ?? []), ...domRanges(container, [position])]);
  for (const a of annotations) {
    if (a.kind === 'bookmark') continue;
    if (a.kind === 'link') {
      const { here } = endsFrom(a, docId);
      if (here.selectors && !here.orphaned) add('link', here.selectors.position);
    } else if (a.selectors && !a.orphaned) {
      for (const name of paintNames(a)) add(name, a.selectors.position);
    }
  }
  return ranges;
}

type Mode = 'choose' | 'note' | 'link';

type SelectionBox = { start: number; end: number; rect: { top: number; bottom: number; left: number } };

/** Each pane's way into its toolbar's note editor (the context menu's "Note…" takes it). */
const noteEditors = new Map<string, (selection: SelectionBox) => void>();

/** Opens a pane's note editor on a passage, as the toolbar's "Note…" does. */
export function openNoteEditor(pane: string, selection: SelectionBox): void {
  noteEditors.get(pane)?.(selection);
}

/** Paints the document's highlights and links, and offers a toolbar to highlight, annotate or link a selection. */
export function AnnotationLayer({ doc, body, pane, canLink }: Props): ReactElement | null {
  const annotations = annotationsStore.use((s) => s.byDoc[doc.id]);
  const pendingLink = annotationsStore.use((s) => s.pendingLink);
  /** The selection and its box: the toolbar goes below it, or above when there is no room below. */
  const [selection, setSelection] = useState<SelectionBox | null>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const [mode, setMode] = useState<Mode>('choose');
  const [underline, setUnderline] = useState(false);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');

  useEffect(() => {
    void loadAnnotations(doc.id);
  }, [doc.id]);

  useEffect(() => {
    noteEditors.set(pane, (box) => {
      setSelection(box);
      setMode('note');
      // A draft set aside on this passage comes back.
      const draft = draftFor(doc.id, box);
      setNote(draft?.note ?? '');
      setTags(draft?.tags ?? '');
    });
    return () => void noteEditors.delete(pane);
  }, [pane, doc.id]);

  useEffect(() => {
    const container = body.current;
    if (!container || !annotations) return;
    paintPane(pane, paintedRanges(container, doc.id, annotations));
    return () => paintPane(pane, null);
  }, [annotations, body, pane, doc.id]);

  // Bookmarked paragraphs carry a ribbon in the margin (React leaves this attribute alone).
  useEffect(() => {
    const container = body.current;
    if (!container || !annotations) return;
    const rows: HTMLElement[] = [];
    for (const a of annotations) {
      if (a.kind !== 'bookmark' || a.docId !== doc.id || !a.selectors || a.orphaned) continue;
      const at = a.selectors.position.start;
      const index = doc.blocks.findIndex((b) => at >= b.start && at < b.end);
      const row = container.querySelector<HTMLElement>(`[data-block="${index}"]`);
      if (row) rows.push(row);
    }
    for (const row of rows) row.dataset.bookmarked = 'true';
    return () => rows.forEach((row) => delete row.dataset.bookmarked);
  }, [annotations, body, doc]);

  // The first passage of a pending link stays marked until the link is made.
  useEffect(() => {
    const container = body.current;
    if (!container || pendingLink?.docId !== doc.id) return;
    paintPane(`${pane}:pending`, new Map([['link-pending', domRanges(container, [pendingLink])]]));
    return () => paintPane(`${pane}:pending`, null);
  }, [pendingLink, body, pane, doc.id]);

  useEffect(() => {
    const container = body.current;
    if (!container) return;
    const onMouseUp = () => {
      const range = selectedRange(container);
      if (!range) return;
      const { top, bottom, left } = range.rect;
      setSelection({ start: range.start, end: range.end, rect: { top, bottom, left } });
      setMode('choose');
    };
    const onSelectionChange = () => {
      if (window.getSelection()?.isCollapsed && mode === 'choose') setSelection(null);
    };
    container.addEventListener('mouseup', onMouseUp);
    container.addEventListener('keyup', onMouseUp);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      container.removeEventListener('mouseup', onMouseUp);
      container.removeEventListener('keyup', onMouseUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [body, mode]);

  // Placed once its size is known: below the selection if it fits, else above; never off-screen,
  // never over the words it is about.
  useLayoutEffect(() => {
    const toolbar = toolbarRef.current;
    if (!selection || !toolbar) return setPosition(null);
    const { height, width } = toolbar.getBoundingClientRect();
    const below = selection.rect.bottom + 6;
    const above = selection.rect.top - 6 - height;
    const top = below + height <= window.innerHeight - 8 || above < 8 ? Math.min(below, window.innerHeight - height - 8) : above;
    const left = Math.max(8, Math.min(selection.rect.left, window.innerWidth - width - 8));
    // A selection scrolled out of sight still gets its toolbar inside the window.
    setPosition({ top: Math.max(8, Math.min(top, window.innerHeight - height - 8)), left });
  }, [selection, mode]);

  // Escape closes the toolbar wherever focus is (after a mouse selection it is still in the text);
  // what was typed in it is kept as a draft, never thrown away.
  useEffect(() => {
    if (!selection) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      if (mode === 'note' && keepDraft(doc.id, selection, { note, tags })) {
        annotationsStore.set({ message: 'noteDraftKept' });
      }
      setNote('');
      setTags('');
      window.getSelection()?.removeAllRanges();
      setSelection(null);
      setMode('choose');
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [selection, mode, note, tags, doc.id]);

  if (!selection) return null;
  const done = () => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
    setMode('choose');
    setNote('');
    setTags('');
  };
  const tagList = () =>
    tags
      .split(/[,،]/)
      .map((t) => t.trim())
      .filter(Boolean);
  const save = async (color: HighlightColor) => {
    const saved = await addHighlight(doc.id, selection.start, selection.end, color, {
      note,
      tags: tagList(),
      style: underline ? 'underline' : 'highlight',
    });
    if (saved) {
      clearDraft(doc.id, selection);
      done();
    }
  };
  const linkHere = pendingLink && pendingLink.docId !== doc.id;
  const beginLink = () => {
    startLink({
      docId: doc.id,
      start: selection.start,
      end: selection.end,
      quote: doc.text.slice(selection.start, selection.end),
    });
    done();
  };
  // Outside the article, so it takes the interface's direction, not the document's.
  return createPortal(
    <div
      ref={toolbarRef}
      className="selection-toolbar"
      role="toolbar"
      dir={document.documentElement.dir || 'ltr'}
      aria-label={strings.t('highlightToolbar')}
      style={position ? { top: position.top, left: position.left } : { top: 0, left: 0, visibility: 'hidden' }}
    >
      {mode === 'choose' && (
        <>
          {HIGHLIGHT_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              className={`swatch swatch-${color}${underline ? ' swatch-underline' : ''}`}
              aria-label={strings.t(underline ? 'underlineIn' : 'highlightIn', { color: strings.t(`color_${color}`) })}
              onClick={() => void save(color)}
            />
          ))}
          <button
            type="button"
            className="secondary style-toggle"
            aria-pressed={underline}
            aria-label={strings.t('underlineStyle')}
            title={strings.t('underlineStyle')}
            onClick={() => setUnderline((u) => !u)}
          >
            <u>U</u>
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setMode('note');
              // A draft set aside on this passage comes back.
              const draft = draftFor(doc.id, selection);
              if (draft) {
                setNote(draft.note);
                setTags(draft.tags);
              }
            }}
          >
            {strings.t('addNote')}
          </button>
          {canLink && !linkHere && (
            <button type="button" className="secondary" onClick={beginLink}>
              {strings.t('linkStart')}
            </button>
          )}
          {linkHere && (
            <button type="button" onClick={() => setMode('link')}>
              {strings.t('linkHere')}
            </button>
          )}
        </>
      )}
      {mode !== 'choose' && (
        <form
          className="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (mode === 'link') void completeLink(doc.id, selection.start, selection.end, note).then((link) => link && done());
            else void save('yellow');
          }}
        >
          {mode === 'link' && pendingLink && (
            <p className="link-preview" dir="auto">
              ↔ {pendingLink.quote.slice(0, 120)}
            </p>
          )}
          <textarea
            dir="auto"
            aria-label={strings.t(mode === 'link' ? 'linkNoteLabel' : 'noteLabel')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            autoFocus
            rows={3}
          />
          {mode === 'note' && (
            <input
              dir="auto"
              aria-label={strings.t('tagsLabel')}
              placeholder={strings.t('tagsPlaceholder')}
              value={tags}
              onChange={(e) => setTags(e.target.value)}
            />
          )}
          <button type="submit">{strings.t(mode === 'link' ? 'linkSave' : 'saveNote')}</button>
        </form>
      )}
    </div>,
    document.body,
  );
}
