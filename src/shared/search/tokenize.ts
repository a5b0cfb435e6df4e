// Tokens for search and find: each word's normalised form and where it sits in
// the ORIGINAL text, so a match highlights the original letters, diacritics included.
import { normalizeWithMap } from '../arabic';

export interface Token {
  /** Normalised form (see normalizeArabic). */
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

/** Calls back with [start, end) of each word of normalised text, in order. */
export function eachWord(norm: string, visit: (start: number, end: number) => void): void {
  const n = norm.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordCharAt(norm, i)) i++;
    const start = i;
    while (i < n && isWordCharAt(norm, i)) i++;
    if (i > start) visit(start, i);
  }
}

/** Splits text into words, in order. */
export function tokenize(text: string): Token[] {
  const { text: norm, map } = normalizeWithMap(text);
  const tokens: Token[] = [];
  eachWord(norm, (start, end) => tokens.push({ norm: norm.slice(start, end), start: map[start]!, end: map[end]! }));
  return tokens;
}

/** Just the normalised words (for indexing, where offsets are not needed). */
export function words(text: string): string[] {
  return wordsOfNormalized(normalizeWithMap(text).text);
}

/** The words of text that is already normalised (see normalizeArabic). */
export function wordsOfNormalized(norm: string): string[] {
  const out: string[] = [];
  eachWord(norm, (start, end) => out.push(norm.slice(start, end)));
  return out;
}
