// Opens a context menu from a right-click or from the keyboard (Shift+F10, the ContextMenu key), so
// a menu is as reachable without a mouse. A keyboard-opened menu sits under the selection, or under
// the focused element when nothing is selected.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { MenuPoint } from '../../components/ContextMenu';

/** Asked for a menu at a point for this element; returns false to leave the event alone (the native menu). */
export type OpenMenu = (target: Element, at: MenuPoint) => boolean;

export function isMenuKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey'>): boolean {
  return e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey);
}

function keyboardPoint(container: HTMLElement, target: Element): MenuPoint {
  const selection = window.getSelection();
  const range = selection && !selection.isCollapsed && selection.rangeCount ? selection.getRangeAt(0) : null;
  const box =
    range && container.contains(range.commonAncestorContainer) ? range.getBoundingClientRect() : target.getBoundingClientRect();
  const rtl = document.documentElement.dir === 'rtl';
  return { x: rtl ? box.right : box.left, y: box.bottom + 4 };
}

/**
 * Listens on `container` for right-clicks, and on `keys` (the container itself, or the whole document
 * for text whose focus sits on an outer element) for the menu keys.
 */
export function useMenuTrigger(container: RefObject<HTMLElement | null>, keys: 'container' | 'document', open: OpenMenu): void {
  // The listeners stay put; the latest callback (with the latest state) answers them.
  const latest = useRef(open);
  useLayoutEffect(() => {
    latest.current = open;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onContextMenu = (e: MouseEvent) => {
      if (!(e.target instanceof Element)) return;
      // A menu key's event (no pointer) carries no useful point.
      const at = e.clientX || e.clientY ? { x: e.clientX, y: e.clientY } : keyboardPoint(element, e.target);
      if (latest.current(e.target, at)) e.preventDefault();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      // A menu already opened for this press (a focused library row's) wins over the selection.
      if (!isMenuKey(e) || e.defaultPrevented) return;
      const selection = window.getSelection();
      const anchor = selection?.anchorNode;
      const target =
        keys === 'document'
          ? anchor && element.contains(anchor)
            ? anchor instanceof Element
              ? anchor
              : anchor.parentElement
            : null
          : e.target instanceof Element && element.contains(e.target)
            ? e.target
            : null;
      if (target && latest.current(target, keyboardPoint(element, target))) e.preventDefault();
    };
    const keyTarget = keys === 'document' ? document : element;
    element.addEventListener('contextmenu', onContextMenu);
    keyTarget.addEventListener('keydown', onKeyDown as EventListener);
    return () => {
      element.removeEventListener('contextmenu', onContextMenu);
      keyTarget.removeEventListener('keydown', onKeyDown as EventListener);
    };
  }, [container, keys]);
}
