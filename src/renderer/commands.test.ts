// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as CommandsModule from './commands';
import type * as ShortcutsModule from './shortcuts';

let commands: typeof CommandsModule;
let shortcuts: typeof ShortcutsModule;

beforeAll(async () => {
  // jsdom has no matchMedia; the settings store asks it for the system theme when loaded.
  vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener: () => {}, removeEventListener: () => {} }));
  commands = await import('./commands');
  shortcuts = await import('./shortcuts');
});

const press = (key: string, mods: { mod?: boolean; shift?: boolean; alt?: boolean } = {}, target: EventTarget | null = null) => ({
  key,
  ctrlKey: !!mods.mod,
  metaKey: false,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
  target,
});

describe('the command table', () => {
  it('is the shared table (which the application menu reads too), in its order, with its keys', async () => {
    const { COMMAND_SPECS } = await import('../shared/commands');
    const shared = COMMAND_SPECS.filter((s) => !('runsInMain' in s));
    expect(commands.COMMANDS.map((c) => [c.id, c.keys, c.label])).toEqual(
      shared.map((s) => [s.id, s.keys, 'sheet' in s ? s.sheet : undefined]),
    );
  });

  it('shows every command with keys in the shortcuts sheet, on its label’s line', () => {
    for (const mac of [false, true]) {
      const rows = shortcuts.shortcutSheetRows(mac);
      for (const command of commands.COMMANDS.filter((c) => c.keys.length > 0)) {
        const row = rows.find((r) => r.label === command.label);
        expect(row, command.id).toBeDefined();
        for (const chord of command.keys) expect(row!.keys).toContain(shortcuts.displayChord(chord, mac));
      }
      expect(new Set(rows.map((r) => r.label)).size).toBe(rows.length);
    }
    expect(shortcuts.shortcutSheetRows(false).find((r) => r.label === 'shortcut_search')!.keys).toEqual([
      'Ctrl+K',
      'Ctrl+Shift+F',
    ]);
    expect(shortcuts.shortcutSheetRows(true).find((r) => r.label === 'shortcut_paragraph')!.keys).toEqual(['Alt+↓', 'Alt+↑']);
  });

  it('gives no key to two commands, and no id twice', () => {
    const chords = commands.COMMANDS.flatMap((c) => c.keys.map((k) => k.toLowerCase()));
    expect(new Set(chords).size).toBe(chords.length);
    const ids = commands.COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes chords for aria-keyshortcuts', () => {
    expect(shortcuts.ariaKeyShortcuts(commands.commandById('search'), false)).toBe('Control+K Control+Shift+F');
    expect(shortcuts.ariaKeyShortcuts(commands.commandById('zoomIn'), true)).toBe('Meta+= Meta+Plus');
  });
});

describe('the matcher', () => {
  const none = () => commands.commandContext({ name: 'library', params: new URLSearchParams() });
  const one = () => commands.commandContext({ name: 'open', params: new URLSearchParams('doc=a') });
  const two = () => commands.commandContext({ name: 'compare', params: new URLSearchParams('left=a&right=b') });
  const match = (p: ReturnType<typeof press>, ctx = one()) =>
    shortcuts.matchCommand(p, { ...ctx, target: p.target, shift: p.shiftKey })?.id;

  it('maps a key press to its command', () => {
    expect(match(press('k', { mod: true }))).toBe('search');
    expect(match(press('F', { mod: true, shift: true }))).toBe('search');
    expect(match(press('f', { mod: true }))).toBe('find');
    expect(match(press('o', { mod: true }))).toBe('addFiles');
    expect(match(press('\\', { mod: true }))).toBe('sideBySide');
    expect(match(press('l', { mod: true }))).toBe('linkScrolling');
    expect(match(press('+', { mod: true, shift: true }))).toBe('zoomIn');
    expect(match(press('=', { mod: true }))).toBe('zoomIn');
    expect(match(press('-', { mod: true }))).toBe('zoomOut');
    expect(match(press('0', { mod: true }))).toBe('zoomReset');
    expect(match(press(',', { mod: true }))).toBe('settings');
    expect(match(press('b', { mod: true }))).toBe('bookmark');
    expect(match(press('ArrowDown', { alt: true }))).toBe('nextParagraph');
    expect(match(press('ArrowUp', { alt: true }))).toBe('previousParagraph');
    expect(match(press('F6'), two())).toBe('switchPane');
    expect(match(press('F6'), one())).toBe('switchPane');
    expect(match(press('F6', { shift: true }), none())).toBe('switchPane');
    expect(match(press('?', { shift: true }))).toBe('help');
    expect(shortcuts.matchCommand({ ...press('k'), metaKey: true }, one())?.id).toBe('search');
  });

  it('passes a press on when its command does not apply or no chord matches', () => {
    expect(match(press('f', { mod: true }), none())).toBeUndefined();
    expect(match(press('b', { mod: true }), none())).toBeUndefined();
    expect(match(press('ArrowDown'))).toBeUndefined();
    expect(match(press('k'))).toBeUndefined();
    expect(match(press('Escape'))).toBeUndefined();
    // Nothing was removed, and ? in a text field is typing.
    expect(match(press('z', { mod: true }))).toBeUndefined();
    expect(match(press('?', { shift: true }, document.createElement('input')))).toBeUndefined();
  });

  it('cancels a pin in the making with Escape', async () => {
    const { workspaceStore } = await import('./stores/workspace-store');
    workspaceStore.set({ pending: { side: 0, block: 3 } });
    expect(match(press('Escape'), two())).toBe('cancel');
    commands.commandById('cancel').run(two());
    expect(workspaceStore.get().pending).toBeNull();
    expect(match(press('Escape'), two())).toBeUndefined();
  });

  it('parses chords whose key is +', () => {
    expect(shortcuts.parseChord('Mod++')).toEqual({ mod: true, shift: false, alt: false, key: '+' });
    expect(shortcuts.parseChord('Mod+Shift+F')).toEqual({ mod: true, shift: true, alt: false, key: 'F' });
  });
});
