// Key presses to commands: a small matcher over the table in commands.ts (which the shortcuts
// sheet lists too), and how a chord is written for people and for aria-keyshortcuts.
import { COMMANDS, commandContext, type Command, type CommandContext } from './commands';
import type { Route } from './routing';

/** The parts of a KeyboardEvent the matcher reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

/** 'Mod+Shift+F' to its parts; the key may itself be '+' ('Mod++'). */
export function parseChord(chord: string): Chord {
  const parts = chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
  const key = parts.pop()!;
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

/** A chord's listed modifiers are held and its key pressed (unlisted modifiers are not checked). */
export function chordMatches(chord: string, press: KeyPress): boolean {
  const c = parseChord(chord);
  return (
    press.key.toLowerCase() === c.key.toLowerCase() &&
    (!c.mod || press.ctrlKey || press.metaKey) &&
    (!c.shift || press.shiftKey) &&
    (!c.alt || press.altKey)
  );
}

/** The first command, in table order, with a chord for this press that applies now. */
export function matchCommand(press: KeyPress, ctx: CommandContext, commands: readonly Command[] = COMMANDS): Command | undefined {
  return commands.find((c) => c.keys.some((k) => chordMatches(k, press)) && (!c.when || c.when(ctx)));
}

export function handleShortcut(event: KeyboardEvent, route: Route): void {
  const ctx = commandContext(route, event);
  const command = matchCommand(event, ctx);
  if (!command) return;
  command.run(ctx);
  event.preventDefault();
}

/** Whether Mod is ⌘ here (a Mac) rather than Ctrl. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const KEY_SYMBOLS: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc' };

/** A chord as the sheet shows it: 'Ctrl+Shift+F', '⌘+K', 'Alt+↓'. */
export function displayChord(chord: string, mac = isMac): string {
  const { mod, shift, alt, key } = parseChord(chord);
  const shown = KEY_SYMBOLS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  return [mod && (mac ? '⌘' : 'Ctrl'), shift && 'Shift', alt && 'Alt', shown].filter(Boolean).join('+');
}

/** A command's keys for aria-keyshortcuts ('Control+K Control+Shift+F'). */
export function ariaKeyShortcuts(command: Command, mac = isMac): string {
  return command.keys
    .map((chord) => {
      const { mod, shift, alt, key } = parseChord(chord);
      const name = key === '+' ? 'Plus' : key === ' ' ? 'Space' : key.length === 1 ? key.toUpperCase() : key;
      return [mod && (mac ? 'Meta' : 'Control'), shift && 'Shift', alt && 'Alt', name].filter(Boolean).join('+');
    })
    .join(' ');
}

export interface SheetRow {
  label: NonNullable<Command['label']>;
  keys: string[];
}

/** The shortcuts sheet: one row per label, in table order, with every chord of its commands. */
export function shortcutSheetRows(mac = isMac, commands: readonly Command[] = COMMANDS): SheetRow[] {
  const rows = new Map<SheetRow['label'], string[]>();
  for (const command of commands) {
    if (!command.label || command.keys.length === 0) continue;
    const keys = rows.get(command.label) ?? [];
    keys.push(...command.keys.map((chord) => displayChord(chord, mac)));
    rows.set(command.label, keys);
  }
  return [...rows].map(([label, keys]) => ({ label, keys }));
}
