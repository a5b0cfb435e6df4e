// Tokens for search and find: each word's normalised form and where it sits in
// the ORIGINAL text, so a match highlights the original letters, diacritics included.
// Numbers are read as values, as comparison reads them (one scanner for both): a
// number glued to a clitic is the number (و800 is و + 800), 9,000 = 9000 = ٩٠٠٠.
import { normalizeWithMap } from '../arabic';

export interface Token {
  /** Normalised form (see normalizeArabic); a number written with separators, as its value (9,000 → 9000). */
  norm: string;
  /** Offsets in the original text (UTF-16 code units); end includes the word's trailing diacritics. */
  start: number;
  end: number;
}

const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Word characters of NORMALISED text: letters and digits (diacritics and tatweel are already gone). */
export function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0x0600 && code <= 0x06ff)
    return (code >= 0x0621 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3) || code >= 0x06fa;
  if (code >= 0xd800 && code <= 0xdbff) return OTHER_WORD_CHAR.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return OTHER_WORD_CHAR.test(text.slice(i - 1, i + 1));
  return OTHER_WORD_CHAR.test(text[i]!);
}

export const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

export type RunKind = 'word' | 'number' | 'date';

// At a digit: a date (27/06/2015), an SPA-style number written group by group with ر between the groups,
// lowest first (540ر999ر45 is 45,999,540), or a number with thousands separators and decimals (9,000; 1.8; ١٫٨).
const DATE = /\d{1,4}[/-]\d{1,2}[/-]\d{1,4}(?!\d)/y;
const GROUPED = /\d{3}(?:ر\d{3})*ر\d{1,3}(?!\d)/y;
const NUMBER = /\d+(?:[,٬]\d{3}(?!\d))*(?:[.٫]\d+)?/y;
// Points as thousands separators (45.999.540, 97.151.502.13): two groups of three at least.
const DOTTED = /\d{1,3}(?:\.\d{3}){2,}(?:\.\d{1,2})?(?!\d)/y;

function matchAt(pattern: RegExp, norm: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(norm)?.[0];
}

/**
 * Calls back with each run of normalised text: words, split where letters meet digits (و800 is
 * و + 800), numbers whole with their value (9,000 → 9000), dates whole (27/06/2015).
 */
export function scanWords(norm: string, visit: (start: number, end: number, kind: RunKind, value?: number) => void): void {
  const n = norm.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordCharAt(norm, i)) i++;
    if (i >= n) break;
    const start = i;
    if (isDigit(norm.charCodeAt(i))) {
      scanNumberAt(norm, i, (from, to, kind, value) => {
        i = to;
        visit(from, to, kind, value);
      });
    } else {
      while (i < n && isWordCharAt(norm, i) && !isDigit(norm.charCodeAt(i))) i++;
      visit(start, i, 'word');
    }
  }
}

/** The number or date at a digit: calls back once with its run. */
function scanNumberAt(norm: string, i: number, visit: (start: number, end: number, kind: RunKind, value?: number) => void): void {
  const n = norm.length;
  const start = i;
  // Plain digits (the common case) need no pattern.
  let j = i;
  while (j < n && isDigit(norm.charCodeAt(j))) j++;
  const c = norm.charCodeAt(j);
  if (j === n || !(c === 0x2c || c === 0x2e || c === 0x2f || c === 0x2d || c === 0x066b || c === 0x066c || c === 0x0631)) {
    visit(start, j, 'number', Number(norm.slice(start, j)));
    return;
  }
  const date = matchAt(DATE, norm, i);
  const grouped = date ? undefined : matchAt(GROUPED, norm, i);
  const dotted = date || grouped ? undefined : matchAt(DOTTED, norm, i);
  if (date) {
    visit(start, i + date.length, 'date');
  } else if (grouped) {
    visit(start, i + grouped.length, 'number', Number(grouped.split('ر').reverse().join('')));
  } else if (dotted) {
    const groups = dotted.split('.');
    const cents = groups.at(-1)!.length < 3 ? `.${groups.pop()}` : '';
    visit(start, i + dotted.length, 'number', Number(groups.join('') + cents));
  } else {
    const digits = matchAt(NUMBER, norm, i)!;
    visit(start, i + digits.length, 'number', Number(digits.replace(/[,٬]/g, '').replace('٫', '.')));
  }
}

/**
 * Calls back with [start, end) of each word of normalised text, in order; `term` is given when the
 * word is indexed as something other than its letters (a number with separators, by its value).
 * A single letter glued to a number (the و of و800) is a clitic and left out; a date is its numbers.
 */
export function eachWord(norm: string, visit: (start: number, end: number, term?: string) => void): void {
  const n = norm.length;
  let i = 0;
  // A single letter waits to see whether a number follows it at once (then it is a clitic).
  let pending = -1;
  while (i < n) {
    while (i < n && !isWordCharAt(norm, i)) i++;
    if (i >= n) break;
    const start = i;
    if (isDigit(norm.charCodeAt(i))) {
      if (pending >= 0 && pending + 1 !== start) visit(pending, pending + 1);
      pending = -1;
      // Numbers (rare beside words) through the shared scanner, one run at a time.
      let end = start;
      scanNumberAt(norm, start, (from, to, kind, value) => {
        end = to;
        if (kind === 'date') eachNumberOf(norm, from, to, visit);
        else if (plainDigits(norm, from, to) || !Number.isFinite(value)) visit(from, to);
        else visit(from, to, String(value));
      });
      i = end;
      continue;
    }
    while (i < n && isWordCharAt(norm, i) && !isDigit(norm.charCodeAt(i))) i++;
    if (pending >= 0) visit(pending, pending + 1);
    pending = -1;
    if (i - start === 1) pending = start;
    else visit(start, i);
  }
  if (pending >= 0) visit(pending, pending + 1);
}

/** A date's numbers, each a word (27/06/2015 is 27, 06, 2015). */
function eachNumberOf(norm: string, start: number, end: number, visit: (start: number, end: number) => void): void {
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || !isDigit(norm.charCodeAt(i))) {
      if (i > from) visit(from, i);
      from = i + 1;
    }
  }
}

function plainDigits(norm: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigit(norm.charCodeAt(i))) return false;
  return true;
}

/** Splits text into words, in order. */
export function tokenize(text: string): Token[] {
  const { text: norm, map } = normalizeWithMap(text);
  const tokens: Token[] = [];
  eachWord(norm, (start, end, term) => tokens.push({ norm: term ?? norm.slice(start, end), start: map[start]!, end: map[end]! }));
  return tokens;
}

/** Just the normalised words (for indexing, where offsets are not needed). */
export function words(text: string): string[] {
  return wordsOfNormalized(normalizeWithMap(text).text);
}

/** The words of text that is already normalised (see normalizeArabic). */
export function wordsOfNormalized(norm: string): string[] {
  const out: string[] = [];
  eachWord(norm, (start, end, term) => out.push(term ?? norm.slice(start, end)));
  return out;
}
