// The application menu, installed from the template the shared command table gives, in the
// interface language; rebuilt when that setting changes.
import { Menu } from 'electron';
import { menuLanguage, type CommandId, type MenuLanguage } from '../shared/commands';
import { menuTemplate } from './menu-template';

export function installMenu(uiLanguage: string, systemLocale: string, run: (id: CommandId) => void): MenuLanguage {
  const lang = menuLanguage(uiLanguage, systemLocale);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ lang, platform: process.platform, run })));
  return lang;
}
