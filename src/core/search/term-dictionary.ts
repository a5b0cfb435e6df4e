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
  /** Pairs per slot: a word's id (-1: empty) and its hash, side by side (one memory read per probe). */
  #slots: Int32Array;

  /** slots: the table's first size, a power of two (it doubles as words come). */
  constructor(slots = 1 << 16) {
    this.#slots = new Int32Array(slots * 2).fill(-1);
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
    // A word takes at least one letter and one separator.
    const ids = new Int32Array((norm.length >>> 1) + 1);
    let n = 0;
    eachWord(norm, (start, end, value) => {
      ids[n++] = value === undefined ? this.#find(norm, start, end, true) : this.#find(value, 0, value.length, true);
    });
    return ids.slice(0, n);
  }

  #find(text: string, start: number, end: number, add: boolean): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const slots = this.#slots;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot * 2]!;
      if (id < 0) {
        if (!add) return -1;
        this.terms.push(text.slice(start, end));
        slots[slot * 2] = this.terms.length - 1;
        slots[slot * 2 + 1] = hash;
        if (this.terms.length * 4 > slots.length) this.#grow();
        return this.terms.length - 1;
      }
      if (slots[slot * 2 + 1] === hash && sameText(this.terms[id]!, text, start, end)) return id;
    }
  }

  #grow(): void {
    const old = this.#slots;
    const slots = (this.#slots = new Int32Array(old.length * 2).fill(-1));
    const mask = (slots.length >>> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s]! < 0) continue;
      let slot = old[s + 1]! & mask;
      while (slots[slot * 2]! >= 0) slot = (slot + 1) & mask;
      slots[slot * 2] = old[s]!;
      slots[slot * 2 + 1] = old[s + 1]!;
    }
  }
}

function sameText(term: string, text: string, start: number, end: number): boolean {
  if (term.length !== end - start) return false;
  for (let i = 0; i < term.length; i++) if (term.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
