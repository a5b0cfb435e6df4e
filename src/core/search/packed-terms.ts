// A sorted dictionary of words kept as one packed byte buffer and an offsets array,
// searched in place (binary search over bytes): nothing to rebuild into strings and
// maps at load, however many distinct words real text has. Each UTF-16 unit takes one
// byte when it is ASCII or Arabic (U+0600–U+067D), else an escape and two bytes; the
// byte order is the strings' own order, so a prefix's words are one range. The index
// file keeps documents' texts in this encoding too, before compressing them.

const LOW_ESCAPE = 0x80;
const HIGH_ESCAPE = 0xff;
const ARABIC_FIRST = 0x0600;
const ARABIC_LAST = 0x067d;

/** A word's bytes, appended to `out` (returns how many). */
function encodeInto(word: string, out: number[]): number {
  const before = out.length;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x80) out.push(code);
    else if (code >= ARABIC_FIRST && code <= ARABIC_LAST) out.push(0x81 + code - ARABIC_FIRST);
    else out.push(code < ARABIC_FIRST ? LOW_ESCAPE : HIGH_ESCAPE, code >>> 8, code & 0xff);
  }
  return out.length - before;
}

export function encodeWord(word: string): Uint8Array {
  return packText(word);
}

/** Any text in the same encoding: half the bytes of UTF-8 for Arabic, so deflate does better too. */
export function packText(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out[n++] = code;
    else if (code >= ARABIC_FIRST && code <= ARABIC_LAST) out[n++] = 0x81 + code - ARABIC_FIRST;
    else {
      out[n++] = code < ARABIC_FIRST ? LOW_ESCAPE : HIGH_ESCAPE;
      out[n++] = code >>> 8;
      out[n++] = code & 0xff;
    }
  }
  return out.subarray(0, n);
}

export function unpackText(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) units[n++] = b;
    else if (b === LOW_ESCAPE || b === HIGH_ESCAPE) {
      units[n++] = (bytes[i + 1]! << 8) | bytes[i + 2]!;
      i += 2;
    } else units[n++] = b - 0x81 + ARABIC_FIRST;
  }
  return Buffer.from(units.buffer, 0, n * 2).toString('utf16le');
}

export class PackedTerms {
  constructor(
    readonly bytes: Uint8Array,
    /** count + 1 byte offsets: word i is bytes[offsets[i], offsets[i + 1]). */
    readonly offsets: Uint32Array,
  ) {}

  /** Packs words given in sorted (string) order. */
  static from(sorted: readonly string[]): PackedTerms {
    const out: number[] = [];
    const offsets = new Uint32Array(sorted.length + 1);
    sorted.forEach((word, i) => (offsets[i + 1] = offsets[i]! + encodeInto(word, out)));
    return new PackedTerms(Uint8Array.from(out), offsets);
  }

  get count(): number {
    return this.offsets.length - 1;
  }

  word(id: number): string {
    const bytes = this.bytes;
    const end = this.offsets[id + 1]!;
    let out = '';
    for (let i = this.offsets[id]!; i < end; i++) {
      const b = bytes[i]!;
      if (b < 0x80) out += String.fromCharCode(b);
      else if (b === LOW_ESCAPE || b === HIGH_ESCAPE) {
        out += String.fromCharCode((bytes[i + 1]! << 8) | bytes[i + 2]!);
        i += 2;
      } else out += String.fromCharCode(b - 0x81 + ARABIC_FIRST);
    }
    return out;
  }

  /** The word's id, or -1. */
  find(word: string | Uint8Array): number {
    const key = typeof word === 'string' ? encodeWord(word) : word;
    const at = this.lowerBound(key);
    return at < this.count && this.#compare(at, key, false) === 0 ? at : -1;
  }

  /** The ids of the words that begin with `prefix`: [from, to). */
  prefixRange(prefix: string): [number, number] {
    const key = encodeWord(prefix);
    const from = this.lowerBound(key);
    let lo = from;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#compare(mid, key, true) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return [from, lo];
  }

  /** The first id whose word is not below key. */
  lowerBound(key: Uint8Array): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#compare(mid, key, false) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Word id against key, byte by byte; with `asPrefix`, a word that begins with key compares equal. */
  #compare(id: number, key: Uint8Array, asPrefix: boolean): number {
    const bytes = this.bytes;
    const start = this.offsets[id]!;
    const length = this.offsets[id + 1]! - start;
    const n = Math.min(length, key.length);
    for (let i = 0; i < n; i++) {
      const d = bytes[start + i]! - key[i]!;
      if (d) return d;
    }
    if (asPrefix && length >= key.length) return 0;
    return length - key.length;
  }
}
