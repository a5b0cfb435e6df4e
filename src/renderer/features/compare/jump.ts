// Bringing passages into view across the two panes: a matched paragraph's counterpart,
// or both sites of a difference, painted so the eye finds them.
import type { Difference } from '../../../shared/comparison';
import { paintPane } from '../annotations/paint';
import { domRanges } from '../reader/highlights';
import { scrollToBlockIndex } from '../reader/scroll-position';

/** Breathing room above a passage brought into view, in pixels. */
const MARGIN = 48;

function bringIntoView(scroller: HTMLElement, block: number): void {
  if (scrollToBlockIndex(scroller, block) !== null) scroller.scrollTop = Math.max(0, scroller.scrollTop - MARGIN);
}

function flash(scroller: HTMLElement, block: number): void {
  for (const row of scroller.querySelectorAll<HTMLElement>(`.block-row[data-block="${block}"]`)) {
    delete row.dataset.flash;
    void row.offsetWidth; // restart the animation
    row.dataset.flash = 'true';
    setTimeout(() => delete row.dataset.flash, 1500);
  }
}

/** Scrolls the other pane to a paragraph's best counterpart and flashes it. */
export function showCounterpart(other: HTMLElement, block: number): void {
  bringIntoView(other, block);
  flash(other, block);
}

/** Scrolls each pane to its site of a difference and paints both sites. */
export function showDifference(scrollers: (HTMLElement | null)[], difference: Difference): void {
  ([difference.left, difference.right] as const).forEach((site, side) => {
    const scroller = scrollers[side];
    const key = `compare-focus:${side}`;
    if (!scroller || !site) {
      paintPane(key, null);
      return;
    }
    bringIntoView(scroller, site.block);
    paintPane(key, new Map([['compare-focus', domRanges(scroller, [{ start: site.start, end: site.end }])]]));
  });
}

export function clearDifference(): void {
  paintPane('compare-focus:0', null);
  paintPane('compare-focus:1', null);
}
