// The library list as one Tab stop: Tab reaches one row's link (the one last focused, else the
// open document's, else the first), Up and Down (Home, End) move between rows, the inline arrows
// between a row's own controls (open beside, remove), Delete asks to remove it. With hundreds of
// documents, what follows the list (the panes, their Notes buttons) is a few keys away, not three
// Tabs a row. It works on the list's markup (li.doc-row, a.doc-item[data-doc-id]), set again
// whenever rows come or go, so a virtualised list keeps it as long as it keeps that markup.
import { useEffect, type RefObject } from 'react';

const ROW = 'li.doc-row';
const PRIMARY = 'a.doc-item[data-doc-id]';
const CONTROLS = 'a[href], button:not([disabled])';

function rows(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>(ROW)];
}

/** Every control in the list out of Tab order but the current row's link. */
export function applyRoving(list: HTMLElement, current: string | null): void {
  const all = rows(list);
  const byId = (id: string | null) =>
    id ? all.find((r) => r.querySelector(PRIMARY)?.getAttribute('data-doc-id') === id) : undefined;
  const active = byId(current) ?? all.find((r) => r.querySelector('[aria-current]')) ?? all[0];
  for (const control of list.querySelectorAll<HTMLElement>(CONTROLS)) {
    const wanted = control.matches(PRIMARY) && control.closest(ROW) === active ? '0' : '-1';
    if (control.getAttribute('tabindex') !== wanted) control.setAttribute('tabindex', wanted);
  }
}

/** Where a key moves focus from `from` inside the list; null when the key is not the list's. */
export function rovingTarget(list: HTMLElement, from: HTMLElement, key: string, rtl: boolean): HTMLElement | null {
  const row = from.closest<HTMLElement>(ROW);
  if (!row) return null;
  const all = rows(list);
  const primary = (r: HTMLElement | undefined) => r?.querySelector<HTMLElement>(PRIMARY) ?? null;
  const at = all.indexOf(row);
  if (key === 'ArrowDown') return primary(all[at + 1]);
  if (key === 'ArrowUp') return primary(all[at - 1]);
  if (key === 'Home') return primary(all[0]);
  if (key === 'End') return primary(all.at(-1));
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const controls = [...row.querySelectorAll<HTMLElement>(CONTROLS)];
    const forward = (key === 'ArrowRight') !== rtl;
    return controls[controls.indexOf(from) + (forward ? 1 : -1)] ?? null;
  }
  return null;
}

export function useRovingList(list: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    let current: string | null = null;
    const apply = () => applyRoving(element, current);
    const onFocusIn = (e: FocusEvent) => {
      const id = (e.target as Element).closest(ROW)?.querySelector(PRIMARY)?.getAttribute('data-doc-id') ?? null;
      if (id && id !== current) {
        current = id;
        apply();
      }
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !(e.target instanceof HTMLElement)) return;
      if (e.key === 'Delete') {
        e.target.closest(ROW)?.querySelector<HTMLButtonElement>('button.remove')?.click();
        return e.preventDefault();
      }
      const rtl = getComputedStyle(e.target).direction === 'rtl';
      const target = rovingTarget(element, e.target, e.key, rtl);
      if (!target) return;
      e.preventDefault();
      target.focus();
      target.scrollIntoView?.({ block: 'nearest' });
    };
    const observer = new MutationObserver(apply);
    observer.observe(element, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-current'] });
    apply();
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('keydown', onKeyDown);
    };
  }, [list]);
}
