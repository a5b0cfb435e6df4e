// Words numbered as they are first met, through an open-addressing hash table over the text's
// char codes, compared in place: no string is made for a word already known. Used where a
// document's words are found (a parse worker) and where the index is built.
import { eachWord } from '../../shared/search/tokenize';

/**
 * Word ids for normalised text without making a string per word: an open-addressing hash table
 * over the words' char codes, compared in place. (Indexing 10,000 articles makes ~4 million words;
 * a substring for each was most of the build's garbage.)
 */
export class TermDictionary {
  readonly terms: string[] = [];
  #slots: Int32Array;
  #hashes: number[] = [];

  /** slots: the table's first size, a power of two (it doubles as words come). */
  constructor(slots = 1 << 16) {
    this.#slots = new Int32Array(slots).fill(-1);
  }

  /** The id of a word, numbered now if new. */
  add(term: string): number {
    return this.#find(term, 0, term.length, true);
  }

  /** The id of a word already seen, or -1. */
  find(term: string): number {
    return this.#find(term, 0, term.length, false);
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
