// Building a compact segment from texts in one go: words numbered through a hash
// table over the text's char codes (no string per occurrence), counted, laid out per
// word in typed arrays, then written word by word in sorted order (see segment.ts).
import { eachWord } from '../../shared/search/tokenize';
import { distinctTerms, type DocTerms } from './doc-terms';
import { SegmentWriter, type CompactSegment } from './segment';

/**
 * A document to index: its normalised words' text (title included) and its title's words, or its
 * terms as a parse worker found them (see doc-terms.ts).
 */
export type SegmentSource = { normalized: string; titleWords: readonly string[] } | DocTerms;

export function buildSegment(docs: readonly SegmentSource[]): CompactSegment {
  const dictionary = new TermDictionary();
  const docTerms = docs.map((doc) => ('ids' in doc ? dictionary.termIdsOfTerms(doc) : dictionary.termIdsOf(doc.normalized)));
  const ids = dictionary.terms;
  const order = ids.map((_, id) => id).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  const rank = new Int32Array(ids.length);
  order.forEach((id, r) => (rank[id] = r));
  const termCount = ids.length;
  const df = new Uint32Array(termCount);
  const positionsPerTerm = new Uint32Array(termCount);
  const lastDoc = new Int32Array(termCount).fill(-1);
  docTerms.forEach((row, doc) => {
    for (let i = 0; i < row.length; i++) {
      const t = (row[i] = rank[row[i]!]!);
      positionsPerTerm[t]!++;
      if (lastDoc[t] !== doc) {
        lastDoc[t] = doc;
        df[t]!++;
      }
    }
  });
  // Postings and positions in CSR form, by word: filled in document order.
  const termStart = new Uint32Array(termCount + 1);
  const positionStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    termStart[t + 1] = termStart[t]! + df[t]!;
    positionStart[t + 1] = positionStart[t]! + positionsPerTerm[t]!;
  }
  const postingCount = termStart[termCount]!;
  const postDoc = new Uint32Array(postingCount);
  const postTitle = new Uint8Array(postingCount);
  const postPos = new Uint32Array(postingCount + 1);
  const positions = new Uint32Array(positionStart[termCount]!);
  const nextPosting = termStart.slice(0, termCount);
  const nextPosition = positionStart.slice(0, termCount);
  const inTitle = new Uint8Array(termCount);
  lastDoc.fill(-1);
  const docLen = new Uint32Array(docs.length);
  docTerms.forEach((row, doc) => {
    docLen[doc] = row.length;
    const title = docs[doc]!.titleWords.map((w) => dictionary.find(w))
      .filter((id) => id >= 0)
      .map((id) => rank[id]!);
    for (const t of title) inTitle[t] = 1;
    for (let i = 0; i < row.length; i++) {
      const t = row[i]!;
      if (lastDoc[t] !== doc) {
        lastDoc[t] = doc;
        const p = nextPosting[t]!++;
        postDoc[p] = doc;
        postPos[p] = nextPosition[t]!;
        postTitle[p] = inTitle[t]!;
      }
      positions[nextPosition[t]!++] = i;
    }
    for (const t of title) inTitle[t] = 0;
    docTerms[doc] = EMPTY;
  });
  postPos[postingCount] = positions.length;
  const writer = new SegmentWriter(docLen);
  order.forEach((id, t) => {
    writer.word(ids[id]!);
    for (let p = termStart[t]!; p < termStart[t + 1]!; p++) {
      writer.posting(postDoc[p]!, postTitle[p] === 1, positions.subarray(postPos[p]!, postPos[p + 1]!));
    }
  });
  return writer.finish();
}

const EMPTY = new Int32Array(0);

/**
 * Word ids for normalised text without making a string per word: an open-addressing hash table
 * over the words' char codes, compared in place. (Indexing 10,000 articles makes ~4 million words;
 * a substring for each was most of the build's garbage.)
 */
class TermDictionary {
  readonly terms: string[] = [];
  #slots = new Int32Array(1 << 16).fill(-1);
  #hashes: number[] = [];

  /** The id of a word already seen, or -1. */
  find(term: string): number {
    return this.#find(term, 0, term.length, false);
  }

  /** Word ids for a document's words as numbered by its own distinct terms. */
  termIdsOfTerms(terms: DocTerms): Int32Array {
    const global = Int32Array.from(distinctTerms(terms), (term) => this.#find(term, 0, term.length, true));
    const ids = new Int32Array(terms.ids.length);
    for (let i = 0; i < ids.length; i++) ids[i] = global[terms.ids[i]!]!;
    return ids;
  }

  termIdsOf(norm: string): Int32Array {
    const ids: number[] = [];
    eachWord(norm, (start, end, value) =>
      ids.push(value === undefined ? this.#find(norm, start, end, true) : this.#find(value, 0, value.length, true)),
    );
    return Int32Array.from(ids);
  }

  #find(text: string, start: number, end: number, add: boolean): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash >>>= 0;
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.#slots[slot]!;
      if (id < 0) {
        if (!add) return -1;
        const term = text.slice(start, end);
        this.terms.push(term);
        this.#hashes.push(hash);
        this.#slots[slot] = this.terms.length - 1;
        if (this.terms.length * 2 > this.#slots.length) this.#grow();
        return this.terms.length - 1;
      }
      if (this.#hashes[id] === hash && sameText(this.terms[id]!, text, start, end)) return id;
    }
  }

  #grow(): void {
    this.#slots = new Int32Array(this.#slots.length * 2).fill(-1);
    const mask = this.#slots.length - 1;
    this.#hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (this.#slots[slot]! >= 0) slot = (slot + 1) & mask;
      this.#slots[slot] = id;
    });
  }
}

function sameText(term: string, text: string, start: number, end: number): boolean {
  if (term.length !== end - start) return false;
  for (let i = 0; i < term.length; i++) if (term.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
