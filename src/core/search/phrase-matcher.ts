// Counting a phrase's occurrences a document at a time: the words' postings are walked
// together (a conjunctive merge, so a document missing one word is skipped without
// reading its positions), and in a document that has them all, each start position
// is stamped word by word in one reused array: a start whose stamp reaches the last
// word is an occurrence. Nothing is allocated per document, nothing is sorted or
// searched, and each position is decoded once.
import { DONE, type PhraseCursor } from './posting-cursor';

/** Per document holding the phrase: how often, and how many of its first words the title holds. */
export type PhraseVisit = (doc: number, count: number, titled: number) => void;

export class PhraseMatcher {
  /** Per position: how many of the phrase's words follow from it in the current document (offset by #epoch). */
  #stamps = new Uint32Array(4096);
  #epoch = 0;

  /**
   * Visits every document (in order) where each word has one of its cursors and `accept` says yes,
   * and the words occur there adjacent and in order. `words`: per phrase word, its terms' cursors.
   */
  match(words: PhraseCursor[][], accept: (doc: number) => boolean, visit: PhraseVisit): void {
    const count = words.length;
    let doc = 0;
    for (;;) {
      // The next document at or after `doc` that every word has: move each word up to it in turn.
      let agreed = 0;
      for (let k = 0; agreed < count; k = (k + 1) % count) {
        const first = firstAtOrAfter(words[k]!, doc);
        if (first === DONE) return;
        if (first > doc) {
          doc = first;
          agreed = 1;
        } else agreed++;
      }
      if (accept(doc)) this.#count(words, doc, visit);
      doc++;
    }
  }

  #count(words: PhraseCursor[][], doc: number, visit: PhraseVisit): void {
    const count = words.length;
    if (this.#epoch > 0xffffffff - 2 * count) {
      this.#stamps.fill(0);
      this.#epoch = 0;
    }
    const base = this.#epoch;
    this.#epoch += count;
    let found = 0;
    let titled = 0;
    for (let k = 0; k < count; k++) {
      let inTitle = false;
      for (const cursor of words[k]!) {
        if (cursor.doc !== doc) continue;
        if (cursor.inTitle) inTitle = true;
        const positions = cursor.positions();
        const tf = cursor.tf;
        if (k === 0) {
          const last = positions[tf - 1]!;
          if (last >= this.#stamps.length) this.#grow(last);
          const stamps = this.#stamps;
          for (let i = 0; i < tf; i++) stamps[positions[i]!] = base + 1;
          continue;
        }
        // A start k before this position, followed so far by the phrase's first k words, takes one more.
        const stamps = this.#stamps;
        const size = stamps.length;
        const want = base + k;
        for (let i = 0; i < tf; i++) {
          const start = positions[i]! - k;
          if (start >= 0 && start < size && stamps[start] === want) {
            stamps[start] = want + 1;
            if (k === count - 1) found++;
          }
        }
      }
      if (inTitle && titled === k) titled = k + 1;
    }
    if (found) visit(doc, found, titled);
  }

  #grow(position: number): void {
    const grown = new Uint32Array(Math.max(this.#stamps.length * 2, position + 1));
    grown.set(this.#stamps);
    this.#stamps = grown;
  }
}

/** Moves each cursor to its first posting at or after `doc`; returns the lowest document they reach. */
function firstAtOrAfter(cursors: PhraseCursor[], doc: number): number {
  let first = DONE;
  for (const cursor of cursors) {
    while (cursor.doc < doc) cursor.next();
    if (cursor.doc < first) first = cursor.doc;
  }
  return first;
}
