// The compact segment of the search index: a packed sorted dictionary, and per word
// its postings (document gaps and counts, delta + varint) followed by its positions
// (Rice-coded gaps, read only when a phrase or a merge needs them), plus the stem and
// spelling-variant keys of every word, worked out when the segment is written and
// saved with it, so loading parses nothing and nothing is re-derived (a key's own
// word, found by its spelling, is left out of its list: most keys need no list then).
// Written by one SegmentWriter, whether built from texts or merged from an older
// segment and new documents.
import { skeleton, stem, stemKeys } from '../../shared/search/stem';
import { PackedTerms, type PackedTermsParts } from './packed-terms';
import { BitReader, BitWriter, riceParameter } from './rice';
import { ByteWriter, VarintReader } from './varint';

export interface CompactSegment {
  /**
   * The words, each owning a range of `postings`: the length of its postings part; the postings,
   * each a varint of gap × 2 + 1 for a document holding the word once and not in its title (most
   * postings: one byte), else gap × 2 then count × 2 + in-title; then the positions part: the
   * word's Rice parameter (a byte), then per posting its positions' gaps as Rice codes (rice.ts).
   */
  terms: PackedTerms;
  postings: Uint8Array;
  /**
   * Stem keys ("s" + key) and spelling-variant keys ("v" + key), each owning a range of `keyTerms`:
   * the ids of the words that have the key (gaps, varints), but for the word that is the key itself,
   * which is found by its spelling (see SegmentReader.keyed); a key only that word has is left out.
   */
  keys: PackedTerms;
  keyTerms: Uint8Array;
  /** Words per document (BM25's length). */
  docLen: Uint32Array;
}

export const STEM_KEY = 's';
export const VARIANT_KEY = 'v';

/** One document's occurrences of a word, as the writer takes them. */
export interface Posting {
  doc: number;
  inTitle: boolean;
  positions: ArrayLike<number>;
}

/** Writes a segment word by word, in sorted order; each word's postings in document order. */
export class SegmentWriter {
  #words: string[] = [];
  /** Per word kept, the bytes of its postings and positions. */
  #lengths: number[] = [];
  #out = new ByteWriter();
  /** The current word's postings and positions, joined into #out when it ends. */
  #postings = new ByteWriter();
  /** The current word's position gaps, Rice-coded when it ends. */
  #gaps = new Uint32Array(1024);
  #gapCount = 0;
  readonly #bits = new BitWriter();
  #lastDoc = -1;

  constructor(private readonly docLen: Uint32Array) {}

  /** Starts a word (call in sorted order); a word left without postings is dropped. */
  word(term: string): void {
    this.#close();
    this.#words.push(term);
    this.#lastDoc = -1;
  }

  posting(doc: number, inTitle: boolean, positions: ArrayLike<number>): void {
    const gap = doc - this.#lastDoc - 1;
    if (positions.length === 1 && !inTitle) this.#postings.varint(gap * 2 + 1);
    else {
      this.#postings.varint(gap * 2);
      this.#postings.varint(positions.length * 2 + (inTitle ? 1 : 0));
    }
    this.#lastDoc = doc;
    if (this.#gapCount + positions.length > this.#gaps.length) {
      const grown = new Uint32Array(Math.max(this.#gaps.length * 2, this.#gapCount + positions.length));
      grown.set(this.#gaps.subarray(0, this.#gapCount));
      this.#gaps = grown;
    }
    let last = 0;
    for (let i = 0; i < positions.length; i++) {
      this.#gaps[this.#gapCount++] = positions[i]! - last;
      last = positions[i]!;
    }
  }

  #close(): void {
    if (this.#words.length === this.#lengths.length + 1) {
      if (this.#lastDoc < 0)
        this.#words.pop(); // no live posting: leave the word out
      else {
        const before = this.#out.length;
        this.#out.varint(this.#postings.length);
        this.#out.append(this.#postings);
        const k = riceParameter(this.#gaps, this.#gapCount);
        for (let i = 0; i < this.#gapCount; i++) this.#bits.rice(this.#gaps[i]!, k);
        this.#out.raw(Uint8Array.of(k));
        this.#out.raw(this.#bits.take());
        this.#lengths.push(this.#out.length - before);
      }
      this.#postings.reset();
      this.#gapCount = 0;
    }
  }

  finish(): CompactSegment {
    this.#close();
    const words = this.#words;
    const terms = PackedTerms.from(words, (id) => this.#lengths[id]!);
    // Every word under its stem keys and its loose key, so variants find each other both ways;
    // the word that is the key itself is found by its spelling instead.
    const byKey = new Map<string, number[]>();
    const add = (key: string, id: number) => {
      if (key.slice(1) === words[id]) return;
      const list = byKey.get(key);
      if (!list) byKey.set(key, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    };
    words.forEach((word, id) => {
      for (const key of stemKeys(word)) add(STEM_KEY + key, id);
      add(VARIANT_KEY + skeleton(stem(word)), id);
    });
    const keys = [...byKey.keys()].sort();
    const keyTerms = new ByteWriter();
    const listLength = keys.map((key) => {
      const before = keyTerms.length;
      let last = -1;
      for (const id of byKey.get(key)!) {
        keyTerms.varint(id - last - 1);
        last = id;
      }
      return keyTerms.length - before;
    });
    return {
      terms,
      postings: this.#out.bytes(),
      keys: PackedTerms.from(keys, (k) => listLength[k]!),
      keyTerms: keyTerms.bytes(),
      docLen: this.docLen,
    };
  }
}

/** Reads a segment's lists. */
export class SegmentReader {
  readonly #postings: VarintReader;
  readonly #positions: BitReader;
  #buffer = new Uint32Array(64);
  /** The Rice parameter of the word #seek found. */
  #rice = 0;

  constructor(readonly segment: CompactSegment) {
    this.#postings = new VarintReader(segment.postings);
    this.#positions = new BitReader(segment.postings);
  }

  /** A word's posting count, roughly (its bytes): for choosing the commonest words. */
  weight(id: number): number {
    return this.segment.terms.dataLength(id);
  }

  /** Places the readers at word `id`'s postings and positions; returns where its postings end. */
  #seek(id: number): number {
    const r = this.#postings;
    r.at = this.segment.terms.dataStart(id);
    const length = r.next();
    this.#rice = this.segment.postings[r.at + length]!;
    this.#positions.bit = (r.at + length + 1) * 8;
    return r.at + length;
  }

  /** Calls back per posting of word `id`: document, count, whether the title holds it. */
  eachPosting(id: number, visit: (doc: number, tf: number, inTitle: boolean) => void): void {
    const r = this.#postings;
    const end = this.#seek(id);
    let doc = -1;
    while (r.at < end) {
      const head = r.next();
      doc += Math.floor(head / 2) + 1;
      if (head % 2) visit(doc, 1, false);
      else {
        const packed = r.next();
        visit(doc, packed >>> 1, (packed & 1) === 1);
      }
    }
  }

  /**
   * Calls back per posting of word `id` with its positions (in a reused array: copy to keep).
   * Only documents for which `wanted` says yes are decoded; the others are skipped over.
   */
  eachPositions(
    id: number,
    wanted: (doc: number) => boolean,
    visit: (doc: number, positions: Uint32Array, tf: number, inTitle: boolean) => void,
  ): void {
    const r = this.#postings;
    const p = this.#positions;
    const end = this.#seek(id);
    const k = this.#rice;
    let doc = -1;
    while (r.at < end) {
      const head = r.next();
      doc += Math.floor(head / 2) + 1;
      const packed = head % 2 ? 2 : r.next();
      const tf = packed >>> 1;
      if (!wanted(doc)) {
        p.skip(k, tf);
        continue;
      }
      if (tf > this.#buffer.length) this.#buffer = new Uint32Array(tf * 2);
      const buffer = this.#buffer;
      let position = 0;
      for (let i = 0; i < tf; i++) buffer[i] = position += p.rice(k);
      visit(doc, buffer, tf, (packed & 1) === 1);
    }
  }

  /** The words that share key `key` (with its kind prefix), as word ids in order. */
  keyed(key: string): number[] {
    const { keys, keyTerms, terms } = this.segment;
    const ids: number[] = [];
    const k = keys.find(key);
    if (k >= 0) {
      const r = new VarintReader(keyTerms, keys.dataStart(k));
      const end = r.at + keys.dataLength(k);
      let id = -1;
      while (r.at < end) ids.push((id += r.next() + 1));
    }
    // The word spelled as the key, when it has that key, was left out of the list.
    const word = key.slice(1);
    const self = terms.find(word);
    if (self >= 0 && hasKey(word, key)) {
      let at = 0;
      while (at < ids.length && ids[at]! < self) at++;
      ids.splice(at, 0, self);
    }
    return ids;
  }
}

/** Whether a word has a key (kind first), as SegmentWriter gives them. */
function hasKey(word: string, key: string): boolean {
  const value = key.slice(1);
  return key[0] === STEM_KEY ? stemKeys(word).includes(value) : skeleton(stem(word)) === value;
}

export function emptySegment(): CompactSegment {
  return new SegmentWriter(new Uint32Array(0)).finish();
}

/** A segment as plain data, to cross to another thread (structured clone drops PackedTerms' class). */
export interface SegmentParts {
  terms: PackedTermsParts;
  postings: Uint8Array;
  keys: PackedTermsParts;
  keyTerms: Uint8Array;
  docLen: Uint32Array;
}

export function segmentParts(segment: CompactSegment): SegmentParts {
  return { ...segment, terms: segment.terms.parts, keys: segment.keys.parts };
}

export function segmentOfParts(parts: SegmentParts): CompactSegment {
  return { ...parts, terms: new PackedTerms(parts.terms), keys: new PackedTerms(parts.keys) };
}
