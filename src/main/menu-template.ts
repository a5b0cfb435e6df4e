// The application menu as a plain template, built from the shared command table (so the menu and
// the shortcuts sheet cannot disagree) and the shared menu labels. Pure: the Electron shell hands
// it to Menu.buildFromTemplate, and tests read it without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_SPECS, menuLabel, type CommandId, type CommandSpec, type MenuLanguage, type MenuName } from '../shared/commands';

export interface MenuOptions {
  lang: MenuLanguage;
  platform: NodeJS.Platform;
  /** Runs a command chosen from the menu. */
  run: (id: CommandId) => void;
}

/** A table chord as an Electron accelerator ('Mod++' → 'CmdOrCtrl+Plus'); none for a bare key ('?', 'F6'). */
export function chordToAccelerator(chord: string): string | undefined {
  const parts = chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
  const key = parts.pop()!;
  if (parts.length === 0) return undefined;
  const names: Record<string, string> = { Mod: 'CmdOrCtrl', Shift: 'Shift', Alt: 'Alt' };
  const keyName =
    key === '+' ? 'Plus' : key === 'ArrowUp' ? 'Up' : key === 'ArrowDown' ? 'Down' : key.length === 1 ? key.toUpperCase() : key;
  return [...parts.map((p) => names[p] ?? p), keyName].join('+');
}

function commandItems(menu: MenuName, { lang, platform, run }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const items: MenuItemConstructorOptions[] = [];
  for (const spec of COMMAND_SPECS as readonly CommandSpec[]) {
    if (spec.menu?.menu !== menu) continue;
    // On a Mac, Settings and About live in the app menu.
    if (mac && (spec.id === 'settings' || spec.id === 'about')) continue;
    if (spec.menu.separatorBefore && items.length > 0) items.push({ type: 'separator' });
    const accelerator = spec.keys.map(chordToAccelerator).find(Boolean);
    items.push({
      id: spec.id,
      label: menuLabel(lang, spec.menu.label),
      click: () => run(spec.id as CommandId),
      ...(accelerator && {
        accelerator,
        // The renderer's own key matcher handles the keys (and knows when a command applies):
        // the menu shows them without taking them, so a press never runs twice.
        registerAccelerator: false,
      }),
    });
  }
  return items;
}

/** The whole menu bar: the app menu on a Mac, File, Edit, View, Go, (Window on a Mac) and Help. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { lang, platform, run } = options;
  const mac = platform === 'darwin';
  const t = (key: Parameters<typeof menuLabel>[1]) => menuLabel(lang, key);
  const settings = { id: 'settings', label: t('menu_settings'), accelerator: 'CmdOrCtrl+,', click: () => run('settings') };
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Hamish',
      submenu: [
        { id: 'about', label: t('menu_about'), click: () => run('about') },
        { type: 'separator' },
        settings,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide', label: t('menu_hide') },
        { role: 'hideOthers', label: t('menu_hideOthers') },
        { role: 'unhide', label: t('menu_unhide') },
        { type: 'separator' },
        { role: 'quit', label: t('menu_quit') },
      ],
    });
  }
  const file = commandItems('file', options);
  if (!mac) file.push({ type: 'separator' }, { role: 'quit', label: t('menu_quit'), accelerator: 'CmdOrCtrl+Q' });
  template.push({ id: 'file', label: t('menu_file'), submenu: file });
  template.push({
    id: 'edit',
    label: t('menu_edit'),
    submenu: [
      { role: 'undo', label: t('menu_undo') },
      { role: 'redo', label: t('menu_redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu_cut') },
      { role: 'copy', label: t('menu_copy') },
      { role: 'paste', label: t('menu_paste') },
      { role: 'selectAll', label: t('menu_selectAll') },
    ],
  });
  const view = commandItems('view', options);
  view.push({ type: 'separator' }, { role: 'togglefullscreen', label: t('menu_fullScreen') });
  template.push({ id: 'view', label: t('menu_view'), submenu: view });
  template.push({ id: 'go', label: t('menu_go'), submenu: commandItems('go', options) });
  if (mac) {
    template.push({
      role: 'windowMenu',
      label: t('menu_window'),
    });
  }
  template.push({ id: 'help', role: 'help', label: t('menu_help'), submenu: commandItems('help', options) });
  return template;
}

/** Every item with a command id in a template, depth first (for tests and for enabling items). */
export function menuCommands(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    ...(item.id && item.click ? [item] : []),
    ...(Array.isArray(item.submenu) ? menuCommands(item.submenu) : []),
  ]);
}
