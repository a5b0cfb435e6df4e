// A sorted dictionary of words kept as packed bytes and searched in place: nothing
// to rebuild into strings and maps at load, however many distinct words real text has.
// Words go in blocks of 16, front-coded (each word stored as the length it shares with
// the one before and the rest), the first of a block whole so a binary search over
// blocks can compare with it in place. Each word also owns a range of another buffer
// (a word's postings, a key's word list): the lengths are stored in the block after its
// first word (reading a range's weights decodes no words), and only per block where
// its ranges start, so no offset per word is kept.
// Each UTF-16 unit takes one byte when it is ASCII or Arabic (U+0600–U+067D), else an
// escape and two bytes; the byte order is the strings' own order, so a prefix's words
// are one range. The index file keeps documents' texts and titles in this encoding too.
import { ByteWriter, VarintReader } from './varint';

const LOW_ESCAPE = 0x80;
const HIGH_ESCAPE = 0xff;
const ARABIC_FIRST = 0x0600;
const ARABIC_LAST = 0x067d;
/** Words per block: a look-up decodes at most this many after its binary search. */
const BLOCK = 16;
/** A word's head: shared length × 16 + rest length (15: the rest's length - 15 follows). */
const LONG_REST = 15;

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

export function unpackText(bytes: Uint8Array, from = 0, to = bytes.length): string {
  const units = new Uint16Array(to - from);
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (b < 0x80) units[n++] = b;
    else if (b === LOW_ESCAPE || b === HIGH_ESCAPE) {
      units[n++] = (bytes[i + 1]! << 8) | bytes[i + 2]!;
      i += 2;
    } else units[n++] = b - 0x81 + ARABIC_FIRST;
  }
  return Buffer.from(units.buffer, 0, n * 2).toString('utf16le');
}

/** Bytes [start, start + length) against key; with `asPrefix`, bytes that begin with key compare equal. */
function compare(bytes: Uint8Array, start: number, length: number, key: Uint8Array, asPrefix: boolean): number {
  const n = Math.min(length, key.length);
  for (let i = 0; i < n; i++) {
    const d = bytes[start + i]! - key[i]!;
    if (d) return d;
  }
  if (asPrefix && length >= key.length) return 0;
  return length - key.length;
}

/** The dictionary's arrays, as saved. */
export interface PackedTermsParts {
  count: number;
  /**
   * The blocks: the first word whole (length, bytes), the lengths of the block's words' data
   * ranges, then the other words front-coded.
   */
  blocks: Uint8Array;
  /** Per block, and one past the last: where it begins in `blocks`. */
  blockStart: Uint32Array;
  /** Per block, and one past the last: where its first word's data range begins. */
  dataStart: Uint32Array;
}

export class PackedTerms {
  readonly count: number;
  readonly parts: PackedTermsParts;
  readonly #reader: VarintReader;
  /** The block whose data ranges were read last: where each word's range begins; where its words 1… begin. */
  #dataBlock = -1;
  readonly #dataAt = new Float64Array(BLOCK + 1);
  #restAt = 0;
  /** The word decoded last, its bytes in #word: a scan goes on from it rather than from its block's first. */
  #wordId = -1;
  #word = new Uint8Array(64);
  #wordLength = 0;
  /** Where the word after it begins in `blocks`. */
  #wordNext = 0;

  constructor(parts: PackedTermsParts) {
    const blocks = Math.ceil(parts.count / BLOCK) + 1;
    if (parts.blockStart.length !== blocks || parts.dataStart.length !== blocks) {
      throw new Error('packed dictionary: its blocks do not match its word count');
    }
    this.parts = parts;
    this.count = parts.count;
    this.#reader = new VarintReader(parts.blocks);
  }

  /** Packs words given in sorted (string) order, each with the length of its data range. */
  static from(sorted: readonly string[], dataLength: (id: number) => number = () => 0): PackedTerms {
    const blockCount = Math.ceil(sorted.length / BLOCK);
    const blockStart = new Uint32Array(blockCount + 1);
    const dataStart = new Uint32Array(blockCount + 1);
    const out = new ByteWriter();
    let data = 0;
    for (let block = 0; block < blockCount; block++) {
      const first = block * BLOCK;
      const last = Math.min(sorted.length, first + BLOCK);
      blockStart[block] = out.length;
      dataStart[block] = data;
      let previous = encodeWord(sorted[first]!);
      out.varint(previous.length);
      out.raw(previous);
      for (let id = first; id < last; id++) {
        const length = dataLength(id);
        out.varint(length);
        data += length;
      }
      for (let id = first + 1; id < last; id++) {
        const word = encodeWord(sorted[id]!);
        let shared = 0;
        while (shared < word.length && shared < previous.length && word[shared] === previous[shared]) shared++;
        const rest = word.length - shared;
        out.varint(shared * 16 + Math.min(rest, LONG_REST));
        if (rest >= LONG_REST) out.varint(rest - LONG_REST);
        out.raw(word.subarray(shared));
        previous = word;
      }
    }
    blockStart[blockCount] = out.length;
    dataStart[blockCount] = data;
    return new PackedTerms({ count: sorted.length, blocks: out.bytes(), blockStart, dataStart });
  }

  word(id: number): string {
    this.#decodeWord(id);
    const bytes = this.#word;
    let out = '';
    for (let i = 0; i < this.#wordLength; i++) {
      const b = bytes[i]!;
      if (b < 0x80) out += String.fromCharCode(b);
      else if (b === LOW_ESCAPE || b === HIGH_ESCAPE) {
        out += String.fromCharCode((bytes[i + 1]! << 8) | bytes[i + 2]!);
        i += 2;
      } else out += String.fromCharCode(b - 0x81 + ARABIC_FIRST);
    }
    return out;
  }

  /** Where word `id`'s data range begins. */
  dataStart(id: number): number {
    const block = Math.floor(id / BLOCK);
    this.#readData(block);
    return this.#dataAt[id - block * BLOCK]!;
  }

  /** The length of word `id`'s data range. */
  dataLength(id: number): number {
    const block = Math.floor(id / BLOCK);
    this.#readData(block);
    const j = id - block * BLOCK;
    return this.#dataAt[j + 1]! - this.#dataAt[j]!;
  }

  /** The word's id, or -1. */
  find(word: string | Uint8Array): number {
    const key = typeof word === 'string' ? encodeWord(word) : word;
    const at = this.lowerBound(key);
    if (at >= this.count) return -1;
    this.#decodeWord(at);
    return compare(this.#word, 0, this.#wordLength, key, false) === 0 ? at : -1;
  }

  /** The ids of the words that begin with `prefix`: [from, to). */
  prefixRange(prefix: string): [number, number] {
    const key = encodeWord(prefix);
    return [this.#rank(key, false), this.#rank(key, true)];
  }

  /** The first id whose word is not below key. */
  lowerBound(key: Uint8Array): number {
    return this.#rank(key, false);
  }

  /**
   * How many words come before key (with `asPrefix`, before or beginning with it): a binary
   * search over the blocks' first words, compared in place, then a scan of one block.
   */
  #rank(key: Uint8Array, asPrefix: boolean): number {
    const before = (bytes: Uint8Array, start: number, length: number) => {
      const d = compare(bytes, start, length, key, asPrefix);
      return asPrefix ? d <= 0 : d < 0;
    };
    const { blocks, blockStart } = this.parts;
    const r = this.#reader;
    let lo = 0;
    let hi = blockStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      r.at = blockStart[mid]!;
      const length = r.next();
      if (before(blocks, r.at, length)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return 0;
    const first = (lo - 1) * BLOCK;
    const last = Math.min(this.count, first + BLOCK);
    let id = first + 1;
    for (; id < last; id++) {
      this.#decodeWord(id);
      if (!before(this.#word, 0, this.#wordLength)) break;
    }
    return id;
  }

  /** Reads where the block's words' data ranges begin (unless it is the block read last). */
  #readData(block: number): void {
    if (block === this.#dataBlock) return;
    const r = this.#reader;
    r.at = this.parts.blockStart[block]!;
    const firstLength = r.next();
    r.at += firstLength;
    let data = this.parts.dataStart[block]!;
    const n = Math.min(BLOCK, this.count - block * BLOCK);
    for (let j = 0; j < n; j++) {
      this.#dataAt[j] = data;
      data += r.next();
    }
    this.#dataAt[n] = data;
    this.#restAt = r.at;
    this.#dataBlock = block;
  }

  /** Decodes word `id` into #word: from the word decoded last when it is an earlier one of the block. */
  #decodeWord(id: number): void {
    if (id === this.#wordId) return;
    const block = Math.floor(id / BLOCK);
    const first = block * BLOCK;
    const { blocks, blockStart } = this.parts;
    const r = this.#reader;
    let next: number;
    if (this.#wordId >= first && this.#wordId < id) {
      next = this.#wordId + 1;
      r.at = this.#wordNext;
    } else {
      this.#readData(block);
      r.at = blockStart[block]!;
      const length = r.next();
      this.#room(length);
      for (let i = 0; i < length; i++) this.#word[i] = blocks[r.at + i]!;
      this.#wordLength = length;
      r.at = this.#restAt;
      next = first + 1;
    }
    for (; next <= id; next++) {
      const head = r.next();
      const shared = head >>> 4;
      let rest = head & 15;
      if (rest === LONG_REST) rest += r.next();
      this.#room(shared + rest);
      const word = this.#word;
      for (let i = 0; i < rest; i++) word[shared + i] = blocks[r.at + i]!;
      r.at += rest;
      this.#wordLength = shared + rest;
    }
    this.#wordId = id;
    this.#wordNext = r.at;
  }

  #room(length: number): void {
    if (length <= this.#word.length) return;
    const grown = new Uint8Array(length * 2);
    grown.set(this.#word);
    this.#word = grown;
  }
}
