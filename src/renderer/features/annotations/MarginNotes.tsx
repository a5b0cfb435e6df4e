import { useEffect, useLayoutEffect, useRef, useState, type ReactElement, type RefObject } from 'react';
import type { Annotation, DocumentView } from '../../../shared/types';
import { strings } from '../../i18n/strings';
import { annotationsStore } from '../../stores/annotations-store';
import { domRanges } from '../reader/highlights';
import { HighlightPopover, type PopoverAnchor } from './HighlightPopover';
import { annotationAt, marginAnnotations, stackTops } from './margin-layout';
import './margin-notes.css';

interface Props {
  doc: DocumentView;
  /** The article: the notes are laid out against it, and clicks on its highlights open the popover. */
  body: RefObject<HTMLElement | null>;
  /** Side by side: a highlight can be linked with a passage in the other pane. */
  canLink: boolean;
}

/** Space between two stacked notes, in pixels. */
const GAP = 6;

/** The text offset under a point of the article, or null off its text. */
function offsetAtPoint(x: number, y: number): number | null {
  const caret = document.caretRangeFromPoint?.(x, y);
  if (!caret) return null;
  const node = caret.startContainer;
  const block = (node instanceof HTMLElement ? node : node.parentElement)?.closest<HTMLElement>('[data-start]');
  if (!block) return null;
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(node, caret.startOffset);
  return Number(block.dataset.start) + before.toString().length;
}

/**
 * Notes beside the text, like a word processor's comments: each highlight with a note shows it in
 * the margin at the end of the lines (the left for Arabic, the right for English: the side the
 * document's lines end on, so no note covers text and the side the pins use stays free), at the
 * height of its passage; collapsed to a line when the pane is narrow. Clicking a highlight, or
 * its note, opens a popover to read, edit, recolour, restyle, tag, link or remove it.
 */
export function MarginNotes({ doc, body, canLink }: Props): ReactElement | null {
  const annotations = annotationsStore.use((s) => s.byDoc[doc.id]);
  const noted = marginAnnotations(annotations, doc.id);
  // A group, not a landmark: the pane's Notes panel is its one complementary region.
  const margin = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<{ id: string; anchor: PopoverAnchor } | null>(null);
  // A reflow (resize, fonts, text size) re-renders, and so re-places the notes.
  const [, setLayout] = useState(0);

  // Placed after rendering, once each note's height is known; again when the article reflows.
  useLayoutEffect(() => {
    const article = body.current;
    const aside = margin.current;
    if (!article || !aside) return;
    const items = [...aside.querySelectorAll<HTMLElement>('[data-annotation-id]')];
    const origin = article.getBoundingClientRect().top;
    const wanted = items.map((item) => {
      const a = noted.find((n) => n.id === item.dataset.annotationId);
      const first = a?.selectors && domRanges(article, [a.selectors.position])[0];
      return first ? first.getBoundingClientRect().top - origin : 0;
    });
    const tops = stackTops(
      wanted,
      items.map((item) => item.offsetHeight),
      GAP,
    );
    items.forEach((item, i) => (item.style.insetBlockStart = `${tops[i]}px`));
  });
  useEffect(() => {
    const article = body.current;
    if (!article) return;
    const observer = new ResizeObserver(() => setLayout((n) => n + 1));
    observer.observe(article);
    return () => observer.disconnect();
  }, [body]);

  // A click (not a selection) on a highlight opens its popover.
  useEffect(() => {
    const article = body.current;
    if (!article) return;
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const offset = offsetAtPoint(event.clientX, event.clientY);
      const hit = offset === null ? null : annotationAt(annotationsStore.get().byDoc[doc.id], doc.id, offset);
      if (!hit) return;
      setOpen({ id: hit.id, anchor: { top: event.clientY - 10, bottom: event.clientY + 10, left: event.clientX } });
    };
    article.addEventListener('click', onClick);
    return () => article.removeEventListener('click', onClick);
  }, [body, doc.id]);

  const current: Annotation | undefined = open ? annotations?.find((a) => a.id === open.id) : undefined;
  return (
    <>
      {noted.length > 0 && (
        <div ref={margin} className="margin-notes" role="group" aria-label={strings.t('marginNotes')}>
          {noted.map((a) => (
            <button
              key={a.id}
              type="button"
              className={`margin-note note-${a.color}`}
              data-annotation-id={a.id}
              data-open={open?.id === a.id || undefined}
              aria-label={`${strings.t('marginNote')}: ${a.note}`}
              title={a.note}
              onClick={(event) => {
                const box = event.currentTarget.getBoundingClientRect();
                setOpen({ id: a.id, anchor: { top: box.top, bottom: box.bottom, left: box.left } });
              }}
            >
              <span className="margin-note-text" dir="auto">
                {a.note}
              </span>
            </button>
          ))}
        </div>
      )}
      {current && open && (
        <HighlightPopover annotation={current} doc={doc} anchor={open.anchor} canLink={canLink} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
