// From a DOM selection inside a document to offsets in its text (blocks carry data-start).

function offsetIn(block: HTMLElement, node: Node, offset: number): number {
  // Characters of the block's text before (node, offset).
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

function blockOf(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-start]') ?? null;
}

/** The selected passage as text offsets, or null when the selection is empty or outside a document. */
export function selectedRange(container: HTMLElement): { start: number; end: number; rect: DOMRect } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const startBlock = blockOf(range.startContainer);
  const endBlock = blockOf(range.endContainer);
  if (!startBlock || !endBlock) return null;
  const start = Number(startBlock.dataset.start) + offsetIn(startBlock, range.startContainer, range.startOffset);
  const end = Number(endBlock.dataset.start) + offsetIn(endBlock, range.endContainer, range.endOffset);
  if (end <= start) return null;
  return { start, end, rect: range.getBoundingClientRect() };
}
