// Where a pane is scrolled to, in terms of the document's blocks (rows carry data-block).

/** A row's top within its scrolling container's content. */
export function rowTop(container: HTMLElement, row: HTMLElement): number {
  return row.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
}

/** The block at the top of the pane, and how far into it (0–1) the top edge is. */
export function topBlock(container: HTMLElement): { index: number; fraction: number } | null {
  const rows = container.querySelectorAll<HTMLElement>('[data-block]');
  if (!rows.length) return null;
  const edge = container.scrollTop + 4;
  let lo = 0;
  let hi = rows.length - 1;
  // Rows are in document order: binary search the last one starting above the edge.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rowTop(container, rows[mid]!) <= edge) lo = mid;
    else hi = mid - 1;
  }
  const row = rows[lo]!;
  const top = rowTop(container, row);
  const fraction = row.offsetHeight ? Math.min(1, Math.max(0, (container.scrollTop - top) / row.offsetHeight)) : 0;
  return { index: Number(row.dataset.block), fraction };
}

/** Scrolls so that block `index` is at the top, `fraction` of it already past. Returns the scrollTop set. */
export function scrollToBlockIndex(container: HTMLElement, index: number, fraction = 0): number | null {
  const row = container.querySelector<HTMLElement>(`[data-block="${index}"]`);
  if (!row) return null;
  const target = Math.round(rowTop(container, row) + fraction * row.offsetHeight);
  container.scrollTop = target;
  return container.scrollTop;
}

/** Scrolls to the block holding a text offset. */
export function scrollToBlock(container: HTMLElement, blocks: { start: number; end: number }[], offset: number): void {
  const index = blocks.findIndex((b) => offset >= b.start && offset < b.end);
  if (index >= 0) scrollToBlockIndex(container, index);
}
