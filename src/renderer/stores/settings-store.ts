import { defaultSettings, type Settings } from '../../shared/types';
import { api } from '../api/client';
import { setUiLanguage, type UiLanguage } from '../i18n/strings';
import { createStore } from './create-store';

export const settingsStore = createStore<{ settings: Settings; language: UiLanguage }>({
  settings: defaultSettings,
  language: 'en',
});

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function resolveLanguage(choice: Settings['uiLanguage']): UiLanguage {
  if (choice !== 'system') return choice;
  return (navigator.languages ?? [navigator.language]).some((l) => l.toLowerCase().startsWith('ar')) ? 'ar' : 'en';
}

/** Puts settings on the page: theme, reading typography (CSS variables), interface language and direction. */
function apply(settings: Settings): void {
  const root = document.documentElement;
  root.dataset.theme = settings.theme === 'system' ? (darkQuery.matches ? 'dark' : 'light') : settings.theme;
  root.style.setProperty('--reading-size', `${settings.fontSize}px`);
  root.style.setProperty('--reading-line', String(settings.lineHeight));
  root.style.setProperty('--column-width', `${settings.columnWidth}rem`);
  root.style.setProperty('--reading-align', settings.justify ? 'justify' : 'start');
  root.dataset.readingFont = settings.readingFont;
  const language = resolveLanguage(settings.uiLanguage);
  setUiLanguage(language);
  settingsStore.set({ settings, language });
}

darkQuery.addEventListener('change', () => apply(settingsStore.get().settings));

export async function loadSettings(): Promise<void> {
  try {
    apply(await api.getSettings({}));
  } catch {
    apply(defaultSettings);
  }
}

export async function updateSettings(change: Partial<Settings>): Promise<void> {
  apply({ ...settingsStore.get().settings, ...change });
  try {
    apply(await api.saveSettings(change));
  } catch {
    // Kept on the page for this session; the next change retries saving all of it.
  }
}
