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

export const strings = {
  get appName() {
    return t('appName');
  },
  get library() {
    return t('library');
  },
  documentsCount: (n: number) => count('documentsCount', n),
  shownCount: (shown: number, total: number) => t('shownCount', { shown: formatNumber(shown), total: formatNumber(total) }),
  missingCount: (n: number) => count('missingCount', n),
  words: (n: number) => count('words', n),
  minutes: (n: number) => count('minutes', n),
  get emptyLibrary() {
    return t('emptyLibrary');
  },
  get noMatches() {
    return t('noMatches');
  },
  showMore: (n: number) => count('showMore', n),
  get loadingLibrary() {
    return t('loadingLibrary');
  },
  get importSection() {
    return t('importSection');
  },
  get addFiles() {
    return t('addFiles');
  },
  get addFolder() {
    return t('addFolder');
  },
  get addPathLabel() {
    return t('addPathLabel');
  },
  get addPathPlaceholder() {
    return t('addPathPlaceholder');
  },
  get addButton() {
    return t('addButton');
  },
  get dropHint() {
    return t('dropHint');
  },
  get dropNeedsDesktop() {
    return t('dropNeedsDesktop');
  },
  importing: (done: number, total: number) =>
    total ? t('importing', { done: formatNumber(done), total: formatNumber(total) }) : t('lookingForArticles'),
  get cancel() {
    return t('cancel');
  },
  importReport: (added: number, updated: number, skipped: number, refused: number) =>
    t('importReport', {
      added: formatNumber(added),
      updated: formatNumber(updated),
      skipped: formatNumber(skipped),
      refused: formatNumber(refused),
    }),
  get importCancelled() {
    return t('importCancelled');
  },
  get dismiss() {
    return t('dismiss');
  },
  get filterLabel() {
    return t('filterLabel');
  },
  get filterPlaceholder() {
    return t('filterPlaceholder');
  },
  get languageFilter() {
    return t('languageFilter');
  },
  get outletFilter() {
    return t('outletFilter');
  },
  get folderFilter() {
    return t('folderFilter');
  },
  get any() {
    return t('any');
  },
  get sortBy() {
    return t('sortBy');
  },
  sortKey: (key: string) => t(`sort_${key}`),
  get descending() {
    return t('descending');
  },
  get missing() {
    return t('missing');
  },
  get missingTitle() {
    return t('missingTitle');
  },
  get remove() {
    return t('remove');
  },
  removeLabel: (title: string) => t('removeLabel', { title }),
  confirmRemove: (title: string) => t('confirmRemove', { title }),
  get searchTitle() {
    return t('searchTitle');
  },
  get searchPlaceholder() {
    return t('searchPlaceholder');
  },
  get searchHint() {
    return t('searchHint');
  },
  get searchResults() {
    return t('searchResults');
  },
  searchCount: (n: number, indexing: boolean) => count('searchCount', n) + (indexing ? t('stillIndexing') : ''),
  get stemming() {
    return t('stemming');
  },
  matches: (n: number) => count('matches', n),
  get findLabel() {
    return t('findLabel');
  },
  get findPlaceholder() {
    return t('findPlaceholder');
  },
  findCount: (current: number, total: number) =>
    total ? t('findCount', { current: formatNumber(current), total: formatNumber(total) }) : t('findNone'),
  get findNext() {
    return t('findNext');
  },
  get findPrevious() {
    return t('findPrevious');
  },
  get close() {
    return t('close');
  },
  get searchButton() {
    return t('searchButton');
  },
  get chooseDocument() {
    return t('chooseDocument');
  },
  get loadingDocument() {
    return t('loadingDocument');
  },
  language: (lang: string) => t(`lang_${lang}`),
  /** Any other key of the resources (settings, panes, shortcuts). */
  t: (key: MessageKey, options?: Record<string, unknown>) => t(key, options),
};
