// A small context menu for the renderer, the same in both shells (the web shell has no native one):
// role="menu" with menuitems, arrow keys / Home / End / Enter / Esc / Tab, closed by an outside click, a
// scroll or a resize, kept on screen and mirrored in the Arabic interface. What it offers is data
// (features/context-menu/menu-items.ts); the caller says what each item does.
import './context-menu.css';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { createPortal } from 'react-dom';
import { nextIndex, placeMenu, type MenuItemSpec } from '../features/context-menu/menu-items';
import { strings } from '../i18n/strings';

export interface MenuPoint {
  x: number;
  y: number;
}

interface Props<Id extends string> {
  items: MenuItemSpec<Id>[];
  at: MenuPoint;
  label: string;
  onChoose: (id: Id) => void;
  onClose: () => void;
}

export function ContextMenu<Id extends string>({ items, at, label, onChoose, onClose }: Props<Id>): ReactElement {
  const menuRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const [active, setActive] = useState(0);
  // Where focus goes back to when the menu is dismissed with the keyboard.
  const opener = useRef(document.activeElement);
  const dir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';

  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPosition(placeMenu(at, { width, height }, { width: window.innerWidth, height: window.innerHeight }, dir === 'rtl'));
  }, [at, dir, items]);

  useEffect(() => {
    menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active, position]);

  // Closed by a press outside it, a scroll (it would float away from its words) or a resize.
  useEffect(() => {
    const outside = (e: Event) => {
      if (!menuRef.current?.contains(e.target as Node)) onClose();
    };
    const close = () => onClose();
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('scroll', close, true);
    window.addEventListener('resize', close);
    window.addEventListener('blur', close);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('scroll', close, true);
      window.removeEventListener('resize', close);
      window.removeEventListener('blur', close);
    };
  }, [onClose]);

  // Escape closes the menu first, before anything under it (the selection toolbar also listens,
  // on the document), wherever focus is; focus goes back where it was.
  const dismiss = useCallback(() => {
    if (opener.current instanceof HTMLElement) opener.current.focus({ preventScroll: true });
    onClose();
  }, [onClose]);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      e.preventDefault();
      dismiss();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [dismiss]);

  const choose = (item: MenuItemSpec<Id>) => {
    if (item.disabled) return;
    onClose();
    onChoose(item.id);
  };

  return createPortal(
    <div
      ref={menuRef}
      className="context-menu"
      role="menu"
      aria-label={label}
      dir={dir}
      style={position ?? { top: 0, left: 0, visibility: 'hidden' }}
      onContextMenu={(e) => e.preventDefault()}
      // A press on the menu must not clear the selection it acts on.
      onMouseDown={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Tab') {
          e.preventDefault();
          dismiss();
          return;
        }
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          const item = items[active];
          if (item) choose(item);
          return;
        }
        const next = nextIndex(items.length, active, e.key);
        if (next !== null) {
          e.preventDefault();
          setActive(next);
        }
      }}
    >
      {items.map((item, i) => (
        <div
          key={item.id}
          role="menuitem"
          tabIndex={i === active ? 0 : -1}
          className={`context-menu-item${item.separatorBefore && i > 0 ? ' separated' : ''}`}
          aria-disabled={item.disabled || undefined}
          title={item.reason ? strings.t(item.reason) : undefined}
          onPointerEnter={() => setActive(i)}
          onClick={() => choose(item)}
        >
          {strings.t(item.label)}
        </div>
      ))}
    </div>,
    document.body,
  );
}
