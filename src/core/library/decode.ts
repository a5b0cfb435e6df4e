// Bytes to text: BOM first, then a declared charset (HTML), then the candidate
// whose decoding reads most like real Arabic or English. Refuses what is not
// text, and never returns U+FFFD silently: a file that can't be decoded cleanly
// is reported instead of shown as mojibake.
import { UserError } from '../../shared/errors';

export interface DecodedText {
  text: string;
  encoding: string;
}

export interface DecodeOptions {
  /** A charset the file declares (an HTML <meta charset>), tried before guessing. */
  declaredCharset?: string;
}

const SAMPLE_BYTES = 64 * 1024;

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The WHATWG name for a charset label, or null when the label is unknown. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM shows as NUL bytes in every other position (for Latin and Arabic text alike). */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // Arabic in UTF-16 has 0x06 high bytes, not NULs, so also accept that pattern.
  let evenSix = 0;
  let oddSix = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0x06) evenSix++;
    if (bytes[i + 1] === 0x06) oddSix++;
  }
  const highOdd = (oddZeros + oddSix) / pairs;
  const highEven = (evenZeros + evenSix) / pairs;
  if (oddZeros + evenZeros === 0) return null;
  if (highOdd > 0.6 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (highEven > 0.6 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  // NUL bytes and other C0 controls (besides tab, newlines, form feed, escape) mean binary.
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  // An indexed loop: an iterator over the bytes costs three times as much, on every file imported.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  return controls > sample.length * 0.01;
}

const ARABIC_LETTER = /[\u0621-\u064A]/g;
const ARTICLE = /(?:^|[\s(«"'])ال[\u0621-\u064A]/g;
// Latin-1 letters or symbols glued to Arabic letters: the signature of the wrong Arabic code page.
const MIXED_SCRIPT = /[\u0621-\u064A][\u00C0-\u00FF]|[\u00C0-\u00FF][\u0621-\u064A]/g;
// C1 controls and U+FFFD never appear in real text.
const IMPOSSIBLE = /[\u0080-\u009F\uFFFD]/g;
// UTF-8 Arabic read as Windows-1256 turns every letter into ط or ظ followed by a symbol.
const UTF8_AS_1256 = /[طظ][\u0080-\u00BF\u2000-\u206F\u0600-\u060F\u067E\u0686\u0698\u06AF]/g;

/** How much a decoding reads like real Arabic: the definite article and letters, and no debris. */
export function plausibility(text: string): number {
  const articles = text.match(ARTICLE)?.length ?? 0;
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const debris =
    (text.match(MIXED_SCRIPT)?.length ?? 0) + (text.match(IMPOSSIBLE)?.length ?? 0) * 3 + (text.match(UTF8_AS_1256)?.length ?? 0);
  return articles * 3 + arabic * 0.01 - debris * 5;
}

/** Western text (accented letters and typographic quotes inside Latin words, no Arabic, no controls). */
function latinPlausibility(text: string): number {
  if (/[\u0600-\u06FF\u0080-\u009F\uFFFD]/.test(text)) return -1;
  const accented = text.match(/[A-Za-z][\u00C0-\u00FF]|[\u00C0-\u00FF][A-Za-z]|[A-Za-z][\u2018-\u201D][A-Za-z]/g)?.length ?? 0;
  return accented > 0 ? 0.5 : -1;
}

/** The offset of the first byte that breaks UTF-8, and how many multi-byte sequences were valid before and after. */
function utf8Damage(bytes: Uint8Array): { firstBad: number; valid: number; bad: number } {
  let valid = 0;
  let bad = 0;
  let firstBad = -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (length === 1) {
      i++;
    } else if (ok) {
      valid++;
      i += length;
    } else {
      if (firstBad < 0) firstBad = i;
      bad++;
      i++;
    }
  }
  return { firstBad, valid, bad };
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes, 'utf-8');
    if (text === null) throw new UserError('starts with a UTF-8 byte-order mark but is not valid UTF-8');
    return { text: withoutBom(text), encoding: 'utf-8-bom' };
  }
  for (const [b0, b1, label] of [
    [0xff, 0xfe, 'utf-16le'],
    [0xfe, 0xff, 'utf-16be'],
  ] as const) {
    if (bytes[0] === b0 && bytes[1] === b1) {
      const text = decodeStrict(bytes, label);
      if (text === null)
        throw new UserError(`starts with a ${label.toUpperCase()} byte-order mark but is not valid ${label.toUpperCase()}`);
      return { text: withoutBom(text), encoding: label };
    }
  }
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) {
    const text = decodeStrict(bytes, utf16);
    if (text !== null && !looksBinary(new TextEncoder().encode(text.slice(0, 4096)))) return { text, encoding: utf16 };
  }
  if (looksBinary(bytes)) throw new UserError('not a text file (it contains binary data)');

  // Bytes that are valid UTF-8 are UTF-8, whatever an old <meta charset> says (sites moved to
  // UTF-8 and kept the tag).
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const damage = utf8Damage(bytes);
  if (damage.valid > 0 && damage.bad * 20 < damage.valid) {
    throw new UserError(`not valid UTF-8: the bytes at offset ${damage.firstBad} are damaged (the rest reads as UTF-8)`);
  }
  const declared = options.declaredCharset ? canonicalEncoding(options.declaredCharset) : null;
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    const text = decodeStrict(bytes, declared);
    // A page that declares one charset but is saved in another is common; guess below in that case.
    if (text !== null && Math.max(plausibility(text), latinPlausibility(text)) > 0) return { text, encoding: declared };
  }

  // Legacy code pages: decode with each and keep the one that reads as real text. Windows-1256 is
  // listed first: with nothing to tell them apart (a very short text), it is the common one. It also
  // holds the French letters and typographic quotes of Windows-1252, so Western text reads right too
  // (Node's own "windows-1252" decoder is really ISO-8859-1).
  const candidates = ['windows-1256', 'iso-8859-6'].map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    const sample = text.slice(0, SAMPLE_BYTES);
    return { text, encoding, score: Math.max(plausibility(sample), latinPlausibility(sample)) };
  });
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score > 0 && !best.text.includes('\uFFFD')) return { text: best.text, encoding: best.encoding };
  throw new UserError('cannot tell its text encoding (not UTF-8, UTF-16, Windows-1256 or ISO-8859-6)');
}

/** The charset an HTML file declares in its first bytes (<meta charset> or http-equiv Content-Type). */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w:.-]+)/i.exec(head);
  return match?.[1];
}
