// Keyboard shortcuts for the whole window (the sheet in ShortcutsSheet lists them).
import { shellKind } from './api/client';
import { scrollToBlockIndex, topBlock } from './features/reader/scroll-position';
import { compareHref, openDocumentHref, type Route } from './routing';
import { toggleBookmarkInActivePane } from './features/annotations/bookmark';
import { annotationsStore, cancelLink, undoDelete } from './stores/annotations-store';
import { openDialog } from './stores/dialogs-store';
import { openFind } from './stores/find-store';
import { choosePaths, libraryStore } from './stores/library-store';
import { openSearch } from './stores/search-store';
import { settingsStore, updateSettings } from './stores/settings-store';
import { cancelPin, setActivePane, workspaceStore } from './stores/workspace-store';

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Documents open now: one, or two side by side. */
function openDocs(route: Route): string[] {
  if (route.name === 'open') return [route.params.get('doc')].filter((d): d is string => !!d);
  if (route.name === 'compare') return [route.params.get('left'), route.params.get('right')].filter((d): d is string => !!d);
  return [];
}

function toggleSideBySide(route: Route): void {
  const docs = openDocs(route);
  if (docs.length === 2) {
    window.location.hash = openDocumentHref(docs[workspaceStore.get().activePane]!);
  } else if (docs.length === 1) {
    // Beside it: the next document in the library.
    const all = libraryStore.get().documents;
    const other = all[(all.findIndex((d) => d.id === docs[0]) + 1) % all.length];
    if (other && other.id !== docs[0]) window.location.hash = compareHref(docs[0]!, other.id);
  }
}

function stepParagraph(delta: number): void {
  const panes = document.querySelectorAll<HTMLElement>('.pane .reader');
  const pane = panes[Math.min(workspaceStore.get().activePane, panes.length - 1)];
  if (!pane) return;
  const top = topBlock(pane);
  if (top) scrollToBlockIndex(pane, Math.max(0, top.index + delta));
  pane.dispatchEvent(new Event('scroll'));
}

export function handleShortcut(event: KeyboardEvent, route: Route): void {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const docs = openDocs(route);
  const { fontSize, linkedScrolling } = settingsStore.get().settings;
  if (mod && (key === 'k' || (key === 'f' && event.shiftKey))) openSearch();
  else if (mod && key === 'f' && docs.length) openFind();
  else if (mod && key === 'o') {
    if (shellKind === 'electron') void choosePaths('files');
    else document.getElementById('add-path')?.focus();
  } else if (mod && key === '\\') toggleSideBySide(route);
  else if (mod && key === 'l') void updateSettings({ linkedScrolling: !linkedScrolling });
  else if (mod && (key === '=' || key === '+')) void updateSettings({ fontSize: Math.min(32, fontSize + 1) });
  else if (mod && key === '-') void updateSettings({ fontSize: Math.max(14, fontSize - 1) });
  else if (mod && key === '0') void updateSettings({ fontSize: 20 });
  else if (mod && key === ',') openDialog('settings');
  else if (mod && key === 'b' && docs.length) toggleBookmarkInActivePane();
  else if (event.key === 'F6' && docs.length === 2) setActivePane(workspaceStore.get().activePane === 0 ? 1 : 0);
  else if (event.altKey && event.key === 'ArrowDown' && docs.length) stepParagraph(1);
  else if (event.altKey && event.key === 'ArrowUp' && docs.length) stepParagraph(-1);
  else if (event.key === '?' && !typingIn(event.target)) openDialog('shortcuts');
  else if (mod && key === 'z' && !event.shiftKey && !typingIn(event.target) && annotationsStore.get().deleted) void undoDelete();
  else if (event.key === 'Escape' && workspaceStore.get().pending) cancelPin();
  else if (event.key === 'Escape' && annotationsStore.get().pendingLink) cancelLink();
  else return;
  event.preventDefault();
}
