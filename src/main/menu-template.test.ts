import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_SPECS, MENU_LABELS, menuLabel, menuLanguage, type CommandSpec } from '../shared/commands';
import { chordToAccelerator, menuCommands, menuTemplate } from './menu-template';

const specs = COMMAND_SPECS as readonly CommandSpec[];
const build = (platform: NodeJS.Platform, lang: 'en' | 'ar' = 'en', ran: string[] = []) =>
  menuTemplate({ platform, lang, run: (id) => ran.push(id) });
const labels = (template: MenuItemConstructorOptions[]) => template.map((m) => m.label);

describe('the application menu', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`holds every menu command of the shared table once, with its keys, on ${platform}`, () => {
      const items = menuCommands(build(platform));
      for (const spec of specs.filter((s) => s.menu)) {
        const found = items.filter((i) => i.id === spec.id);
        expect(found, spec.id).toHaveLength(1);
        const chord = spec.keys.find((k) => chordToAccelerator(k));
        expect(found[0]!.accelerator, spec.id).toBe(chord ? chordToAccelerator(chord) : undefined);
      }
      // Nothing in the menu that the table does not hold.
      for (const item of items) expect(specs.some((s) => s.id === item.id && s.menu)).toBe(true);
    });
  }

  it('places commands in File, Edit, View, Go and Help, with the Mac app menu and Window menu on a Mac', () => {
    expect(labels(build('linux'))).toEqual(['File', 'Edit', 'View', 'Go', 'Help']);
    expect(labels(build('darwin'))).toEqual(['Hamish', 'File', 'Edit', 'View', 'Go', 'Window', 'Help']);
    const file = build('linux')[0]!.submenu as MenuItemConstructorOptions[];
    expect(file.filter((i) => i.id).map((i) => i.id)).toEqual(['addFiles', 'addFolder', 'exportNotes', 'settings']);
    expect(file.at(-1)!.role).toBe('quit');
    const app = build('darwin')[0]!.submenu as MenuItemConstructorOptions[];
    expect(app.map((i) => i.id ?? i.role).filter(Boolean)).toEqual([
      'about',
      'settings',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    const view = build('linux')[2]!.submenu as MenuItemConstructorOptions[];
    expect(view.filter((i) => i.id).map((i) => i.id)).toEqual([
      'library',
      'sideBySide',
      'toggleLibrary',
      'linkScrolling',
      'zoomIn',
      'zoomOut',
      'zoomReset',
      'theme',
    ]);
  });

  it('shows accelerators without registering them, so the renderer’s matcher alone takes the keys', () => {
    const items = menuCommands(build('linux')).filter((i) => i.accelerator && i.id !== 'settings');
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) expect(item.registerAccelerator, item.id).toBe(false);
  });

  it('runs the chosen command by id', () => {
    const ran: string[] = [];
    for (const item of menuCommands(build('darwin', 'en', ran))) item.click!({} as never, undefined, {} as never);
    expect(ran).toContain('about');
    expect(ran).toContain('search');
    expect(new Set(ran).size).toBe(ran.length);
  });

  it('is translated with the interface language', () => {
    expect(labels(build('linux', 'ar'))).toEqual(['ملف', 'تحرير', 'عرض', 'انتقال', 'مساعدة']);
    expect(menuLanguage('system', 'ar-IQ')).toBe('ar');
    expect(menuLanguage('system', 'fr-FR')).toBe('en');
    expect(menuLanguage('en', 'ar-IQ')).toBe('en');
    expect(Object.keys(MENU_LABELS.ar).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
    expect(menuLabel('en', 'about_version', { version: '1.2.3' })).toBe('Version 1.2.3');
  });

  it('writes chords as Electron accelerators', () => {
    expect(chordToAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(chordToAccelerator('Mod+\\')).toBe('CmdOrCtrl+\\');
    expect(chordToAccelerator('Mod+Shift+F')).toBe('CmdOrCtrl+Shift+F');
    expect(chordToAccelerator('Alt+ArrowDown')).toBe('Alt+Down');
    expect(chordToAccelerator('?')).toBeUndefined();
    expect(chordToAccelerator('F6')).toBeUndefined();
  });
});
