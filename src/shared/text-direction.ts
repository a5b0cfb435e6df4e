import type { Direction, Language } from './types';

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo and the
// Arabic presentation forms. Everything else with a letter property is LTR.
const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG_ANY = /[\p{L}\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** The direction of a text's first strong character, as `dir="auto"` decides it; null when it has none. */
export function firstStrongDirection(text: string): Direction | null {
  const match = STRONG_ANY.exec(text);
  if (!match) return null;
  return STRONG_RTL.test(match[0]) ? 'rtl' : 'ltr';
}

/** Arabic, English or mixed, by the share of Arabic among the Arabic and Latin letters. */
export function detectLanguage(text: string): Language {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isArabicLetter(code)) arabic++;
    else if (isLatinLetter(code)) latin++;
  }
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
export const BIDI_CONTROL_NAMES: Readonly<Record<string, string>> = {
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
  return text.replace(BIDI_CONTROLS, (c) => `⟦${BIDI_CONTROL_NAMES[c]}⟧`);
}

// Bidi marks (LRM, RLM, ALM): invisible, and at a title's start they would decide its direction.
const BIDI_MARKS = /[\u200E\u200F\u061C]/g;
// C0 and C1 control characters and DEL (U+001A turns up in real titles); whitespace ones become spaces first.
// eslint-disable-next-line no-control-regex -- control characters are what it matches.
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * A title as Hamish keeps and shows it: bidi controls and marks stripped (so they are neither shown as
 * labels nor decide its direction: its own first letter does), other control characters dropped,
 * whitespace runs one space.
 */
export function cleanTitle(text: string): string {
  return text
    .replace(/[\t\n\v\f\r\u0085]/g, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(BIDI_MARKS, '')
    .replace(CONTROL_CHARS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  // Arabic letters, marks, digits and tatweel: the common case, decided without a regex.
  if (code >= 0x0610 && code <= 0x06ff)
    return code !== 0x060c && code !== 0x061b && code !== 0x061f && code !== 0x066a && code !== 0x06d4;
  // Only here is a one-character string made (for the regex); Arabic text rarely gets this far.
  return WORD_CHAR.test(text.charAt(i));
}

/** Words: runs of letters, digits and marks (an apostrophe or hyphen inside a word keeps it whole). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code, text, i)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(
      inWord &&
      (code === 0x27 || code === 0x2019 || code === 0x2d) &&
      isWordChar(text.charCodeAt(i + 1), text, i + 1)
    )) {
      inWord = false;
    }
  }
  return words;
}

export function readingMinutes(words: number): number {
  // About 200 words a minute for news prose, Arabic or English; never less than a minute.
  return Math.max(1, Math.round(words / 200));
}
