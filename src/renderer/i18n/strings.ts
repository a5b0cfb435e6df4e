// The interface's strings, through i18next: components read `strings.x`, and
// the whole app re-renders when the language changes (App is keyed on it).
import i18next from 'i18next';
import { ar, en, type MessageKey } from './resources';

void i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en }, ar: { translation: ar } },
  interpolation: { escapeValue: false }, // React escapes; strings are never HTML.
  initImmediate: false,
});

export type UiLanguage = 'en' | 'ar';

export function setUiLanguage(language: UiLanguage): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
}

export function uiLanguage(): UiLanguage {
  return i18next.language === 'ar' ? 'ar' : 'en';
}

/** Numbers in the interface language's digits. */
export function formatNumber(n: number): string {
  return n.toLocaleString(uiLanguage());
}

const t = (key: MessageKey | string, options?: Record<string, unknown>): string => i18next.t(key, options);
/** A plural message; the count is shown in the interface language's digits. */
const count = (key: string, n: number) => t(key, { count: n }).replace(String(n), formatNumber(n));

// Messages without parameters: each a getter, so it reads in the current language.
const PLAIN = [
  'library',
  'emptyLibrary',
  'noMatches',
  'loadingLibrary',
  'importSection',
  'addFiles',
  'addFolder',
  'addPathLabel',
  'addPathPlaceholder',
  'addButton',
  'dropHint',
  'dropNeedsDesktop',
  'cancel',
  'importCancelled',
  'dismiss',
  'filterLabel',
  'filterPlaceholder',
  'languageFilter',
  'outletFilter',
  'folderFilter',
  'any',
  'sortBy',
  'descending',
  'missing',
  'missingTitle',
  'remove',
  'searchTitle',
  'searchPlaceholder',
  'searchHint',
  'searchResults',
  'stemming',
  'findLabel',
  'findPlaceholder',
  'findNext',
  'findPrevious',
  'close',
  'searchButton',
  'chooseDocument',
  'loadingDocument',
] as const satisfies readonly MessageKey[];

const plain = Object.defineProperties(
  {},
  Object.fromEntries(PLAIN.map((key) => [key, { get: () => t(key), enumerable: true }])),
) as Readonly<Record<(typeof PLAIN)[number], string>>;

export const strings = Object.assign(plain, {
  documentsCount: (n: number) => count('documentsCount', n),
  exported: (n: number) => count('exported', n),
  shownCount: (shown: number, total: number) => t('shownCount', { shown: formatNumber(shown), total: formatNumber(total) }),
  missingCount: (n: number) => count('missingCount', n),
  words: (n: number) => count('words', n),
  minutes: (n: number) => count('minutes', n),
  showMore: (n: number) => count('showMore', n),
  importing: (done: number, total: number) =>
    total ? t('importing', { done: formatNumber(done), total: formatNumber(total) }) : t('lookingForArticles'),
  importReport: (added: number, updated: number, skipped: number, refused: number) =>
    t('importReport', {
      added: formatNumber(added),
      updated: formatNumber(updated),
      skipped: formatNumber(skipped),
      refused: formatNumber(refused),
    }),
  sortKey: (key: string) => t(`sort_${key}`),
  removeLabel: (title: string) => t('removeLabel', { title }),
  confirmRemove: (title: string) => t('confirmRemove', { title }),
  searchCount: (n: number, indexing: boolean) => count('searchCount', n) + (indexing ? t('stillIndexing') : ''),
  matches: (n: number) => count('matches', n),
  findCount: (current: number, total: number) =>
    total ? t('findCount', { current: formatNumber(current), total: formatNumber(total) }) : t('findNone'),
  language: (lang: string) => t(`lang_${lang}`),
  /** Any other key of the resources (settings, panes, shortcuts). */
  t: (key: MessageKey, options?: Record<string, unknown>) => t(key, options),
});
