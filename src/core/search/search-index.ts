// A purpose-built inverted index for Arabic-aware full-text search: normalised
// terms, positions for phrases, BM25 with a title boost, a sorted term
// dictionary for prefixes, and stem / spelling-variant keys for light stemming.
// Two segments: a compact one in typed arrays (built in bulk, loaded from the
// cache file without parsing), and a small live one in Maps for documents
// added since; compaction folds the live one back in.
import type { ParsedQuery, QueryTerm, SearchFilters } from '../../shared/search/query';
import { skeleton, stem, stemKeys } from '../../shared/search/stem';
import { normalizeArabic } from '../../shared/arabic';
import { eachWord, tokenize, words, wordsOfNormalized } from '../../shared/search/tokenize';
import type { Language, SearchHit, Snippet } from '../../shared/types';

export interface IndexedDoc {
  id: string;
  title: string;
  outlet?: string;
  date?: string;
  lang: Language;
  folder?: string;
  fingerprint: string;
}

export interface TextSource {
  text(docNum: number): string;
}

/** The compact segment: postings in CSR form (term → postings → positions). */
export interface CompactSegment {
  terms: string[];
  termStart: Uint32Array;
  postDoc: Uint32Array;
  postTf: Uint32Array;
  postPos: Uint32Array;
  positions: Uint32Array;
}

const K1 = 1.2;
const B = 0.75;
const TITLE_BOOST = 1.5;
/** Exact words count fully, stems and prefixes less, loose spelling variants least. */
const TIER_WEIGHT = [1, 0.5, 0.25];
/** A document holding the word exactly as asked ranks above one holding only other forms of it. */
const EXACT_BONUS = 0.6;
const MAX_PREFIX_TERMS = 300;
const SNIPPET_CHARS = 180;

export class SearchIndex {
  readonly docs: IndexedDoc[] = [];
  readonly docLen: number[] = [];
  readonly alive: boolean[] = [];
  readonly byId = new Map<string, number>();
  #compact: CompactSegment;
  #compactIds = new Map<string, number>();
  #live = new Map<string, Map<number, number[]>>();
  #liveDocs = new Set<number>();
  #stems = new Map<string, Set<string>>();
  #skeletons = new Map<string, Set<string>>();
  #totalLen = 0;
  #aliveCount = 0;
  /** Documents 0..#compactCount-1 live in the compact segment; later ones in the live segment. */
  #compactCount: number;

  constructor(
    compact: CompactSegment | null,
    docs: IndexedDoc[],
    docLen: ArrayLike<number>,
    private texts: TextSource,
  ) {
    this.#compact = compact ?? emptySegment();
    this.#compact.terms.forEach((term, id) => {
      this.#compactIds.set(term, id);
      this.#addVariantKeys(term);
    });
    docs.forEach((doc, docNum) => this.#registerDoc(doc, docLen[docNum] ?? 0, docNum));
    this.#compactCount = docs.length;
  }

  /** Builds the compact segment for these documents in one go. */
  static build(entries: { doc: IndexedDoc; text: string; normalized?: string }[]): SearchIndex {
    const texts = entries.map((e) => e.text);
    const { segment, docLen } = buildCompact(entries.map((e) => withTitle(e.doc.title, e.normalized ?? normalizeArabic(e.text))));
    return new SearchIndex(
      segment,
      entries.map((e) => e.doc),
      docLen,
      { text: (docNum) => texts[docNum] ?? '' },
    );
  }

  get size(): number {
    return this.#aliveCount;
  }

  get liveCount(): number {
    return this.#liveDocs.size;
  }

  get compact(): CompactSegment {
    return this.#compact;
  }

  /** Swaps where document texts come from (after the index is saved, from the cache file). */
  setTextSource(texts: TextSource): void {
    this.texts = texts;
  }

  text(docNum: number): string {
    return this.texts.text(docNum);
  }

  #registerDoc(doc: IndexedDoc, length: number, docNum: number): void {
    this.docs[docNum] = doc;
    this.docLen[docNum] = length;
    this.#indexTitle(doc.title, docNum);
    this.alive[docNum] = true;
    const previous = this.byId.get(doc.id);
    if (previous !== undefined) this.#kill(previous);
    this.byId.set(doc.id, docNum);
    this.#totalLen += length;
    this.#aliveCount++;
  }

  #kill(docNum: number): void {
    if (!this.alive[docNum]) return;
    this.alive[docNum] = false;
    this.#totalLen -= this.docLen[docNum] ?? 0;
    this.#aliveCount--;
    this.#liveDocs.delete(docNum);
  }

  #addVariantKeys(term: string): void {
    for (const key of stemKeys(term)) addTo(this.#stems, key, term);
    // Every word under its loose key, so spelling variants find each other both ways.
    addTo(this.#skeletons, skeleton(stem(term)), term);
  }

  /** Adds or replaces one document (into the live segment). */
  upsert(doc: IndexedDoc, text: string, remember: (docNum: number, text: string) => void): void {
    const docNum = this.docs.length;
    const tokens = wordsOfNormalized(withTitle(doc.title, normalizeArabic(text)));
    tokens.forEach((term, position) => {
      let byDoc = this.#live.get(term);
      if (!byDoc) {
        this.#live.set(term, (byDoc = new Map()));
        if (!this.#compactIds.has(term)) this.#addVariantKeys(term);
      }
      const list = byDoc.get(docNum);
      if (list) list.push(position);
      else byDoc.set(docNum, [position]);
    });
    remember(docNum, text);
    this.#registerDoc(doc, tokens.length, docNum);
    this.#liveDocs.add(docNum);
  }

  remove(id: string): boolean {
    const docNum = this.byId.get(id);
    if (docNum === undefined) return false;
    this.byId.delete(id);
    this.#kill(docNum);
    return true;
  }

  // --- query ----------------------------------------------------------------

  /** The index's terms that a query term matches, each with its tier (0 exact, 1 stem/prefix, 2 variant). */
  expand(term: QueryTerm, stemming: boolean): Map<string, number> {
    const found = new Map<string, number>();
    const add = (t: string, tier: number) => {
      const known = found.get(t);
      if (known === undefined || tier < known) found.set(t, tier);
    };
    if (this.#compactIds.has(term.norm) || this.#live.has(term.norm)) add(term.norm, 0);
    if (term.prefix) {
      // Every word the prefix begins; when there are very many, the most frequent ones (not the
      // alphabetically first), so common words are never dropped.
      const { terms, termStart } = this.#compact;
      const from = lowerBound(terms, term.norm);
      let to = from;
      while (to < terms.length && terms[to]!.startsWith(term.norm)) to++;
      let ids = Array.from({ length: to - from }, (_, k) => from + k);
      if (ids.length > MAX_PREFIX_TERMS) {
        ids = ids
          .sort((a, b) => termStart[b + 1]! - termStart[b]! - (termStart[a + 1]! - termStart[a]!))
          .slice(0, MAX_PREFIX_TERMS);
      }
      for (const id of ids) add(terms[id]!, 1);
      for (const t of this.#live.keys()) if (t.startsWith(term.norm)) add(t, 1);
    }
    if (stemming) {
      for (const key of term.stems) for (const t of this.#stems.get(key) ?? []) add(t, 1);
      if (term.skeleton.length >= 3) for (const t of this.#skeletons.get(term.skeleton) ?? []) add(t, 2);
    }
    return found;
  }

  search(query: ParsedQuery, page: Partial<SearchPage> = {}): { hits: SearchHit[]; total: number } {
    const { limit = 20, offset = 0, sort = 'relevance' } = page;
    if (!query.groups.length) return this.#filterOnly(query, limit, offset);
    // Each query word, expanded once to the index's terms it matches (with their tiers).
    const expansions = query.groups.map((group) => group.map((term) => this.expand(term, query.stemming)));
    const n = this.docs.length;
    const score = new Float64Array(n);
    const tf = new Float64Array(n);
    const matchedGroups = new Uint16Array(n);
    const inTitle = new Uint8Array(n);
    const exact = new Uint8Array(n);
    const avgLen = this.#aliveCount ? this.#totalLen / this.#aliveCount : 1;
    let touched: number[] = [];
    for (const [g, group] of expansions.entries()) {
      touched =
        group.length === 1 ? this.#wordTf(group[0]!, matchedGroups, g, tf, exact) : this.#phraseTf(group, matchedGroups, g, tf);
      const df = touched.length;
      if (!df) return { hits: [], total: 0 };
      const idf = Math.log(1 + (this.#aliveCount - df + 0.5) / (df + 0.5));
      this.#markTitles(group, inTitle);
      for (const doc of touched) {
        const f = tf[doc]!;
        tf[doc] = 0;
        matchedGroups[doc] = g + 1;
        const norm = 1 - B + (B * (this.docLen[doc] ?? 0)) / avgLen;
        score[doc]! += idf * ((f * (K1 + 1)) / (f + K1 * norm));
        if (inTitle[doc] === group.length) score[doc]! += TITLE_BOOST * idf;
        if (exact[doc]) score[doc]! += EXACT_BONUS * idf;
      }
      inTitle.fill(0);
      exact.fill(0);
    }
    const excluded = new Set<number>();
    for (const group of query.excluded) {
      const expanded = group.map((term) => this.expand({ ...term, prefix: false }, query.stemming));
      if (expanded.length === 1) {
        for (const t of expanded[0]!.keys()) this.#eachPosting(t, (doc) => excluded.add(doc));
      } else {
        for (const doc of this.#phraseTf(expanded, new Uint16Array(n), 0, new Float64Array(n))) excluded.add(doc);
      }
    }
    // The last group's documents are exactly those that matched every group.
    const candidates = touched.filter((doc) => !excluded.has(doc) && this.#passes(this.docs[doc]!, query.filters));
    const byScore = (a: number, b: number) => score[b]! - score[a]! || this.#newestFirst(a, b);
    const compare =
      sort === 'date'
        ? (a: number, b: number) => this.#newestFirst(a, b) || score[b]! - score[a]!
        : sort === 'outlet'
          ? (a: number, b: number) => this.#byOutlet(a, b) || byScore(a, b)
          : byScore;
    const top = topK(candidates, offset + limit, compare).slice(offset);
    const hits = top.map((doc) => this.#hit(doc, score[doc]!, expansions));
    return { hits, total: candidates.length };
  }

  /** A query of filters alone: every live document that passes them, newest first (no snippets to show). */
  #filterOnly(query: ParsedQuery, limit: number, offset: number): { hits: SearchHit[]; total: number } {
    const f = query.filters;
    if (!f.outlet && !f.lang && !f.folder && !f.from && !f.to) return { hits: [], total: 0 };
    const candidates: number[] = [];
    for (let doc = 0; doc < this.docs.length; doc++)
      if (this.alive[doc] && this.#passes(this.docs[doc]!, f)) candidates.push(doc);
    const top = topK(candidates, offset + limit, (a, b) => this.#newestFirst(a, b)).slice(offset);
    return { hits: top.map((doc) => this.#hit(doc, 0, [])), total: candidates.length };
  }

  #newestFirst(a: number, b: number): number {
    return (this.docs[b]!.date ?? '').localeCompare(this.docs[a]!.date ?? '') || a - b;
  }

  #byOutlet(a: number, b: number): number {
    return (this.docs[a]!.outlet ?? '\uffff').localeCompare(this.docs[b]!.outlet ?? '\uffff', 'ar');
  }

  /** Calls back for each live posting of a term: the document and how often the term occurs there. */
  #eachPosting(term: string, visit: (doc: number, tf: number, p: number) => void): void {
    const id = this.#compactIds.get(term);
    if (id !== undefined) {
      const c = this.#compact;
      const end = c.termStart[id + 1]!;
      for (let p = c.termStart[id]!; p < end; p++) {
        const doc = c.postDoc[p]!;
        if (this.alive[doc]) visit(doc, c.postTf[p]!, p);
      }
    }
    const live = this.#live.get(term);
    if (live) for (const [doc, positions] of live) if (this.alive[doc]) visit(doc, positions.length, -1);
  }

  /** Adds each document's frequency of one word (its variants weighted by tier) into tf; returns the documents touched. */
  #wordTf(expansion: Map<string, number>, matched: Uint16Array, group: number, tf: Float64Array, exact: Uint8Array): number[] {
    const touched: number[] = [];
    for (const [t, tier] of expansion) {
      const weight = TIER_WEIGHT[tier]!;
      this.#eachPosting(t, (doc, f) => {
        if (matched[doc] !== group) return;
        if (tf[doc] === 0) touched.push(doc);
        tf[doc]! += f * weight;
        if (tier === 0) exact[doc] = 1;
      });
    }
    return touched;
  }

  /**
   * Phrase occurrences per document. For the compact segment, each word's postings are linked per
   * document in typed arrays (no per-document allocation), then adjacency is checked by binary
   * search in the position lists; the few live documents take the simple path.
   */
  #phraseTf(group: Map<string, number>[], matched: Uint16Array, g: number, tf: Float64Array): number[] {
    const c = this.#compact;
    const words = group.length;
    const compactDocs = this.#compactCount;
    const heads: Int32Array[] = [];
    // Every posting of every variant, linked per document: sized up front, no pushes.
    let capacity = 0;
    for (const expansion of group) {
      for (const t of expansion.keys()) {
        const id = this.#compactIds.get(t);
        if (id !== undefined) capacity += c.termStart[id + 1]! - c.termStart[id]!;
      }
    }
    const refs = new Uint32Array(capacity);
    const next = new Int32Array(capacity);
    let used = 0;
    for (const expansion of group) {
      const head = new Int32Array(compactDocs).fill(-1);
      for (const t of expansion.keys()) {
        const id = this.#compactIds.get(t);
        if (id === undefined) continue;
        const end = c.termStart[id + 1]!;
        for (let p = c.termStart[id]!; p < end; p++) {
          const doc = c.postDoc[p]!;
          if (!this.alive[doc] || matched[doc] !== g) continue;
          refs[used] = p;
          next[used] = head[doc]!;
          head[doc] = used++;
        }
      }
      heads.push(head);
    }
    const touched: number[] = [];
    const first = heads[0]!;
    for (let doc = 0; doc < compactDocs; doc++) {
      if (first[doc]! < 0) continue;
      let all = true;
      for (let k = 1; k < words && all; k++) all = heads[k]![doc]! >= 0;
      if (!all) continue;
      let count = 0;
      for (let r = first[doc]!; r >= 0; r = next[r]!) {
        const p = refs[r]!;
        for (let i = c.postPos[p]!; i < c.postPos[p + 1]!; i++) {
          const start = c.positions[i]!;
          let ok = true;
          for (let k = 1; k < words && ok; k++) {
            ok = false;
            for (let r2 = heads[k]![doc]!; r2 >= 0 && !ok; r2 = next[r2]!) {
              const p2 = refs[r2]!;
              ok = containsIn(c.positions, c.postPos[p2]!, c.postPos[p2 + 1]!, start + k);
            }
          }
          if (ok) count++;
        }
      }
      if (count) {
        tf[doc] = count;
        touched.push(doc);
      }
    }
    for (const doc of this.#liveDocs) {
      if (!this.alive[doc] || matched[doc] !== g) continue;
      const lists = group.map((expansion) => [...expansion.keys()].map((t) => this.#positionsIn(t, doc)).filter((l) => l.length));
      if (lists.some((l) => !l.length)) continue;
      let count = 0;
      for (const list of lists[0]!) {
        for (let i = 0; i < list.length; i++) {
          const start = list[i]!;
          let ok = true;
          for (let k = 1; k < words && ok; k++) ok = lists[k]!.some((l) => containsIn(l, 0, l.length, start + k));
          if (ok) count++;
        }
      }
      if (count) {
        tf[doc] = count;
        touched.push(doc);
      }
    }
    return touched;
  }

  /** A term's positions in one document (sorted), or none. */
  #positionsIn(term: string, doc: number): ArrayLike<number> {
    const id = this.#compactIds.get(term);
    if (id !== undefined) {
      const c = this.#compact;
      // Postings are sorted by document: binary search the term's range.
      let lo = c.termStart[id]!;
      let hi = c.termStart[id + 1]!;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (c.postDoc[mid]! < doc) lo = mid + 1;
        else hi = mid;
      }
      if (lo < c.termStart[id + 1]! && c.postDoc[lo] === doc) return c.positions.subarray(c.postPos[lo]!, c.postPos[lo + 1]!);
    }
    return this.#live.get(term)?.get(doc) ?? [];
  }

  /** Counts, per document, how many words of the group its title holds. */
  #markTitles(group: Map<string, number>[], inTitle: Uint8Array): void {
    const titles = this.#titleIndex();
    for (const expansion of group) {
      const seen = new Set<number>();
      for (const t of expansion.keys()) for (const doc of titles.get(t) ?? []) seen.add(doc);
      for (const doc of seen) inTitle[doc]!++;
    }
  }

  #titles: Map<string, number[]> | null = null;

  /** Title words → documents, built on first use and kept up to date after. */
  #titleIndex(): Map<string, number[]> {
    if (!this.#titles) {
      this.#titles = new Map();
      this.docs.forEach((doc, docNum) => this.#indexTitle(doc.title, docNum));
    }
    return this.#titles;
  }

  #indexTitle(title: string, docNum: number): void {
    if (!this.#titles) return;
    for (const w of new Set(words(title))) {
      const list = this.#titles.get(w);
      if (list) list.push(docNum);
      else this.#titles.set(w, [docNum]);
    }
  }

  /** How often the query's single words occur in a document, from the index (for long documents). */
  #occurrences(doc: number, expansions: Map<string, number>[][]): number {
    let count = 0;
    for (const group of expansions) {
      if (group.length !== 1) continue;
      for (const t of group[0]!.keys()) count += this.#positionsIn(t, doc).length;
    }
    return count;
  }

  #passes(doc: IndexedDoc, filters: SearchFilters): boolean {
    if (filters.lang && doc.lang !== filters.lang) return false;
    // Filter values fold like everything else (الجزيره = الجزيرة, ٢٠٢٥ = 2025).
    if (filters.outlet && !normalizeArabic(doc.outlet ?? '').includes(normalizeArabic(filters.outlet))) return false;
    if (filters.folder && !(doc.folder ?? '').includes(filters.folder)) return false;
    const from = filters.from && normalizeArabic(filters.from);
    const to = filters.to && normalizeArabic(filters.to);
    // A year or a month compares by its length: to:2025 takes all of 2025.
    if (from && (!doc.date || doc.date.slice(0, from.length) < from)) return false;
    if (to && (!doc.date || doc.date.slice(0, to.length) > to)) return false;
    return true;
  }

  #hit(docNum: number, score: number, expansions: Map<string, number>[][]): SearchHit {
    const doc = this.docs[docNum]!;
    const text = this.texts.text(docNum);
    const { ranges, complete } = matchRanges(text, expansions);
    return {
      docId: doc.id,
      title: doc.title,
      outlet: doc.outlet,
      date: doc.date,
      score: Math.round(score * 1000) / 1000,
      matchCount: complete ? ranges.length : Math.max(ranges.length, this.#occurrences(docNum, expansions)),
      snippets: snippetsFor(text, ranges),
    };
  }
}

// --- helpers -------------------------------------------------------------------

/** Binary search for a value in sorted[from, to). */
function containsIn(sorted: ArrayLike<number>, from: number, to: number, value: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && sorted[lo] === value;
}

/** The words indexed for a document: its text, and its title when the text doesn't begin with it. */
function withTitle(title: string, normalizedText: string): string {
  const normalizedTitle = normalizeArabic(title).replace(/…$/, '');
  return normalizedText.startsWith(normalizedTitle) ? normalizedText : `${normalizedTitle}\n${normalizedText}`;
}

/** The best k items without sorting them all. */
/** Which page of the ranked results, in which order. */
export interface SearchPage {
  limit: number;
  offset: number;
  sort: 'relevance' | 'date' | 'outlet';
}

function topK(items: number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return items.sort(compare).slice(0, k);
  const top: number[] = [];
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1]!) >= 0) continue;
    let i = top.length - (top.length === k ? 1 : 0);
    if (top.length < k) top.push(item);
    while (i > 0 && compare(item, top[i - 1]!) < 0) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = item;
  }
  return top;
}

function emptySegment(): CompactSegment {
  return {
    terms: [],
    termStart: new Uint32Array(1),
    postDoc: new Uint32Array(0),
    postTf: new Uint32Array(0),
    postPos: new Uint32Array(1),
    positions: new Uint32Array(0),
  };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Two passes over typed arrays: count each term's postings and positions, then
 * fill them in place. Terms are numbered in sorted order, so prefixes are a range.
 */
function buildCompact(docs: (string | string[])[]): { segment: CompactSegment; docLen: number[] } {
  const dictionary = new TermDictionary();
  const docTerms: Int32Array[] = [];
  for (const doc of docs)
    docTerms.push(typeof doc === 'string' ? dictionary.termIdsOf(doc) : Int32Array.from(doc, (t) => dictionary.idOf(t)));
  const ids = dictionary.terms;
  const terms = [...ids].sort();
  const rank = new Int32Array(ids.length);
  const order = new Map(terms.map((term, r) => [term, r]));
  ids.forEach((term, id) => (rank[id] = order.get(term)!));
  const termCount = terms.length;
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
  const termStart = new Uint32Array(termCount + 1);
  const positionStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    termStart[t + 1] = termStart[t]! + df[t]!;
    positionStart[t + 1] = positionStart[t]! + positionsPerTerm[t]!;
  }
  const postingCount = termStart[termCount]!;
  const postDoc = new Uint32Array(postingCount);
  const postTf = new Uint32Array(postingCount);
  const postPos = new Uint32Array(postingCount + 1);
  const positions = new Uint32Array(positionStart[termCount]!);
  const nextPosting = termStart.slice(0, termCount);
  const nextPosition = positionStart.slice(0, termCount);
  lastDoc.fill(-1);
  const docLen: number[] = [];
  docTerms.forEach((row, doc) => {
    docLen.push(row.length);
    for (let i = 0; i < row.length; i++) {
      const t = row[i]!;
      if (lastDoc[t] !== doc) {
        lastDoc[t] = doc;
        const p = nextPosting[t]!++;
        postDoc[p] = doc;
        postPos[p] = nextPosition[t]!;
      }
      postTf[nextPosting[t]! - 1]!++;
      positions[nextPosition[t]!++] = i;
    }
  });
  postPos[postingCount] = positions.length;
  return { segment: { terms, termStart, postDoc, postTf, postPos, positions }, docLen };
}

/**
 * Term ids for normalised text without making a string per word: an open-addressing hash table
 * over the words' char codes, compared in place. (Indexing 10,000 articles makes ~4 million words;
 * a substring for each was most of the build's garbage.)
 */
class TermDictionary {
  readonly terms: string[] = [];
  #slots = new Int32Array(1 << 16).fill(-1);
  #hashes: number[] = [];

  idOf(term: string): number {
    return this.#find(term, 0, term.length);
  }

  termIdsOf(norm: string): Int32Array {
    const ids: number[] = [];
    eachWord(norm, (start, end) => ids.push(this.#find(norm, start, end)));
    return Int32Array.from(ids);
  }

  #find(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash >>>= 0;
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.#slots[slot]!;
      if (id < 0) {
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

const SCAN_WINDOW = 16_384;
const MAX_RANGES = 40;

/**
 * Where the query's words and phrases (as expanded terms) occur in a text, as original-text
 * ranges. Long documents are scanned a window at a time, stopping once there are enough for
 * snippets (`complete` says whether every match was found).
 */
export function matchRanges(
  text: string,
  expansions: Map<string, number>[][],
): { ranges: { start: number; end: number }[]; complete: boolean } {
  const ranges: { start: number; end: number }[] = [];
  let base = 0;
  while (base < text.length) {
    let end = Math.min(text.length, base + SCAN_WINDOW);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > base) end = space;
    }
    const tokens = tokenize(text.slice(base, end));
    for (const group of expansions) {
      for (let i = 0; i + group.length <= tokens.length; i++) {
        if (group.every((expansion, k) => expansion.has(tokens[i + k]!.norm))) {
          ranges.push({ start: base + tokens[i]!.start, end: base + tokens[i + group.length - 1]!.end });
        }
      }
    }
    base = end;
    if (ranges.length >= MAX_RANGES && base < text.length) break;
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ranges: ranges.filter((r, i) => i === 0 || r.start >= ranges[i - 1]!.end), complete: base >= text.length };
}

/** Up to two windows of the text around the densest clusters of matches. */
export function snippetsFor(text: string, ranges: { start: number; end: number }[], count = 2): Snippet[] {
  const snippets: Snippet[] = [];
  let remaining = ranges;
  while (snippets.length < count && remaining.length) {
    // The window starting at each match; keep the one holding the most matches.
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < remaining.length; i++) {
      let c = 0;
      while (i + c < remaining.length && remaining[i + c]!.end - remaining[i]!.start <= SNIPPET_CHARS - 40) c++;
      if (c > bestCount) {
        best = i;
        bestCount = c;
      }
    }
    const anchor = remaining[best]!;
    let start = Math.max(0, anchor.start - 50);
    // A long phrase match stays whole inside its snippet.
    let end = Math.min(text.length, Math.max(start + SNIPPET_CHARS, anchor.end + 20));
    // Snap to word boundaries so no word is cut in half.
    if (start > 0) {
      const space = text.lastIndexOf(' ', anchor.start - 1);
      start = space >= start - 20 && space >= 0 ? space + 1 : start;
      start = Math.min(start, anchor.start);
    }
    if (end < text.length) {
      const space = text.indexOf(' ', end);
      if (space !== -1 && space - end < 20) end = space;
    }
    const inside = remaining.filter((r) => r.start >= start && r.end <= end);
    snippets.push({
      text: text.slice(start, end).replace(/\s/g, ' '),
      start,
      matches: inside.map((r) => ({ start: r.start - start, end: r.end - start })),
    });
    remaining = remaining.filter((r) => r.end <= start || r.start >= end);
  }
  return snippets.sort((a, b) => a.start - b.start);
}
