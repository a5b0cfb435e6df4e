// "Similar reports" for a document: the library's documents that share its
// weighted terms, and the copies of the same agency story among them. Each
// document is kept as a compact signature: its top terms by TF-IDF (a sparse,
// normalised vector) and a MinHash of its word shingles; an inverted list over
// the signatures answers a query by touching only documents that share a top
// term. Everything lives in typed arrays (see SimilarIndexData), so the index can
// be saved and loaded as buffers, as the search index is.
import { type Term, analyse } from '../../shared/compare/terms';
import { idfOf, type TermWeights } from '../../shared/compare/weights';
import { diffKey, NEAR_DUPLICATE_JACCARD, shingles } from '../../shared/compare/wire-diff';
import { candidatePairs, estimatedJaccard, MINHASH_SIZE, minhashInto } from './minhash';

export interface SimilarSource {
  id: string;
  text: string;
}

export interface SimilarHit {
  docId: string;
  /** Cosine of the two documents' top-term vectors, 0–1. */
  score: number;
  /** A copy of the same story (estimated shingle overlap at least NEAR_DUPLICATE_JACCARD). */
  nearDuplicate: boolean;
}

/** Everything the index holds, as arrays that can be written and read back without parsing. */
export interface SimilarIndexData {
  ids: string[];
  /** Term keys (see termKeys) and how many documents hold each. */
  terms: string[];
  documentFrequency: Uint32Array;
  /** Document d's signature is termIds/weights[offsets[d] .. offsets[d + 1]). */
  offsets: Uint32Array;
  termIds: Uint32Array;
  weights: Float32Array;
  /** MINHASH_SIZE values per document. */
  minhash: Uint32Array;
  /** Documents too short to have a shingle (never near-duplicates). */
  empty: Uint8Array;
  /**
   * The inverted lists: term t's documents and weights are postingDocs/postingWeights[postingOffsets[t] ..
   * postingOffsets[t + 1]). Derived from the signatures (computed when absent), but kept so that loading
   * a saved index doesn't spend ~50 ms rebuilding them.
   */
  postingOffsets?: Uint32Array;
  postingDocs?: Uint32Array;
  postingWeights?: Float32Array;
}

type Postings = Required<Pick<SimilarIndexData, 'postingOffsets' | 'postingDocs' | 'postingWeights'>>;

/** The inverted lists' offsets (counts, summed) and empty lists to fill (see fillPostings). */
function startPostings(termCount: number, termIds: ArrayLike<number>, length: number): Postings {
  const counts = new Uint32Array(termCount + 1);
  for (let k = 0; k < length; k++) counts[termIds[k]! + 1]!++;
  for (let t = 0; t < termCount; t++) counts[t + 1]! += counts[t]!;
  return { postingOffsets: counts, postingDocs: new Uint32Array(length), postingWeights: new Float32Array(length) };
}

/** Fills documents [from, to)'s entries; `fill` is where each term's next entry goes (from postingOffsets). */
function fillPostings(
  postings: Postings,
  fill: Uint32Array,
  signatures: Pick<SimilarIndexData, 'offsets' | 'termIds' | 'weights'>,
  from: number,
  to: number,
): void {
  const { offsets, termIds, weights } = signatures;
  for (let doc = from; doc < to; doc++) {
    for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++) {
      const at = fill[termIds[k]!]!++;
      postings.postingDocs[at] = doc;
      postings.postingWeights[at] = weights[k]!;
    }
  }
}

/** Terms kept per document: enough to find its story, few enough to stay small (15,042 articles: ~8 MB). */
export const SIGNATURE_TERMS = 64;
/** Hits below this cosine share nothing worth showing. */
const MIN_SCORE = 0.05;

function contentTerms(terms: Term[]): Term[] {
  return terms.filter((t) => !t.stop);
}

/**
 * Builds an index a step at a time, so a caller can spread the work of a large library over many turns of
 * the event loop: add() every document (the costly part), then weigh() and invert() them in slices, finish().
 */
/**
 * A document's analysis (term counts and MinHash), kept by a builder made with keepAnalyses so a later
 * build can take the document without analysing its text again (see addAnalysis).
 */
export interface SimilarAnalysis {
  /** The term keys the ids point into (the builder's own table, shared). */
  readonly terms: readonly string[];
  readonly ids: Uint32Array;
  readonly counts: Uint16Array;
  readonly minhash: Uint32Array;
  readonly empty: boolean;
}

export class SimilarIndexBuilder {
  readonly #keepAnalyses: boolean;
  readonly #ids: string[] = [];
  readonly #termOf = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #df: number[] = [];
  readonly #docTerms: Uint32Array[] = [];
  readonly #docCounts: Uint16Array[] = [];
  readonly #minhashes: Uint32Array[] = [];
  readonly #empty: number[] = [];
  // The weighing pass: set by the first weigh(), after which no document may be added.
  #idf: Float64Array | null = null;
  #weighed = 0;
  #offsets = new Uint32Array(1);
  // Sized for SIGNATURE_TERMS a document (the most there can be) at the first weigh().
  #termIds = new Uint32Array(0);
  #weights = new Float32Array(0);
  // The inverting pass, after the weighing.
  #postings: Postings | null = null;
  #fill = new Uint32Array(0);
  #inverted = 0;

  /** keepAnalyses: keep every document's analysis after weighing, for analysis() (~2 KB a news article). */
  constructor(options: { keepAnalyses?: boolean } = {}) {
    this.#keepAnalyses = options.keepAnalyses ?? false;
  }

  get size(): number {
    return this.#ids.length;
  }

  /** How many documents weigh() has done. */
  get weighed(): number {
    return this.#weighed;
  }

  /** How many documents invert() has done. */
  get inverted(): number {
    return this.#inverted;
  }

  /** Analyses one document: its terms' counts and its MinHash. */
  add(source: SimilarSource): void {
    const all = analyse(source.text);
    const tf = new Map<number, number>();
    for (const term of contentTerms(all)) {
      for (const key of term.keys) {
        const id = this.#termId(key);
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
    }
    const hashes = shingles(all.map(diffKey));
    const minhash = new Uint32Array(MINHASH_SIZE);
    minhashInto(hashes, minhash, 0);
    const counts = Uint16Array.from(tf.values(), (c) => Math.min(c, 0xffff));
    this.#push(source.id, Uint32Array.from(tf.keys()), counts, minhash, hashes.size === 0 || all.length < 3);
  }

  /** Adds a document analysed by an earlier builder (a few µs, where add() takes a millisecond or more). */
  addAnalysis(id: string, analysis: SimilarAnalysis): void {
    const ids = Uint32Array.from(analysis.ids, (old) => this.#termId(analysis.terms[old]!));
    this.#push(id, ids, analysis.counts, analysis.minhash, analysis.empty);
  }

  /** Document doc's analysis (only with keepAnalyses). */
  analysis(doc: number): SimilarAnalysis {
    if (!this.#keepAnalyses) throw new Error('SimilarIndexBuilder: analyses are kept only with keepAnalyses');
    const ids = this.#docTerms[doc]!;
    const counts = this.#docCounts[doc]!;
    return { terms: this.#terms, ids, counts, minhash: this.#minhashes[doc]!, empty: this.#empty[doc] === 1 };
  }

  #termId(key: string): number {
    let id = this.#termOf.get(key);
    if (id === undefined) {
      this.#termOf.set(key, (id = this.#terms.length));
      this.#terms.push(key);
      this.#df.push(0);
    }
    return id;
  }

  #push(id: string, termIds: Uint32Array, counts: Uint16Array, minhash: Uint32Array, empty: boolean): void {
    if (this.#idf) throw new Error('SimilarIndexBuilder: a document added after weigh()');
    for (const term of termIds) this.#df[term]!++;
    this.#ids.push(id);
    this.#docTerms.push(termIds);
    this.#docCounts.push(counts);
    this.#minhashes.push(minhash);
    this.#empty.push(empty ? 1 : 0);
  }

  /** Picks the top terms of up to `count` more documents, now that the library's IDF is known. */
  weigh(count: number): void {
    const n = this.#ids.length;
    if (!this.#idf) {
      this.#idf = Float64Array.from(this.#df, (d) => idfOf(d, n));
      this.#offsets = new Uint32Array(n + 1);
      this.#termIds = new Uint32Array(n * SIGNATURE_TERMS);
      this.#weights = new Float32Array(n * SIGNATURE_TERMS);
    }
    const idf = this.#idf;
    const until = Math.min(n, this.#weighed + count);
    let at = this.#offsets[this.#weighed]!;
    for (let doc = this.#weighed; doc < until; doc++) {
      const ids = this.#docTerms[doc]!;
      const counts = this.#docCounts[doc]!;
      const scored = Array.from(ids, (id, k) => ({ id, w: (1 + Math.log(counts[k]!)) * idf[id]! }));
      scored.sort((a, b) => b.w - a.w);
      const top = scored.slice(0, SIGNATURE_TERMS).sort((a, b) => a.id - b.id);
      const norm = Math.sqrt(top.reduce((sum, t) => sum + t.w * t.w, 0)) || 1;
      for (const t of top) {
        this.#termIds[at] = t.id;
        this.#weights[at++] = t.w / norm;
      }
      this.#offsets[doc + 1] = at;
      if (!this.#keepAnalyses) {
        // The counts are done with: let them go as we go.
        this.#docTerms[doc] = EMPTY_IDS;
        this.#docCounts[doc] = EMPTY_COUNTS;
      }
    }
    this.#weighed = until;
  }

  /** Files up to `count` more documents in the inverted lists, once all are weighed. */
  invert(count: number): void {
    const n = this.#ids.length;
    if (this.#weighed < n) throw new Error('SimilarIndexBuilder: invert() before every document is weighed');
    if (!this.#postings) {
      this.#postings = startPostings(this.#terms.length, this.#termIds, this.#offsets[n]!);
      this.#fill = this.#postings.postingOffsets.slice(0, -1);
    }
    const until = Math.min(n, this.#inverted + count);
    fillPostings(this.#postings, this.#fill, this.#signatures(), this.#inverted, until);
    this.#inverted = until;
  }

  #signatures() {
    const length = this.#offsets[this.#weighed]!;
    return { offsets: this.#offsets, termIds: this.#termIds.subarray(0, length), weights: this.#weights.subarray(0, length) };
  }

  /** The index, once every document is weighed and inverted (what is left is done now). */
  finish(): SimilarIndex {
    if (this.#weighed < this.size || !this.#idf) this.weigh(this.size);
    if (this.#inverted < this.size || !this.#postings) this.invert(this.size);
    const n = this.#ids.length;
    const minhash = new Uint32Array(n * MINHASH_SIZE);
    this.#minhashes.forEach((signature, doc) => minhash.set(signature, doc * MINHASH_SIZE));
    const { termIds, weights } = this.#signatures();
    return SimilarIndex.fromData({
      ids: this.#ids,
      terms: this.#terms,
      documentFrequency: Uint32Array.from(this.#df),
      offsets: this.#offsets,
      termIds: termIds.slice(),
      weights: weights.slice(),
      minhash,
      empty: Uint8Array.from(this.#empty),
      ...this.#postings!,
    });
  }
}

const EMPTY_IDS = new Uint32Array(0);
const EMPTY_COUNTS = new Uint16Array(0);

export class SimilarIndex {
  readonly #data: SimilarIndexData;
  readonly #docOf = new Map<string, number>();
  readonly #termOf = new Map<string, number>();
  // Inverted lists over the signatures: term t's documents are postingDocs[postingOffsets[t] .. postingOffsets[t + 1]).
  readonly #postingOffsets: Uint32Array;
  readonly #postingDocs: Uint32Array;
  readonly #postingWeights: Float32Array;
  readonly #scores: Float32Array;

  private constructor(data: SimilarIndexData) {
    data.ids.forEach((id, doc) => this.#docOf.set(id, doc));
    data.terms.forEach((term, id) => this.#termOf.set(term, id));
    let postings: Postings;
    if (data.postingOffsets && data.postingDocs && data.postingWeights) {
      postings = { postingOffsets: data.postingOffsets, postingDocs: data.postingDocs, postingWeights: data.postingWeights };
    } else {
      postings = startPostings(data.terms.length, data.termIds, data.termIds.length);
      fillPostings(postings, postings.postingOffsets.slice(0, -1), data, 0, data.ids.length);
    }
    this.#data = { ...data, ...postings };
    this.#postingOffsets = postings.postingOffsets;
    this.#postingDocs = postings.postingDocs;
    this.#postingWeights = postings.postingWeights;
    this.#scores = new Float32Array(data.ids.length);
  }

  /** Builds the index from documents' texts at once (~1.3 ms a news article; see SimilarIndexBuilder to build in steps). */
  static build(sources: Iterable<SimilarSource>): SimilarIndex {
    const builder = new SimilarIndexBuilder();
    for (const source of sources) builder.add(source);
    return builder.finish();
  }

  /** An index from arrays saved earlier (see data()). */
  static fromData(data: SimilarIndexData): SimilarIndex {
    return new SimilarIndex(data);
  }

  /** The arrays to save. */
  data(): SimilarIndexData {
    return this.#data;
  }

  get size(): number {
    return this.#data.ids.length;
  }

  /** The library's IDF, for matching passages (see matchPassages); an unknown term weighs as the rarest. */
  weights(): TermWeights {
    const n = this.#data.ids.length;
    return {
      idf: (term) => {
        const id = this.#termOf.get(term);
        return idfOf(id === undefined ? 0 : this.#data.documentFrequency[id]!, n);
      },
    };
  }

  /** The documents most like docId, best first ([] for an unknown id). */
  similar(docId: string, limit = 10): SimilarHit[] {
    const doc = this.#docOf.get(docId);
    if (doc === undefined) return [];
    const { offsets, termIds, weights } = this.#data;
    const scores = this.#scores;
    const touched: number[] = [];
    for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++) {
      const term = termIds[k]!;
      const w = weights[k]!;
      for (let p = this.#postingOffsets[term]!; p < this.#postingOffsets[term + 1]!; p++) {
        const other = this.#postingDocs[p]!;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += w * this.#postingWeights[p]!;
      }
    }
    const hits: { doc: number; score: number }[] = [];
    for (const other of touched) {
      const score = scores[other]!;
      scores[other] = 0;
      if (other !== doc && score >= MIN_SCORE) hits.push({ doc: other, score });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit).map((hit) => ({
      docId: this.#data.ids[hit.doc]!,
      score: Math.min(1, hit.score),
      nearDuplicate: this.#nearDuplicate(doc, hit.doc),
    }));
  }

  #nearDuplicate(a: number, b: number): boolean {
    const { minhash, empty } = this.#data;
    return !empty[a] && !empty[b] && estimatedJaccard(minhash, a, b) >= NEAR_DUPLICATE_JACCARD;
  }

  /** Groups of copies of one story (two documents or more each), largest first. */
  nearDuplicateGroups(): string[][] {
    const { minhash, empty, ids } = this.#data;
    const parent = Int32Array.from(ids, (_, i) => i);
    const root = (x: number): number => {
      while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
      return x;
    };
    for (const [a, b] of candidatePairs(minhash, ids.length, (doc) => empty[doc] === 1)) {
      if (estimatedJaccard(minhash, a, b) >= NEAR_DUPLICATE_JACCARD) parent[root(a)] = root(b);
    }
    const groups = new Map<number, string[]>();
    ids.forEach((id, doc) => {
      const r = root(doc);
      const group = groups.get(r);
      if (group) group.push(id);
      else groups.set(r, [id]);
    });
    return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => b.length - a.length);
  }
}
