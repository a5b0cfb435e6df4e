// Every command the keyboard reaches, in one table: its keys, its label in the shortcuts sheet,
// when it applies and what it does. shortcuts.ts matches key presses against this table,
// ShortcutsSheet lists it, and toolbar buttons run the same commands by id (runCommand).
import { clampSetting, SETTINGS } from '../shared/model/settings';
import { shellKind } from './api/client';
import { toggleBookmarkInActivePane } from './features/annotations/bookmark';
import { scrollToBlockIndex, topBlock } from './features/reader/scroll-position';
import type { MessageKey } from './i18n/resources';
import { compareHref, openDocumentHref, routeDocuments, type Route } from './routing';
import { parseRouteHash } from '../shared/routes';
import { annotationsStore, cancelLink, undoDelete } from './stores/annotations-store';
import { openDialog } from './stores/dialogs-store';
import { openFind } from './stores/find-store';
import { choosePaths, libraryStore } from './stores/library-store';
import { openSearch } from './stores/search-store';
import { settingsStore, updateSettings } from './stores/settings-store';
import { cancelPin, setActivePane, workspaceStore } from './stores/workspace-store';

/** What a command sees when it runs: the route, its documents and, from the keyboard, the focused element. */
export interface CommandContext {
  route: Route;
  /** The documents open now: none, one, or two side by side. */
  docs: string[];
  /** Where the key was pressed (null from a button). */
  target: EventTarget | null;
  /** Whether Shift was held (false from a button). */
  shift: boolean;
}

export interface Command {
  id: string;
  /**
   * Chords as `Mod+Shift+Alt+Key` (Mod is Ctrl, or ⌘ on a Mac; the key as KeyboardEvent.key names it,
   * any case). A chord's listed modifiers must be held; others are not checked.
   */
  keys: readonly string[];
  /** Its line in the shortcuts sheet; commands sharing a label share the line. */
  label: Extract<MessageKey, `shortcut_${string}`>;
  /** When it applies; otherwise the key press goes on to the next command, or to the page. */
  when?: (ctx: CommandContext) => boolean;
  run: (ctx: CommandContext) => void;
}

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

function toggleSideBySide({ docs }: CommandContext): void {
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

const fontSize = () => settingsStore.get().settings.fontSize;
const hasDocument = ({ docs }: CommandContext) => docs.length > 0;

/**
 * In sheet order. A press goes to the first command with a matching chord that applies, so search
 * (Mod+Shift+F) stays before find (Mod+F, which a press of Mod+Shift+F also holds).
 */
export const COMMANDS = [
  {
    id: 'addFiles',
    keys: ['Mod+O'],
    label: 'shortcut_open',
    run: () => {
      if (shellKind === 'electron') void choosePaths('files');
      else document.getElementById('add-path')?.focus();
    },
  },
  { id: 'search', keys: ['Mod+K', 'Mod+Shift+F'], label: 'shortcut_search', run: () => openSearch() },
  { id: 'find', keys: ['Mod+F'], label: 'shortcut_find', when: hasDocument, run: () => openFind() },
  { id: 'sideBySide', keys: ['Mod+\\'], label: 'shortcut_compare', run: toggleSideBySide },
  {
    id: 'switchPane',
    keys: ['F6'],
    label: 'shortcut_pane',
    when: ({ docs }) => docs.length === 2,
    run: () => setActivePane(workspaceStore.get().activePane === 0 ? 1 : 0),
  },
  {
    id: 'linkScrolling',
    keys: ['Mod+L'],
    label: 'shortcut_link',
    run: () => void updateSettings({ linkedScrolling: !settingsStore.get().settings.linkedScrolling }),
  },
  { id: 'nextParagraph', keys: ['Alt+ArrowDown'], label: 'shortcut_paragraph', when: hasDocument, run: () => stepParagraph(1) },
  {
    id: 'previousParagraph',
    keys: ['Alt+ArrowUp'],
    label: 'shortcut_paragraph',
    when: hasDocument,
    run: () => stepParagraph(-1),
  },
  {
    id: 'zoomIn',
    keys: ['Mod+=', 'Mod++'],
    label: 'shortcut_zoom',
    run: () => void updateSettings({ fontSize: clampSetting('fontSize', fontSize() + 1) }),
  },
  {
    id: 'zoomOut',
    keys: ['Mod+-'],
    label: 'shortcut_zoom',
    run: () => void updateSettings({ fontSize: clampSetting('fontSize', fontSize() - 1) }),
  },
  {
    id: 'zoomReset',
    keys: ['Mod+0'],
    label: 'shortcut_zoom',
    run: () => void updateSettings({ fontSize: SETTINGS.fontSize.default }),
  },
  { id: 'bookmark', keys: ['Mod+B'], label: 'shortcut_bookmark', when: hasDocument, run: () => toggleBookmarkInActivePane() },
  {
    id: 'undoDelete',
    keys: ['Mod+Z'],
    label: 'shortcut_undoDelete',
    // Not while typing (the field's own undo) nor with Shift (redo).
    when: ({ target, shift }) => !shift && !typingIn(target) && !!annotationsStore.get().deleted,
    run: () => void undoDelete(),
  },
  { id: 'settings', keys: ['Mod+,'], label: 'shortcut_settings', run: () => openDialog('settings') },
  {
    id: 'cancel',
    keys: ['Escape'],
    label: 'shortcut_cancel',
    // A pin in the making first, then a link.
    when: () => !!workspaceStore.get().pending || !!annotationsStore.get().pendingLink,
    run: () => (workspaceStore.get().pending ? cancelPin() : cancelLink()),
  },
  {
    id: 'help',
    keys: ['?'],
    label: 'shortcut_help',
    when: ({ target }) => !typingIn(target),
    run: () => openDialog('shortcuts'),
  },
] as const satisfies readonly Command[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export function commandById(id: CommandId): Command {
  return COMMANDS.find((c) => c.id === id)!;
}

export function commandContext(route: Route, event?: { target: EventTarget | null; shiftKey: boolean }): CommandContext {
  return { route, docs: routeDocuments(route), target: event?.target ?? null, shift: event?.shiftKey ?? false };
}

/** Runs a command (from a button) where it applies now; returns whether it ran. */
export function runCommand(id: CommandId): boolean {
  const command = commandById(id);
  const ctx = commandContext(parseRouteHash(window.location.hash));
  if (command.when && !command.when(ctx)) return false;
  command.run(ctx);
  return true;
}
