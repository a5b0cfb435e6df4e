// What the context menus offer, as data: which items show for which context (a selection in the
// reader, or a library row), and how the keys move between them. Pure, so it is tested without a DOM;
// the components beside this file only gather the context and run the chosen item.
import type { MessageKey } from '../../i18n/resources';

export type ReaderItemId = 'copy' | 'copyWithSource' | 'copyWithCitation' | 'highlight' | 'note' | 'searchLibrary';
export type LibraryItemId = 'open' | 'openBeside' | 'reveal' | 'remove';

export interface MenuItemSpec<Id extends string = string> {
  id: Id;
  label: MessageKey;
  disabled?: boolean;
  /** Why it is disabled (its title), when that needs saying. */
  reason?: MessageKey;
  separatorBefore?: boolean;
}

/** Right-click inside an article: without a selection only Copy shows, disabled. */
export function readerMenuItems(hasSelection: boolean): MenuItemSpec<ReaderItemId>[] {
  if (!hasSelection) return [{ id: 'copy', label: 'ctx_copy', disabled: true }];
  return [
    { id: 'copy', label: 'ctx_copy' },
    { id: 'copyWithSource', label: 'ctx_copyWithSource' },
    { id: 'copyWithCitation', label: 'ctx_copyWithCitation' },
    { id: 'highlight', label: 'ctx_highlight', separatorBefore: true },
    { id: 'note', label: 'ctx_note' },
    { id: 'searchLibrary', label: 'ctx_searchLibrary', separatorBefore: true },
  ];
}

/** Right-click on a library row. */
export function libraryMenuItems(context: {
  /** A single other document is open, so this one can go beside it. */
  canOpenBeside: boolean;
  /** Only the desktop app can show a file in the file manager. */
  canReveal: boolean;
}): MenuItemSpec<LibraryItemId>[] {
  return [
    { id: 'open', label: 'ctx_open' },
    ...(context.canOpenBeside ? [{ id: 'openBeside' as const, label: 'ctx_openBeside' as const }] : []),
    context.canReveal
      ? { id: 'reveal', label: 'ctx_reveal', separatorBefore: true }
      : { id: 'reveal', label: 'ctx_reveal', separatorBefore: true, disabled: true, reason: 'ctx_revealNeedsDesktop' },
    { id: 'remove', label: 'ctx_remove', separatorBefore: true },
  ];
}

/**
 * The item focused after a key: arrows move and wrap, Home/End jump; null when the key does not move.
 * Disabled items are still reached (so their reason can be read), but cannot be chosen.
 */
export function nextIndex(count: number, current: number, key: string): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The menu's corner on screen: beside the point (to its left in a right-to-left interface), never off-screen. */
export function placeMenu(
  at: { x: number; y: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  rtl: boolean,
): { top: number; left: number } {
  const margin = 8;
  const wantedLeft = rtl ? at.x - size.width : at.x;
  const left = Math.max(margin, Math.min(wantedLeft, viewport.width - size.width - margin));
  // Below the point when it fits, else above it; inside the window either way.
  const top = at.y + size.height <= viewport.height - margin ? at.y : Math.max(margin, at.y - size.height);
  return { top: Math.max(margin, Math.min(top, viewport.height - size.height - margin)), left };
}

/** A quote as "Copy with source" puts it: the words, then where they come from. */
export function quoteWithSource(
  quote: string,
  source: { title: string; outlet?: string | null; date?: string | null; path: string },
): string {
  const line = [source.title, source.outlet, source.date, source.path].filter(Boolean).join(' · ');
  return `${quote}\n${line}`;
}
