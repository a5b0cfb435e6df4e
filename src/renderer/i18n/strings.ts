// The interface's strings, through i18next: components read `strings.x`, and
// the whole app re-renders when the language changes (App is keyed on it).
import i18next from 'i18next';
import { translateReason } from './reasons';
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

/** The interface language's direction, for parts of the interface inside a document's own direction. */
export function uiDirection(): 'rtl' | 'ltr' {
  return uiLanguage() === 'ar' ? 'rtl' : 'ltr';
}

/** Numbers in the interface language's digits. */
export function formatNumber(n: number): string {
  return n.toLocaleString(uiLanguage());
}

/** Text embedded in a message (a title, user text): isolated (FSI…PDI) so it keeps its own direction and can't reorder the message. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A path embedded in a message: isolated left-to-right (LRI…PDI), as paths read even when they hold Arabic names. */
export function isolatePath(path: string): string {
  return `\u2066${path}\u2069`;
}

// Strong letters of each direction (as in shared/text-direction), and isolated runs already made.
const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG_LTR = /(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])\p{L}/u;
const ISOLATES = /[\u2066-\u2068][^\u2066-\u2069]*\u2069/g;

/**
 * Whether a value must be isolated to keep its own direction in a message of the interface's: it
 * holds letters of the other direction (outside runs isolated already). Values of the message's own
 * direction and numbers (in the interface's digits) read right as they are, and stay plain, which
 * also keeps accessible names ("Highlight in yellow") free of invisible characters.
 */
export function needsIsolation(value: string, direction: 'rtl' | 'ltr' = uiDirection()): boolean {
  const bare = value.replace(ISOLATES, '');
  return (direction === 'rtl' ? STRONG_LTR : STRONG_RTL).test(bare) || /[\u202A-\u202E\u2066-\u2069]/.test(bare);
}

/** Text values of the other direction are isolated; see needsIsolation. */
function isolated(options?: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!options) return options;
  return Object.fromEntries(
    Object.entries(options).map(([name, value]) => [
      name,
      typeof value === 'string' && needsIsolation(value) ? isolate(value) : value,
    ]),
  );
}

const t = (key: MessageKey | string, options?: Record<string, unknown>): string => i18next.t(key, isolated(options));
const label = (key: MessageKey, options?: Record<string, unknown>): string => i18next.t(key, options);
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
  removeLabel: (title: string) => label('removeLabel', { title }),
  confirmRemove: (title: string) => t('confirmRemove', { title }),
  searchCount: (n: number, indexing: boolean) => count('searchCount', n) + (indexing ? t('stillIndexing') : ''),
  matches: (n: number) => count('matches', n),
  findCount: (current: number, total: number) =>
    total ? t('findCount', { current: formatNumber(current), total: formatNumber(total) }) : t('findNone'),
  language: (lang: string) => t(`lang_${lang}`),
  /** A refused file: its path and why, in the interface language. */
  refusedFile: (path: string, reason: string) =>
    t('refusedFile', { path: isolatePath(path), reason: translateReason(reason, t) ?? reason }),
  /**
   * An error from the core (in English, as the CLI says it): in the interface language when it is one
   * the interface knows, else as it came, isolated so it can't be reordered in an Arabic interface.
   */
  error: (message: string) => translateReason(message, t) ?? (needsIsolation(message) ? isolate(message) : message),
  /** A name only read out (aria-label), never shown: no isolation, which only matters on screen. */
  label: (key: MessageKey, options?: Record<string, unknown>) => label(key, options),
  /** Any other key of the resources (settings, panes, shortcuts). */
  t: (key: MessageKey, options?: Record<string, unknown>) => t(key, options),
});
