// A phrase's positions while it is matched: per word and document, runs of sorted
// positions (one run per matching term) in one growing buffer, linked in typed
// arrays, so checking thousands of documents allocates nothing per document.

/** Positions of a phrase's words per document: runs (one term's sorted positions each) linked per word and document. */
export class PositionLists {
  positions = new Uint32Array(1024);
  #used = 0;
  #runFrom: number[] = [];
  #runTo: number[] = [];
  #next: number[] = [];
  /** Per word, per document: its first run (-1: none). */
  #heads: Int32Array[];

  constructor(docs: number, words: number) {
    this.#heads = Array.from({ length: words }, () => new Int32Array(docs).fill(-1));
  }

  add(word: number, doc: number, positions: ArrayLike<number>, count: number): void {
    if (this.#used + count > this.positions.length) {
      const grown = new Uint32Array(Math.max(this.positions.length * 2, this.#used + count));
      grown.set(this.positions.subarray(0, this.#used));
      this.positions = grown;
    }
    for (let i = 0; i < count; i++) this.positions[this.#used + i] = positions[i]!;
    const run = this.#runFrom.length;
    this.#runFrom.push(this.#used);
    this.#runTo.push((this.#used += count));
    this.#next.push(this.#heads[word]![doc]!);
    this.#heads[word]![doc] = run;
  }

  eachRun(word: number, doc: number, visit: (from: number, to: number) => void): void {
    for (let run = this.#heads[word]![doc]!; run >= 0; run = this.#next[run]!) visit(this.#runFrom[run]!, this.#runTo[run]!);
  }

  has(word: number, doc: number, position: number): boolean {
    for (let run = this.#heads[word]![doc]!; run >= 0; run = this.#next[run]!) {
      let lo = this.#runFrom[run]!;
      let hi = this.#runTo[run]!;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.positions[mid]! < position) lo = mid + 1;
        else hi = mid;
      }
      if (lo < this.#runTo[run]! && this.positions[lo] === position) return true;
    }
    return false;
  }
}
