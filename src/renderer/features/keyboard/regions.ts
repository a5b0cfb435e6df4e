// The screen's regions for keyboard users: the library, each pane's text and each open notes
// panel. F6 (Shift+F6 back) moves focus from one to the next, in one pane or two, and the skip
// links jump straight to one. Regions are found by their markup, so the components that draw
// them need no wiring; a region that is not focusable is made so (tabindex -1, out of Tab's way).

const REGIONS = 'nav.library, .pane .reader, .pane .notes-panel';

/** The regions on screen now, in document order. */
export function regions(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(REGIONS)].filter((el) => el.getClientRects().length > 0);
}

/** Moves focus into a region (the region itself, so a screen reader names it). */
export function focusRegion(region: HTMLElement): void {
  if (!region.hasAttribute('tabindex')) region.tabIndex = -1;
  region.focus({ preventScroll: true });
}

/** The region after (step 1) or before (step -1) the one holding focus; the first (or last) when none does. */
export function nextRegion(all: HTMLElement[], focused: Element | null, step: 1 | -1): HTMLElement | undefined {
  if (!all.length) return undefined;
  // The innermost region holding focus (a notes panel is inside its pane, not inside its text).
  const at = all.findLastIndex((region) => !!focused && region.contains(focused));
  if (at < 0) return step === 1 ? all[0] : all.at(-1);
  return all[(at + step + all.length) % all.length];
}

export function cycleRegions(step: 1 | -1): void {
  const target = nextRegion(regions(), document.activeElement, step);
  if (target) focusRegion(target);
}
