// A purpose-built inverted index for Arabic-aware full-text search: normalised
// terms, positions for phrases, BM25 with a title boost, a sorted term
// dictionary for prefixes, and stem / spelling-variant keys for light stemming.
// Two segments: a compact one (packed and compressed, see segment.ts: loaded from
// the cache file as it is, searched in place) and a small live one in Maps for
// documents added since; merging folds the live one into a new compact segment.
import type { ParsedQuery, QueryTerm, SearchFilters } from '../../shared/search/query';
import { skeleton, stem, stemKeys } from '../../shared/search/stem';
import { normalizeArabic } from '../../shared/arabic';
import { words, wordsOfNormalized } from '../../shared/search/tokenize';
import type { Language, SearchHit } from '../../shared/types';
import { buildSegment, type SegmentSource } from './build-segment';
import { buildSegmentOffThread } from './segment-thread';
import { withTitle, type DocTerms } from './doc-terms';
import { matchRanges, snippetsFor } from './snippets';
import { emptySegment, SegmentReader, SegmentWriter, STEM_KEY, VARIANT_KEY, type CompactSegment } from './segment';
import { PhraseMatcher } from './phrase-matcher';
import { QueryScratch } from './query-scratch';
import { ResultOrder } from './result-order';

export interface IndexedDoc {
  id: string;
  title: string;
  outlet?: string;
  date?: string;
  lang: Language;
  folder?: string;
  fingerprint: string;
}

/** A document to build an index of: its text, or its terms as a parse worker found them. */
export type BuildEntry = { doc: IndexedDoc; text: string; terms?: DocTerms } | { doc: IndexedDoc; terms: DocTerms };

function segmentSources(entries: readonly BuildEntry[]): SegmentSource[] {
  return entries.map((e) =>
    'text' in e && !e.terms
      ? { normalized: withTitle(e.doc.title, normalizeArabic(e.text)), titleWords: [...new Set(words(e.doc.title))] }
      : e.terms!,
  );
}

export interface TextSource {
  text(docNum: number): string;
}

/** Which page of the ranked results, in which order. */
export interface SearchPage {
  limit: number;
  offset: number;
  sort: 'relevance' | 'date' | 'outlet';
}

/** A query word's index terms, each with its tier (0 exact, 1 stem/prefix, 2 variant). */
type Expansion = Map<string, number>;

const K1 = 1.2;
const B = 0.75;
const TITLE_BOOST = 1.5;
/** Exact words count fully, stems and prefixes less, loose spelling variants least. */
const TIER_WEIGHT = [1, 0.5, 0.25];
/** A document holding the word exactly as asked ranks above one holding only other forms of it. */
const EXACT_BONUS = 0.6;
const MAX_PREFIX_TERMS = 50;

export class SearchIndex {
  readonly docs: IndexedDoc[] = [];
  readonly docLen: number[] = [];
  readonly alive: boolean[] = [];
  readonly byId = new Map<string, number>();
  #compact: CompactSegment;
  #reader: SegmentReader;
  #live = new Map<string, Map<number, number[]>>();
  #liveDocs = new Set<number>();
  #liveTitles = new Map<number, Set<string>>();
  /** Stem and variant keys (as in the segment, kind first) of words only the live segment has. */
  #liveKeys = new Map<string, Set<string>>();
  #totalLen = 0;
  #aliveCount = 0;
  #order = new ResultOrder(this.docs);
  #phrases = new PhraseMatcher(this.docLen);
  #scratch = new QueryScratch();

  constructor(
    compact: CompactSegment | null,
    docs: IndexedDoc[],
    private texts: TextSource,
  ) {
    this.#compact = compact ?? emptySegment();
    this.#reader = new SegmentReader(this.#compact);
    const docLen = this.#compact.docLen;
    docs.forEach((doc, docNum) => this.#registerDoc(doc, docLen[docNum] ?? 0, docNum));
  }

  /** Builds the compact segment for these documents in one go (their terms as a parse worker found them, if given). */
  static build(entries: readonly BuildEntry[]): SearchIndex {
    return SearchIndex.#of(entries)(buildSegment(segmentSources(entries)));
  }

  /**
   * As build, the segment built in a worker thread (the caller's thread goes on answering). The
   * entries are read before it returns: the caller may let them go while the build runs.
   */
  static buildOffThread(entries: readonly BuildEntry[]): Promise<SearchIndex> {
    const index = SearchIndex.#of(entries);
    return buildSegmentOffThread(segmentSources(entries)).then(index);
  }

  /** The index of these documents, once their segment is built. */
  static #of(entries: readonly BuildEntry[]): (segment: CompactSegment) => SearchIndex {
    const texts = entries.map((e) => ('text' in e ? e.text : ''));
    const docs = entries.map((e) => e.doc);
    return (segment) => new SearchIndex(segment, docs, { text: (docNum) => texts[docNum] ?? '' });
  }

  get size(): number {
    return this.#aliveCount;
  }

  get liveCount(): number {
    return this.#liveDocs.size;
  }

  /** Documents removed or replaced since the compact segment was written (merging drops them). */
  get deadCount(): number {
    return this.docs.length - this.#aliveCount;
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
    this.alive[docNum] = true;
    const previous = this.byId.get(doc.id);
    if (previous !== undefined) this.#kill(previous);
    this.byId.set(doc.id, docNum);
    this.#totalLen += length;
    this.#aliveCount++;
    this.#order.changed();
  }

  #kill(docNum: number): void {
    if (!this.alive[docNum]) return;
    this.alive[docNum] = false;
    this.#totalLen -= this.docLen[docNum] ?? 0;
    this.#aliveCount--;
    this.#liveDocs.delete(docNum);
  }

  /** Adds or replaces one document (into the live segment). */
  upsert(doc: IndexedDoc, text: string, remember: (docNum: number, text: string) => void): void {
    const docNum = this.docs.length;
    const tokens = wordsOfNormalized(withTitle(doc.title, normalizeArabic(text)));
    tokens.forEach((term, position) => {
      let byDoc = this.#live.get(term);
      if (!byDoc) {
        this.#live.set(term, (byDoc = new Map()));
        if (this.#compact.terms.find(term) < 0) {
          for (const key of stemKeys(term)) addTo(this.#liveKeys, STEM_KEY + key, term);
          addTo(this.#liveKeys, VARIANT_KEY + skeleton(stem(term)), term);
        }
      }
      const list = byDoc.get(docNum);
      if (list) list.push(position);
      else byDoc.set(docNum, [position]);
    });
    this.#liveTitles.set(docNum, new Set(words(doc.title)));
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

  /** Compact-segment ids of the words expand() found lately (so postings need no second look-up). */
  #termIds = new Map<string, number>();

  /** The index's terms that a query term matches, each with its tier (0 exact, 1 stem/prefix, 2 variant). */
  expand(term: QueryTerm, stemming: boolean): Expansion {
    const found: Expansion = new Map();
    const add = (t: string, tier: number) => {
      const known = found.get(t);
      if (known === undefined || tier < known) found.set(t, tier);
    };
    const terms = this.#compact.terms;
    if (this.#termIds.size > 5000) this.#termIds.clear();
    const addId = (id: number, tier: number) => {
      const word = terms.word(id);
      this.#termIds.set(word, id);
      add(word, tier);
    };
    const exact = terms.find(term.norm);
    if (exact >= 0) addId(exact, 0);
    else if (this.#live.has(term.norm)) add(term.norm, 0);
    if (term.prefix) {
      for (const id of this.#commonest(...terms.prefixRange(term.norm))) addId(id, 1);
      for (const t of this.#live.keys()) if (t.startsWith(term.norm)) add(t, 1);
    }
    if (stemming) {
      const keyed = (key: string, tier: number) => {
        for (const id of this.#reader.keyed(key)) addId(id, tier);
        for (const t of this.#liveKeys.get(key) ?? []) add(t, tier);
      };
      for (const key of term.stems) keyed(STEM_KEY + key, 1);
      if (term.skeleton.length >= 3) keyed(VARIANT_KEY + term.skeleton, 2);
    }
    return found;
  }

  /** Every word of [from, to); when there are very many, the most frequent ones (so common words are never dropped). */
  #commonest(from: number, to: number): Iterable<number> {
    const count = to - from;
    if (count <= MAX_PREFIX_TERMS) return Array.from({ length: count }, (_, k) => from + k);
    const weights = new Uint32Array(count);
    for (let k = 0; k < count; k++) weights[k] = this.#reader.weight(from + k);
    const threshold = weights.slice().sort()[count - MAX_PREFIX_TERMS]!;
    const ids: number[] = [];
    for (let k = 0; k < count; k++) if (weights[k]! > threshold) ids.push(from + k);
    for (let k = 0; k < count && ids.length < MAX_PREFIX_TERMS; k++) if (weights[k] === threshold) ids.push(from + k);
    return ids;
  }

  search(query: ParsedQuery, page: Partial<SearchPage> = {}): { hits: SearchHit[]; total: number } {
    const { limit = 20, offset = 0, sort = 'relevance' } = page;
    if (!query.groups.length) return this.#filterOnly(query, limit, offset, sort);
    // Each query word, expanded once to the index's terms it matches (with their tiers).
    const expansions = query.groups.map((group) => group.map((term) => this.expand(term, query.stemming)));
    const n = this.docs.length;
    const { score, tf, matched: matchedGroups, inTitle, exact, touched: buffer } = this.#scratch.take(n);
    const avgLen = this.#aliveCount ? this.#totalLen / this.#aliveCount : 1;
    let touched: Int32Array = new Int32Array(0);
    for (const [g, group] of expansions.entries()) {
      touched =
        group.length === 1
          ? this.#wordTf(group[0]!, matchedGroups, g, tf, exact, inTitle, buffer)
          : this.#phraseTf(group, matchedGroups, g, tf, inTitle, buffer);
      const df = touched.length;
      if (!df) return { hits: [], total: 0 };
      const idf = Math.log(1 + (this.#aliveCount - df + 0.5) / (df + 0.5));
      for (const doc of touched) {
        const f = tf[doc]!;
        tf[doc] = 0;
        matchedGroups[doc] = g + 1;
        const norm = 1 - B + (B * (this.docLen[doc] ?? 0)) / avgLen;
        score[doc]! += idf * ((f * (K1 + 1)) / (f + K1 * norm));
        if (inTitle[doc] === group.length) score[doc]! += TITLE_BOOST * idf;
        if (exact[doc]) score[doc]! += EXACT_BONUS * idf;
        inTitle[doc] = 0;
        exact[doc] = 0;
      }
    }
    const excluded = new Set<number>();
    for (const group of query.excluded) {
      const expanded = group.map((term) => this.expand({ ...term, prefix: false }, query.stemming));
      if (expanded.length === 1) {
        for (const t of expanded[0]!.keys()) this.#eachPosting(t, (doc) => excluded.add(doc));
      } else {
        const none = new Uint16Array(n);
        for (const doc of this.#phraseTf(expanded, none, 0, new Float64Array(n), new Uint8Array(n), new Int32Array(n)))
          excluded.add(doc);
      }
    }
    // The last group's documents are exactly those that matched every group.
    const filter = anyFilter(query.filters) ? this.#filter(query.filters) : null;
    // Most queries have neither filters nor excluded words: then every touched document is a candidate.
    const candidates =
      filter || excluded.size ? touched.filter((doc) => !excluded.has(doc) && (!filter || filter(doc))) : touched;
    const top = this.#order.page(candidates, score, sort, offset, limit);
    const hits = top.map((doc) => this.#hit(doc, score[doc]!, expansions));
    return { hits, total: candidates.length };
  }

  /** A query of filters alone: every live document that passes them, newest first, or by outlet and newest first within one (no snippets). */
  #filterOnly(query: ParsedQuery, limit: number, offset: number, sort: SearchPage['sort']): { hits: SearchHit[]; total: number } {
    if (!anyFilter(query.filters)) return { hits: [], total: 0 };
    const filter = this.#filter(query.filters);
    const candidates: number[] = [];
    for (let doc = 0; doc < this.docs.length; doc++) if (this.alive[doc] && filter(doc)) candidates.push(doc);
    const top = this.#order.page(candidates, null, sort, offset, limit);
    return { hits: top.map((doc) => this.#hit(doc, 0, [])), total: candidates.length };
  }

  /** Calls back per live posting of a term (compact segment, then live one): document, count (positions not read). */
  #eachPosting(term: string, visit: (doc: number, tf: number) => void): void {
    const id = this.#termIds.get(term) ?? this.#compact.terms.find(term);
    if (id >= 0) this.#reader.eachPosting(id, (doc, tf) => this.alive[doc] && visit(doc, tf));
    for (const [doc, positions] of this.#live.get(term) ?? NO_POSTINGS) if (this.alive[doc]) visit(doc, positions.length);
  }

  /** Adds each document's frequency of one word (its variants weighted by tier) into tf; returns the documents touched. */
  #wordTf(
    expansion: Expansion,
    matched: Uint16Array,
    group: number,
    tf: Float64Array,
    exact: Uint8Array,
    inTitle: Uint8Array,
    touched: Int32Array,
  ): Int32Array {
    // At most one entry per document: a typed array filled in place, not an array grown by pushes.
    let count = 0;
    const alive = this.alive;
    // With no document removed or replaced since the compact segment was written, every posting is live.
    const anyDead = this.deadCount > 0;
    for (const [t, tier] of expansion) {
      const weight = TIER_WEIGHT[tier]!;
      const add = (doc: number, f: number, titled: boolean) => {
        if (matched[doc] !== group || (anyDead && !alive[doc])) return;
        if (tf[doc] === 0) touched[count++] = doc;
        tf[doc]! += f * weight;
        if (tier === 0) exact[doc] = 1;
        if (titled) inTitle[doc] = 1;
      };
      // Straight from the postings (the hot loop of most queries), then the live segment.
      const id = this.#termIds.get(t) ?? this.#compact.terms.find(t);
      if (id >= 0) this.#reader.eachPosting(id, add);
      for (const [doc, positions] of this.#live.get(t) ?? NO_POSTINGS)
        add(doc, positions.length, this.#liveTitles.get(doc)?.has(t) ?? false);
    }
    return touched.subarray(0, count);
  }

  /**
   * Phrase occurrences per document: first the documents holding every word (postings only), then
   * the positions of just those, word by word (see PhraseMatcher). inTitle counts the words the
   * title holds.
   */
  #phraseTf(
    group: Expansion[],
    matched: Uint16Array,
    g: number,
    tf: Float64Array,
    inTitle: Uint8Array,
    touched: Int32Array,
  ): Int32Array {
    const words = group.length;
    const present = this.#scratch.present.fill(0, 0, this.docs.length);
    const alive = this.alive;
    group.forEach((expansion, k) => {
      const mark = (doc: number) => {
        if (present[doc] === k && matched[doc] === g && alive[doc]) present[doc] = k + 1;
      };
      for (const t of expansion.keys()) {
        const id = this.#termIds.get(t) ?? this.#compact.terms.find(t);
        if (id >= 0) this.#reader.eachPosting(id, mark);
        for (const doc of this.#live.get(t)?.keys() ?? []) mark(doc);
      }
    });
    // Only documents alive and matching so far are present (so postings need no other check).
    const wanted = (doc: number) => present[doc] === words;
    return this.#phrases.count(
      words,
      (k, visit) => {
        for (const t of group[k]!.keys()) {
          const id = this.#termIds.get(t) ?? this.#compact.terms.find(t);
          if (id >= 0) this.#reader.eachPositions(id, wanted, visit);
          for (const [doc, positions] of this.#live.get(t) ?? NO_POSTINGS)
            if (wanted(doc)) visit(doc, positions, positions.length, this.#liveTitles.get(doc)?.has(t) ?? false);
        }
      },
      tf,
      inTitle,
      touched,
    );
  }

  /** How often the query's single words occur in a document, from the index (for long documents). */
  #occurrences(docNum: number, expansions: Expansion[][]): number {
    let count = 0;
    for (const group of expansions) {
      if (group.length !== 1) continue;
      for (const t of group[0]!.keys()) this.#eachPosting(t, (doc, tf) => doc === docNum && (count += tf));
    }
    return count;
  }

  #filter(filters: SearchFilters): (doc: number) => boolean {
    const outlet = filters.outlet && normalizeArabic(filters.outlet);
    const from = filters.from && normalizeArabic(filters.from);
    const to = filters.to && normalizeArabic(filters.to);
    return (docNum) => {
      const doc = this.docs[docNum]!;
      if (filters.lang && doc.lang !== filters.lang) return false;
      // Filter values fold like everything else (الجزيره = الجزيرة, ٢٠٢٥ = 2025).
      if (outlet && !this.#order.foldedOutlet(docNum).includes(outlet)) return false;
      if (filters.folder && !(doc.folder ?? '').includes(filters.folder)) return false;
      // A year or a month compares by its length: to:2025 takes all of 2025.
      if (from && (!doc.date || doc.date.slice(0, from.length) < from)) return false;
      if (to && (!doc.date || doc.date.slice(0, to.length) > to)) return false;
      return true;
    };
  }

  #hit(docNum: number, score: number, expansions: Expansion[][]): SearchHit {
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

  // --- merging ----------------------------------------------------------------

  /**
   * Both segments folded into one compact segment of the live documents (removed and replaced ones
   * dropped), with `from`: each new document number's number here. Postings are copied, not re-read
   * from the texts.
   */
  merged(): { segment: CompactSegment; docs: IndexedDoc[]; from: number[] } {
    const from: number[] = [];
    const renumber = new Int32Array(this.docs.length).fill(-1);
    for (let doc = 0; doc < this.docs.length; doc++) {
      if (!this.alive[doc]) continue;
      renumber[doc] = from.length;
      from.push(doc);
    }
    const writer = new SegmentWriter(Uint32Array.from(from, (doc) => this.docLen[doc]!));
    const terms = this.#compact.terms;
    const liveTerms = [...this.#live.keys()].sort();
    let next = 0;
    const writeLive = (term: string) => {
      for (const [doc, positions] of this.#live.get(term)!) {
        if (this.alive[doc]) writer.posting(renumber[doc]!, this.#liveTitles.get(doc)?.has(term) ?? false, positions);
      }
    };
    for (let id = 0; id < terms.count; id++) {
      const term = terms.word(id);
      while (next < liveTerms.length && liveTerms[next]! < term) {
        writer.word(liveTerms[next]!);
        writeLive(liveTerms[next++]!);
      }
      writer.word(term);
      this.#reader.eachPositions(
        id,
        (doc) => this.alive[doc]!,
        (doc, positions, tf, inTitle) => writer.posting(renumber[doc]!, inTitle, positions.subarray(0, tf)),
      );
      if (liveTerms[next] === term) writeLive(liveTerms[next++]!);
    }
    for (; next < liveTerms.length; next++) {
      writer.word(liveTerms[next]!);
      writeLive(liveTerms[next]!);
    }
    return { segment: writer.finish(), docs: from.map((doc) => this.docs[doc]!), from };
  }
}

// --- helpers -------------------------------------------------------------------

const NO_POSTINGS = new Map<number, number[]>();

function anyFilter(f: SearchFilters): boolean {
  return Boolean(f.outlet || f.lang || f.folder || f.from || f.to);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
