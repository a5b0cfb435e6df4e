// The app's commands as data, read by both sides: the renderer's key matcher and shortcuts sheet
// (src/renderer/commands.ts adds when each applies and what it does) and the Electron shell's
// application menu (src/main/menu.ts). One table, so the menu and the sheet cannot disagree.
// Plain data only: no DOM, no Electron.

/** Where a command sits in the application menu. */
export type MenuName = 'file' | 'edit' | 'view' | 'go' | 'help';

export interface MenuPlacement {
  menu: MenuName;
  /** Its item's label (a key of MENU_LABELS). */
  label: MenuLabelKey;
  /** A separator goes before it. */
  separatorBefore?: boolean;
}

export interface CommandSpec {
  id: string;
  /**
   * Chords as `Mod+Shift+Alt+Key` (Mod is Ctrl, or ⌘ on a Mac; the key as KeyboardEvent.key names it,
   * any case). A chord's listed modifiers must be held; others are not checked.
   */
  keys: readonly string[];
  /** Its line in the shortcuts sheet (a renderer message key); commands sharing a label share the line. */
  sheet?: `shortcut_${string}`;
  /** Its item in the application menu, if it has one. */
  menu?: MenuPlacement;
  /** The Electron shell runs it itself (it needs the operating system); others go to the renderer. */
  runsInMain?: boolean;
}

/**
 * In sheet order. A press goes to the first command with a matching chord that applies, so search
 * (Mod+Shift+F) stays before find (Mod+F, which a press of Mod+Shift+F also holds). Menu items
 * appear in this order within their menu.
 */
export const COMMAND_SPECS = [
  { id: 'addFiles', keys: ['Mod+O'], sheet: 'shortcut_open', menu: { menu: 'file', label: 'menu_addFiles' } },
  { id: 'addFolder', keys: [], menu: { menu: 'file', label: 'menu_addFolder' } },
  { id: 'exportNotes', keys: [], menu: { menu: 'file', label: 'menu_exportNotes', separatorBefore: true } },
  // Mod+Shift+C as Zotero's Quick Copy; Alt+Shift+C where a browser keeps Ctrl+Shift+C for its devtools.
  {
    id: 'copyWithCitation',
    keys: ['Mod+Shift+C', 'Alt+Shift+C'],
    sheet: 'shortcut_copyWithCitation',
  },
  { id: 'search', keys: ['Mod+K', 'Mod+Shift+F'], sheet: 'shortcut_search', menu: { menu: 'go', label: 'menu_search' } },
  { id: 'find', keys: ['Mod+F'], sheet: 'shortcut_find', menu: { menu: 'go', label: 'menu_find' } },
  { id: 'library', keys: [], menu: { menu: 'view', label: 'menu_library' } },
  { id: 'sideBySide', keys: ['Mod+\\'], sheet: 'shortcut_compare', menu: { menu: 'view', label: 'menu_sideBySide' } },
  // Before linkScrolling (Mod+L), which a press of Mod+Shift+L also holds.
  {
    id: 'toggleLibrary',
    keys: ['Mod+Shift+L'],
    sheet: 'shortcut_toggleLibrary',
    menu: { menu: 'view', label: 'menu_toggleLibrary' },
  },
  { id: 'switchPane', keys: ['F6', 'Shift+F6'], sheet: 'shortcut_pane' },
  { id: 'linkScrolling', keys: ['Mod+L'], sheet: 'shortcut_link', menu: { menu: 'view', label: 'menu_linkScrolling' } },
  { id: 'nextParagraph', keys: ['Alt+ArrowDown'], sheet: 'shortcut_paragraph' },
  { id: 'previousParagraph', keys: ['Alt+ArrowUp'], sheet: 'shortcut_paragraph' },
  {
    id: 'zoomIn',
    keys: ['Mod+=', 'Mod++'],
    sheet: 'shortcut_zoom',
    menu: { menu: 'view', label: 'menu_zoomIn', separatorBefore: true },
  },
  { id: 'zoomOut', keys: ['Mod+-'], sheet: 'shortcut_zoom', menu: { menu: 'view', label: 'menu_zoomOut' } },
  { id: 'zoomReset', keys: ['Mod+0'], sheet: 'shortcut_zoom', menu: { menu: 'view', label: 'menu_zoomReset' } },
  { id: 'theme', keys: [], menu: { menu: 'view', label: 'menu_theme', separatorBefore: true } },
  { id: 'bookmark', keys: ['Mod+B'], sheet: 'shortcut_bookmark' },
  { id: 'readingCaret', keys: ['F7'], sheet: 'shortcut_caret' },
  { id: 'undoDelete', keys: ['Mod+Z'], sheet: 'shortcut_undoDelete' },
  { id: 'settings', keys: ['Mod+,'], sheet: 'shortcut_settings', menu: { menu: 'file', label: 'menu_settings' } },
  { id: 'cancel', keys: ['Escape'], sheet: 'shortcut_cancel' },
  { id: 'help', keys: ['?'], sheet: 'shortcut_help', menu: { menu: 'help', label: 'menu_shortcuts' } },
  { id: 'about', keys: [], menu: { menu: 'help', label: 'menu_about' }, runsInMain: true },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMAND_SPECS)[number]['id'];

/** The commands the renderer runs (everything but what the shell does itself). */
export type RendererCommandId = Exclude<CommandId, Extract<(typeof COMMAND_SPECS)[number], { runsInMain: true }>['id']>;

export function commandSpec(id: CommandId): CommandSpec {
  return COMMAND_SPECS.find((c) => c.id === id)!;
}

/** The application menu's labels in each interface language (main can't read the renderer's i18n). */
const EN = {
  menu_file: 'File',
  menu_edit: 'Edit',
  menu_view: 'View',
  menu_go: 'Go',
  menu_help: 'Help',
  menu_addFiles: 'Add Files…',
  menu_addFolder: 'Add Folder…',
  menu_exportNotes: 'Export Notes…',
  menu_settings: 'Settings…',
  menu_quit: 'Quit Hamish',
  menu_library: 'Library',
  menu_sideBySide: 'Side by Side',
  menu_toggleLibrary: 'Show or Hide the Library',
  menu_linkScrolling: 'Linked Scrolling',
  menu_zoomIn: 'Larger Text',
  menu_zoomOut: 'Smaller Text',
  menu_zoomReset: 'Actual Size',
  menu_theme: 'Next Theme',
  menu_fullScreen: 'Full Screen',
  menu_search: 'Search the Library…',
  menu_find: 'Find in Document…',
  menu_shortcuts: 'Keyboard Shortcuts',
  menu_about: 'About Hamish',
  menu_undo: 'Undo',
  menu_redo: 'Redo',
  menu_cut: 'Cut',
  menu_copy: 'Copy',
  menu_paste: 'Paste',
  menu_selectAll: 'Select All',
  menu_hide: 'Hide Hamish',
  menu_hideOthers: 'Hide Others',
  menu_unhide: 'Show All',
  menu_window: 'Window',
  menu_minimize: 'Minimize',
  about_version: 'Version {version}',
  about_licence: 'Licence: {licence}',
  about_dataFolder: 'Your library and notes are kept in:',
  about_openFolder: 'Open Folder',
  about_close: 'Close',
} as const;

export type MenuLabelKey = keyof typeof EN;
export type MenuLanguage = 'en' | 'ar';

const AR: Record<MenuLabelKey, string> = {
  menu_file: 'ملف',
  menu_edit: 'تحرير',
  menu_view: 'عرض',
  menu_go: 'انتقال',
  menu_help: 'مساعدة',
  menu_addFiles: 'أضف ملفات…',
  menu_addFolder: 'أضف مجلدًا…',
  menu_exportNotes: 'صدّر الملاحظات…',
  menu_settings: 'الإعدادات…',
  menu_quit: 'أنهِ هامش',
  menu_library: 'المكتبة',
  menu_sideBySide: 'العرض المتجاور',
  menu_toggleLibrary: 'أظهر المكتبة أو أخفها',
  menu_linkScrolling: 'ربط التمرير',
  menu_zoomIn: 'كبّر النص',
  menu_zoomOut: 'صغّر النص',
  menu_zoomReset: 'الحجم الأصلي',
  menu_theme: 'السمة التالية',
  menu_fullScreen: 'ملء الشاشة',
  menu_search: 'ابحث في المكتبة…',
  menu_find: 'ابحث في المستند…',
  menu_shortcuts: 'اختصارات لوحة المفاتيح',
  menu_about: 'عن هامش',
  menu_undo: 'تراجع',
  menu_redo: 'إعادة',
  menu_cut: 'قص',
  menu_copy: 'نسخ',
  menu_paste: 'لصق',
  menu_selectAll: 'تحديد الكل',
  menu_hide: 'أخفِ هامش',
  menu_hideOthers: 'أخفِ الباقي',
  menu_unhide: 'أظهر الكل',
  menu_window: 'نافذة',
  menu_minimize: 'صغّر النافذة',
  about_version: 'الإصدار {version}',
  about_licence: 'الرخصة: {licence}',
  about_dataFolder: 'مكتبتك وملاحظاتك محفوظة في:',
  about_openFolder: 'افتح المجلد',
  about_close: 'إغلاق',
};

export const MENU_LABELS: Record<MenuLanguage, Record<MenuLabelKey, string>> = { en: EN, ar: AR };

/** The interface language a setting names: 'system' follows the system's locale (Arabic or else English). */
export function menuLanguage(setting: string, systemLocale: string): MenuLanguage {
  const lang = setting === 'system' ? systemLocale : setting;
  return lang.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** A label in a language, with {name} placeholders filled in. */
export function menuLabel(lang: MenuLanguage, key: MenuLabelKey, values: Record<string, string> = {}): string {
  return MENU_LABELS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
