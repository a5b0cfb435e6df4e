// Hovering or focusing a paragraph in one pane marks its counterpart(s) in the other.
// Done on the DOM (data-counterpart on the other pane's rows), so hovering re-renders nothing.
import { useEffect, type RefObject } from 'react';
import type { SideMatches } from './pairing';

function rowsOf(pane: HTMLElement, indices: number[]): HTMLElement[] {
  return indices.flatMap((i) => [...pane.querySelectorAll<HTMLElement>(`.block-row[data-block="${i}"]`)]);
}

export function useCounterparts(scrollers: RefObject<(HTMLElement | null)[]>, sides: [SideMatches, SideMatches] | null): void {
  useEffect(() => {
    const panes = scrollers.current;
    if (!sides || !panes[0] || !panes[1]) return;
    let marked: HTMLElement[] = [];
    const clear = () => {
      for (const row of marked) delete row.dataset.counterpart;
      for (const row of marked) delete row.dataset.hovered;
      marked = [];
    };
    const cleanups = ([0, 1] as const).map((side) => {
      const pane = panes[side]!;
      const other = panes[1 - side]!;
      const onEnter = (event: Event) => {
        const row = (event.target as HTMLElement).closest<HTMLElement>('.block-row');
        if (!row || row.dataset.hovered) return;
        clear();
        const match = sides[side].matches.get(Number(row.dataset.block));
        if (!match) return;
        row.dataset.hovered = 'true';
        const counterparts = rowsOf(other, match.to);
        counterparts.forEach((r, i) => (r.dataset.counterpart = i === 0 ? 'best' : 'also'));
        marked = [row, ...counterparts];
      };
      const onLeave = (event: Event) => {
        const to = (event as MouseEvent).relatedTarget as Node | null;
        if (!to || !pane.contains(to)) clear();
      };
      pane.addEventListener('mouseover', onEnter);
      pane.addEventListener('focusin', onEnter);
      pane.addEventListener('mouseleave', onLeave);
      pane.addEventListener('focusout', onLeave);
      return () => {
        pane.removeEventListener('mouseover', onEnter);
        pane.removeEventListener('focusin', onEnter);
        pane.removeEventListener('mouseleave', onLeave);
        pane.removeEventListener('focusout', onLeave);
      };
    });
    return () => {
      clear();
      cleanups.forEach((cleanup) => cleanup());
    };
  }, [scrollers, sides]);
}
