// Paints ranges of a document's text with the CSS Custom Highlight API: the
// article's DOM is never split into spans, so Arabic letters stay joined.

export interface TextRange {
  start: number;
  end: number;
}

/** The DOM Ranges for text offsets, one per block the range touches (blocks carry data-start/data-end). */
export function domRanges(container: HTMLElement, ranges: TextRange[]): Range[] {
  const blocks = [...container.querySelectorAll<HTMLElement>('[data-start]')].map((el) => ({
    el,
    start: Number(el.dataset.start),
    end: Number(el.dataset.end),
  }));
  const out: Range[] = [];
  for (const { start, end } of ranges) {
    for (const block of blocks) {
      if (block.end <= start || block.start >= end) continue;
      const from = locate(block.el, Math.max(0, start - block.start));
      const to = locate(block.el, Math.min(block.end, end) - block.start);
      if (!from || !to) continue;
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      out.push(range);
    }
  }
  return out;
}

/** The text node and offset at a character offset of an element's text (blocks are usually one node). */
function locate(element: HTMLElement, offset: number): { node: Text; offset: number } | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.length) return { node, offset: remaining };
    remaining -= node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : null;
}

export function paintHighlight(name: string, ranges: Range[]): void {
  if (!('highlights' in CSS)) return;
  if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
  else CSS.highlights.delete(name);
}

/**
 * Scrolls a range to the middle of its scrolling pane, and only the pane: scrollIntoView would
 * also scroll every ancestor, overflow: hidden ones included, pushing the pane's toolbar off screen.
 */
export function scrollRangeIntoView(range: Range): void {
  const scroller = range.startContainer.parentElement?.closest<HTMLElement>('.reader');
  const box = range.getBoundingClientRect();
  if (!scroller) return;
  const view = scroller.getBoundingClientRect();
  scroller.scrollTop += box.top + box.height / 2 - (view.top + view.height / 2);
}
