// The About panel: version, licence, and where the library and notes are kept, with a button
// that opens that folder in the file manager.
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { menuLabel, type MenuLanguage } from '../shared/commands';

export interface AboutInfo {
  version: string;
  licence: string;
  dataDir: string;
  icon?: string;
}

/** The macOS app menu's standard About panel shows the same facts. */
export function setAboutPanel(info: AboutInfo): void {
  app.setAboutPanelOptions({
    applicationName: 'Hamish',
    applicationVersion: info.version,
    copyright: `${info.licence} licence`,
    credits: info.dataDir,
    ...(info.icon && { iconPath: info.icon }),
  });
}

export async function showAbout(window: BrowserWindow | null, info: AboutInfo, lang: MenuLanguage): Promise<void> {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: menuLabel(lang, 'menu_about'),
    message: `Hamish · هامش\n${menuLabel(lang, 'about_version', { version: info.version })}`,
    detail: [
      menuLabel(lang, 'about_licence', { licence: info.licence }),
      '',
      menuLabel(lang, 'about_dataFolder'),
      info.dataDir,
    ].join('\n'),
    buttons: [menuLabel(lang, 'about_openFolder'), menuLabel(lang, 'about_close')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    ...(info.icon && { icon: info.icon }),
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  if (response === 0) {
    const failure = await shell.openPath(info.dataDir);
    if (failure) dialog.showErrorBox('Hamish', failure);
  }
}
