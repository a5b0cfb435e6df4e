// The compact segment of the search index: a packed sorted dictionary, and per word
// its postings (document gaps and counts, delta + varint) followed by its positions
// (skipped unless a phrase or a count needs them), plus the stem and spelling-variant keys
// of every word, worked out when the segment is written and saved with it, so
// loading parses nothing and nothing is re-derived. Written by one SegmentWriter,
// whether built from texts or merged from an older segment and new documents.
import { skeleton, stem, stemKeys } from '../../shared/search/stem';
import { PackedTerms } from './packed-terms';
import { ByteWriter, readGaps, skipVarints, VarintReader } from './varint';

export interface CompactSegment {
  terms: PackedTerms;
  /**
   * Per word, count + 1 byte offsets into postings. A word's bytes: the length of its postings part;
   * the postings, each a varint of gap × 2 + 1 for a document holding the word once and not in its
   * title (most postings: one byte), else gap × 2 then count × 2 + in-title; then the positions
   * part: per posting, its positions' gaps.
   */
  postStart: Uint32Array;
  postings: Uint8Array;
  /** Stem keys ("s" + key) and spelling-variant keys ("v" + key), each with the words that have it. */
  keys: PackedTerms;
  keyStart: Uint32Array;
  /** Per key, word-id gaps (varints). */
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
  #postStart: number[] = [0];
  #out = new ByteWriter();
  /** The current word's postings and positions, joined into #out when it ends. */
  #postings = new ByteWriter();
  #positions = new ByteWriter();
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
    let last = 0;
    for (let i = 0; i < positions.length; i++) {
      this.#positions.varint(positions[i]! - last);
      last = positions[i]!;
    }
  }

  #close(): void {
    if (this.#words.length === this.#postStart.length) {
      if (this.#lastDoc < 0)
        this.#words.pop(); // no live posting: leave the word out
      else {
        this.#out.varint(this.#postings.length);
        this.#out.append(this.#postings);
        this.#out.append(this.#positions);
        this.#postStart.push(this.#out.length);
      }
      this.#postings.reset();
      this.#positions.reset();
    }
  }

  finish(): CompactSegment {
    this.#close();
    const words = this.#words;
    // Every word under its stem keys and its loose key, so variants find each other both ways.
    const byKey = new Map<string, number[]>();
    const add = (key: string, id: number) => {
      const list = byKey.get(key);
      if (!list) byKey.set(key, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    };
    words.forEach((word, id) => {
      for (const key of stemKeys(word)) add(STEM_KEY + key, id);
      add(VARIANT_KEY + skeleton(stem(word)), id);
    });
    const keys = [...byKey.keys()].sort();
    const keyStart = new Uint32Array(keys.length + 1);
    const keyTerms = new ByteWriter();
    keys.forEach((key, k) => {
      let last = -1;
      for (const id of byKey.get(key)!) {
        keyTerms.varint(id - last - 1);
        last = id;
      }
      keyStart[k + 1] = keyTerms.length;
    });
    return {
      terms: PackedTerms.from(words),
      postStart: Uint32Array.from(this.#postStart),
      postings: this.#out.bytes(),
      keys: PackedTerms.from(keys),
      keyStart,
      keyTerms: keyTerms.bytes(),
      docLen: this.docLen,
    };
  }
}

/** Reads a segment's lists. */
export class SegmentReader {
  readonly #postings: VarintReader;
  readonly #positions: VarintReader;
  #buffer = new Uint32Array(64);

  constructor(readonly segment: CompactSegment) {
    this.#postings = new VarintReader(segment.postings);
    this.#positions = new VarintReader(segment.postings);
  }

  /** A word's posting count, roughly (its bytes): for choosing the commonest words. */
  weight(id: number): number {
    return this.segment.postStart[id + 1]! - this.segment.postStart[id]!;
  }

  /** Places the readers at word `id`'s postings and positions; returns where its postings end. */
  #seek(id: number): number {
    const r = this.#postings;
    r.at = this.segment.postStart[id]!;
    const length = r.next();
    this.#positions.at = r.at + length;
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
    let doc = -1;
    while (r.at < end) {
      const head = r.next();
      doc += Math.floor(head / 2) + 1;
      const packed = head % 2 ? 2 : r.next();
      const tf = packed >>> 1;
      if (!wanted(doc)) {
        p.at = skipVarints(p.bytes, p.at, tf);
        continue;
      }
      if (tf > this.#buffer.length) this.#buffer = new Uint32Array(tf * 2);
      p.at = readGaps(p.bytes, p.at, tf, this.#buffer);
      visit(doc, this.#buffer, tf, (packed & 1) === 1);
    }
  }

  /** The words that share key `key` (with its kind prefix), as word ids. */
  keyed(key: string): number[] {
    const k = this.segment.keys.find(key);
    if (k < 0) return [];
    const r = new VarintReader(this.segment.keyTerms, this.segment.keyStart[k]!);
    const end = this.segment.keyStart[k + 1]!;
    const ids: number[] = [];
    let id = -1;
    while (r.at < end) ids.push((id += r.next() + 1));
    return ids;
  }
}

export function emptySegment(): CompactSegment {
  return new SegmentWriter(new Uint32Array(0)).finish();
}
