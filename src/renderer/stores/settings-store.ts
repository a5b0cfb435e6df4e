// The settings on the page: loaded at start, applied as CSS variables and the
// interface language, saved on every change. Defaults and bounds are the
// settings table's (shared/model/settings.ts).
import { clampSetting, defaultSettings, RANGE_SETTING_KEYS, type Settings } from '../../shared/model/settings';
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

/** A change brought within the table's bounds and onto its steps, so saving it is never refused. */
function withinBounds(change: Partial<Settings>): Partial<Settings> {
  const bounded = { ...change };
  for (const key of RANGE_SETTING_KEYS) {
    const value = bounded[key];
    if (value !== undefined) bounded[key] = clampSetting(key, value);
  }
  return bounded;
}

export async function updateSettings(requested: Partial<Settings>): Promise<void> {
  const change = withinBounds(requested);
  apply({ ...settingsStore.get().settings, ...change });
  try {
    apply(await api.saveSettings(change));
  } catch {
    // Kept on the page for this session; the next change retries saving all of it.
  }
}
