// Counting a phrase's occurrences, a word at a time: every position of the library has
// one bit (documents laid end to end, each from the sum of the lengths before it), so
// a word's positions are marked or checked as they are decoded, term after term, with
// nothing kept per document: the first word marks its positions, each next word keeps
// the marked starts it continues, and the last word counts them. Each position is
// decoded once, and a document missing one of the words is skipped without decoding.

/** Visits a posting: the document, its positions (a reused buffer: copy to keep), their count, title. */
export type PositionsVisit = (doc: number, positions: ArrayLike<number>, count: number, inTitle: boolean) => void;

export class PhraseMatcher {
  /** Where each document's positions start among all (n + 1 sums of the lengths). */
  #starts = new Float64Array(1);
  #marks = new Int32Array(0);
  #kept = new Int32Array(0);
  #titledBuffer = new Uint8Array(0);

  constructor(private readonly docLen: readonly number[]) {}

  /**
   * Per document where the phrase's `words` occur adjacent and in order: its count added into tf
   * (0 before), and in inTitle how many of its first words the title holds. `eachPositions(k, visit)`
   * visits the postings of word k's terms in the documents to check. Returns those documents (the
   * start of `touched`, one entry a document at most).
   */
  count(
    words: number,
    eachPositions: (word: number, visit: PositionsVisit) => void,
    tf: Float64Array,
    inTitle: Uint8Array,
    touched: Int32Array,
  ): Int32Array {
    const starts = this.#startsOfDocs();
    const titled = this.#titled(starts.length - 1);
    let found = 0;
    const [first, second] = this.#bitSets();
    let marks = first.fill(0);
    eachPositions(0, (doc, positions, count, title) => {
      const at = starts[doc]!;
      const length = starts[doc + 1]! - at;
      for (let i = 0; i < count; i++) {
        const p = positions[i]!;
        if (p >= length) break;
        const bit = at + p;
        marks[bit >>> 5]! |= 1 << (bit & 31);
      }
      if (title) titled[doc] = 1;
    });
    for (let k = 1; k < words; k++) {
      const last = k === words - 1;
      const kept = last ? marks : (marks === first ? second : first).fill(0);
      // A start k positions before this one, marked so far, goes on (or, at the last word, counts).
      eachPositions(k, (doc, positions, count, title) => {
        const at = starts[doc]! - k;
        const length = starts[doc + 1]! - starts[doc]!;
        for (let i = 0; i < count; i++) {
          const p = positions[i]!;
          if (p < k) continue;
          if (p >= length) break;
          const bit = at + p;
          if ((marks[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
          if (!last) kept[bit >>> 5]! |= 1 << (bit & 31);
          else if (tf[doc]!++ === 0) touched[found++] = doc;
        }
        if (title && titled[doc] === k) titled[doc] = k + 1;
      });
      marks = kept;
    }
    for (let i = 0; i < found; i++) inTitle[touched[i]!] = titled[touched[i]!]!;
    return touched.subarray(0, found);
  }

  /** Two sets of bits, one per position of the library (the first to mark, the second to keep). */
  #bitSets(): [Int32Array, Int32Array] {
    const size = Math.ceil(this.#starts[this.#starts.length - 1]! / 32);
    if (this.#marks.length < size) {
      this.#marks = new Int32Array(size);
      this.#kept = new Int32Array(size);
    }
    return [this.#marks.subarray(0, size), this.#kept.subarray(0, size)];
  }

  /** Per document, how many of the phrase's first words its title holds (zeroed). */
  #titled(docs: number): Uint8Array {
    if (this.#titledBuffer.length < docs) this.#titledBuffer = new Uint8Array(docs);
    return this.#titledBuffer.fill(0, 0, docs);
  }

  /** The documents' starts, worked out again when documents were added since. */
  #startsOfDocs(): Float64Array {
    const n = this.docLen.length;
    if (this.#starts.length !== n + 1) {
      this.#starts = new Float64Array(n + 1);
      for (let doc = 0; doc < n; doc++) this.#starts[doc + 1] = this.#starts[doc]! + (this.docLen[doc] ?? 0);
    }
    return this.#starts;
  }
}
