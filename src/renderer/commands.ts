// What each command does in the renderer and when it applies. Their ids, keys, sheet lines and menu
// places are data in src/shared/commands.ts, which the Electron shell's menu reads too. shortcuts.ts
// matches key presses against COMMANDS, ShortcutsSheet lists them, toolbar buttons and the
// application menu run the same commands by id (runCommand).
import { COMMAND_SPECS, type CommandSpec, type RendererCommandId } from '../shared/commands';
import { clampSetting, SETTINGS } from '../shared/model/settings';
import { shellKind } from './api/client';
import { toggleBookmarkInActivePane } from './features/annotations/bookmark';
import { copyWithCitation, readerSelection } from './features/context-menu/copy-citation';
import { scrollToBlockIndex, topBlock } from './features/reader/scroll-position';
import type { MessageKey } from './i18n/resources';
import { openDocumentHref, routeDocuments, type Route } from './routing';
import { parseRouteHash } from '../shared/routes';
import { annotationsStore, cancelLink, undoDelete } from './stores/annotations-store';
import { openDialog } from './stores/dialogs-store';
import { documentsStore } from './stores/documents-store';
import { openFind } from './stores/find-store';
import { cycleRegions } from './features/keyboard/regions';
import { toggleReadingCaret } from './features/reader/keyboard-caret';
import { choosePaths } from './stores/library-store';
import { openSearch } from './stores/search-store';
import { settingsStore, updateSettings } from './stores/settings-store';
import { cancelPin, toggleLibrary, workspaceStore } from './stores/workspace-store';

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

/** A sheet label from the shared table; it must be a renderer message key (checked here by the compiler). */
type SheetLabel<L extends MessageKey = Extract<(typeof COMMAND_SPECS)[number], { sheet: string }>['sheet']> = L;

/** What the renderer does for a command: when it applies and what it does. */
interface Behaviour {
  /** When it applies; otherwise the key press goes on to the next command, or to the page. */
  when?: (ctx: CommandContext) => boolean;
  run: (ctx: CommandContext) => void;
}

/** A command from the shared table (its keys and sheet line) with its behaviour here. */
export interface Command extends Behaviour {
  id: RendererCommandId;
  /** As in COMMAND_SPECS: `Mod+Shift+Alt+Key` chords. */
  keys: readonly string[];
  /** Its line in the shortcuts sheet, if it has keys; commands sharing a label share the line. */
  label?: SheetLabel;
}

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

function toggleSideBySide({ docs }: CommandContext): void {
  if (docs.length === 2) {
    window.location.hash = openDocumentHref(docs[workspaceStore.get().activePane]!);
  } else if (docs.length === 1) {
    // Which document goes beside it is the reader's choice.
    openDialog('openBeside', { docId: docs[0]! });
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
const loadedText = (docId: string) => documentsStore.get().byId[docId]?.document?.text;
const hasDocument = ({ docs }: CommandContext) => docs.length > 0;

const cycleTheme = () => {
  const options = SETTINGS.theme.options;
  const next = options[(options.indexOf(settingsStore.get().settings.theme) + 1) % options.length]!;
  void updateSettings({ theme: next });
};

/** Every command the renderer runs, by id (the shared table gives their order, keys and menu places). */
const BEHAVIOUR: Record<RendererCommandId, Behaviour> = {
  addFiles: {
    run: () => {
      if (shellKind === 'electron') void choosePaths('files');
      else document.getElementById('add-path')?.focus();
    },
  },
  addFolder: {
    run: () => {
      if (shellKind === 'electron') void choosePaths('folder');
      else document.getElementById('add-path')?.focus();
    },
  },
  exportNotes: { run: ({ docs }) => openDialog('export', docs[0] ? { docId: docs[0] } : {}) },
  copyWithCitation: {
    // Only with a selection in an article; otherwise the press goes on (to the page).
    when: () => !!readerSelection(loadedText),
    run: () => {
      const selection = readerSelection(loadedText);
      if (selection) void copyWithCitation(selection.docId, selection.quote);
    },
  },
  search: { run: () => openSearch() },
  find: { when: hasDocument, run: () => openFind() },
  library: { run: () => void (window.location.hash = '#/') },
  sideBySide: { run: toggleSideBySide },
  // Only with a document open: the library is the way to open one.
  toggleLibrary: { when: hasDocument, run: toggleLibrary },
  // Library, each pane's text, open notes: side by side, moving into a pane makes it the active one.
  switchPane: { run: ({ shift }) => cycleRegions(shift ? -1 : 1) },
  linkScrolling: { run: () => void updateSettings({ linkedScrolling: !settingsStore.get().settings.linkedScrolling }) },
  nextParagraph: { when: hasDocument, run: () => stepParagraph(1) },
  previousParagraph: { when: hasDocument, run: () => stepParagraph(-1) },
  zoomIn: { run: () => void updateSettings({ fontSize: clampSetting('fontSize', fontSize() + 1) }) },
  zoomOut: { run: () => void updateSettings({ fontSize: clampSetting('fontSize', fontSize() - 1) }) },
  zoomReset: { run: () => void updateSettings({ fontSize: SETTINGS.fontSize.default }) },
  theme: { run: cycleTheme },
  bookmark: { when: hasDocument, run: () => toggleBookmarkInActivePane() },
  readingCaret: {
    when: hasDocument,
    run: () => {
      const panes = document.querySelectorAll<HTMLElement>('.pane .reader');
      toggleReadingCaret(panes[Math.min(workspaceStore.get().activePane, panes.length - 1)] ?? null);
    },
  },
  undoDelete: {
    // Not while typing (the field's own undo) nor with Shift (redo).
    when: ({ target, shift }) => !shift && !typingIn(target) && !!annotationsStore.get().deleted,
    run: () => void undoDelete(),
  },
  settings: { run: () => openDialog('settings') },
  cancel: {
    // A pin in the making first, then a link.
    when: () => !!workspaceStore.get().pending || !!annotationsStore.get().pendingLink,
    run: () => (workspaceStore.get().pending ? cancelPin() : cancelLink()),
  },
  help: { when: ({ target }) => !typingIn(target), run: () => openDialog('shortcuts') },
};

const isRendererSpec = (spec: CommandSpec): spec is CommandSpec & { id: RendererCommandId } => !spec.runsInMain;

/**
 * In the shared table's order. A press goes to the first command with a matching chord that applies,
 * so search (Mod+Shift+F) stays before find (Mod+F, which a press of Mod+Shift+F also holds).
 */
export const COMMANDS: readonly Command[] = (COMMAND_SPECS as readonly CommandSpec[])
  .filter(isRendererSpec)
  .map((spec) => ({ id: spec.id, keys: spec.keys, label: spec.sheet as SheetLabel | undefined, ...BEHAVIOUR[spec.id] }));

export function isRendererCommand(id: string): id is RendererCommandId {
  return Object.hasOwn(BEHAVIOUR, id);
}

export function commandById(id: RendererCommandId): Command {
  return COMMANDS.find((c) => c.id === id)!;
}

export function commandContext(route: Route, event?: { target: EventTarget | null; shiftKey: boolean }): CommandContext {
  return { route, docs: routeDocuments(route), target: event?.target ?? null, shift: event?.shiftKey ?? false };
}

/** Runs a command (from a button) where it applies now; returns whether it ran. */
export function runCommand(id: RendererCommandId): boolean {
  const command = commandById(id);
  const ctx = commandContext(parseRouteHash(window.location.hash));
  if (command.when && !command.when(ctx)) return false;
  command.run(ctx);
  return true;
}
