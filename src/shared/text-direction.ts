import type { Direction, Language } from './types';

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo and the
// Arabic presentation forms. Everything else with a letter property is LTR.
const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG_ANY = /[\p{L}\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;

/** The direction of a text's first strong character, as `dir="auto"` decides it; null when it has none. */
export function firstStrongDirection(text: string): Direction | null {
  const match = STRONG_ANY.exec(text);
  if (!match) return null;
  return STRONG_RTL.test(match[0]) ? 'rtl' : 'ltr';
}

/** Arabic, English or mixed, by the share of Arabic among the Arabic and Latin letters. */
export function detectLanguage(text: string): Language {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  const total = arabic + latin;
  if (total === 0) return 'en';
  const share = arabic / total;
  if (share >= 0.8) return 'ar';
  if (share <= 0.2) return 'en';
  return 'mixed';
}

export function directionOfLanguage(lang: Language, text: string): Direction {
  if (lang === 'ar') return 'rtl';
  if (lang === 'en') return 'ltr';
  return firstStrongDirection(text) ?? 'ltr';
}

// Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const BIDI_NAMES: Record<string, string> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

/** Replaces bidi control characters with visible names, so a title or file name can't reorder the UI. */
export function revealBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `⟦${BIDI_NAMES[c]}⟧`);
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}\u0640'’-]*/gu)?.length ?? 0;
}
