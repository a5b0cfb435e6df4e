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
      const node = block.el.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const range = document.createRange();
      range.setStart(node, Math.max(0, start - block.start));
      range.setEnd(node, Math.min(block.end, end) - block.start);
      out.push(range);
    }
  }
  return out;
}

export function paintHighlight(name: string, ranges: Range[]): void {
  if (!('highlights' in CSS)) return;
  if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
  else CSS.highlights.delete(name);
}

/** Scrolls a range to the middle of its scrolling pane. */
export function scrollRangeIntoView(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center' });
}
