// The order of search results (relevance, date, outlet) and the page of them asked
// for: each document's rank by date and by outlet worked out once (and again only
// after documents are added), so sorting 30,000 hits compares numbers, not strings,
// and a page deep in the results is picked with a heap, not a full sort.
import { normalizeArabic } from '../../shared/arabic';
import type { IndexedDoc } from './search-index';

export type ResultSort = 'relevance' | 'date' | 'outlet';

/** Made when first needed: an Arabic collator costs milliseconds to make, and only the outlet order uses it. */
let collator: Intl.Collator | null = null;

export class ResultOrder {
  #dateRank: Int32Array | null = null;
  #outletRank: Int32Array | null = null;
  #folded = new Map<string, string>();

  constructor(private readonly docs: readonly IndexedDoc[]) {}

  /** Documents were added: the ranks are worked out again when next needed. */
  changed(): void {
    this.#dateRank = null;
    this.#outletRank = null;
  }

  /** A document's outlet, normalised (for outlet: filters), folded once per distinct outlet. */
  foldedOutlet(docNum: number): string {
    const outlet = this.docs[docNum]!.outlet ?? '';
    let folded = this.#folded.get(outlet);
    if (folded === undefined) this.#folded.set(outlet, (folded = normalizeArabic(outlet)));
    return folded;
  }

  /** Newest first; the same date (or none) in document order. */
  #dates(): Int32Array {
    if (!this.#dateRank) {
      // The distinct dates (a few thousand in a large library) sorted, then the documents counted
      // into them in document order: no comparison sort of every document (the first search's cost).
      const dates = [...new Set(this.docs.map((d) => d.date ?? ''))].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
      const slot = new Map(dates.map((date, i) => [date, i]));
      const start = new Int32Array(dates.length + 1);
      const of = Int32Array.from(this.docs, (d) => slot.get(d.date ?? '')!);
      for (const s of of) start[s + 1]!++;
      for (let i = 0; i < dates.length; i++) start[i + 1]! += start[i]!;
      this.#dateRank = new Int32Array(this.docs.length);
      for (let doc = 0; doc < of.length; doc++) this.#dateRank[doc] = start[of[doc]!]!++;
    }
    return this.#dateRank;
  }

  /** Outlets in Arabic alphabetical order; documents without one last. */
  #outlets(): Int32Array {
    if (!this.#outletRank) {
      collator ??= new Intl.Collator('ar');
      const names = [...new Set(this.docs.map((d) => d.outlet ?? '\uffff'))].sort(collator.compare);
      const rank = new Map(names.map((name, i) => [name, i]));
      this.#outletRank = Int32Array.from(this.docs, (d) => rank.get(d.outlet ?? '\uffff')!);
    }
    return this.#outletRank;
  }

  /** The page [offset, offset + limit) of `candidates` in the order asked for (scores for relevance; null: by date). */
  page(
    candidates: ArrayLike<number> & Iterable<number>,
    score: Float64Array | null,
    sort: ResultSort,
    offset: number,
    limit: number,
  ): number[] {
    const date = this.#dates();
    const newest = (a: number, b: number) => date[a]! - date[b]!;
    const byScore = score ? (a: number, b: number) => score[b]! - score[a]! || newest(a, b) : newest;
    let compare = byScore;
    if (sort === 'date')
      compare = newest; // (without scores, byScore is newest first too)
    else if (sort === 'outlet') {
      const outlet = this.#outlets();
      compare = (a, b) => outlet[a]! - outlet[b]! || byScore(a, b);
    }
    return topK(candidates, offset + limit, compare).slice(offset);
  }
}

/** The best k items in order, through a heap of k (the worst of them on top) when k is small beside the items. */
export function topK(
  items: ArrayLike<number> & Iterable<number>,
  k: number,
  compare: (a: number, b: number) => number,
): number[] {
  if (k <= 0) return [];
  if (k * 4 >= items.length) return Array.from(items).sort(compare).slice(0, k);
  const heap: number[] = [];
  const worse = (i: number, j: number) => compare(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && worse(l, w)) w = l;
      if (r < heap.length && worse(r, w)) w = r;
      if (w === i) return;
      swap(i, w);
      i = w;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(compare);
}
