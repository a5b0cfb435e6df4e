// How much a shared term says: its inverse document frequency. The library's
// index knows it best (a word in every article says nothing); when no index is at
// hand (tests, the CLI, a document not yet indexed), localWeights counts the
// passages of the documents being compared instead.
import { analyseDocument, type AnalysedDocument, type ComparableDocument } from './passages';

export interface TermWeights {
  /** Weight of a term key (see termKeys, numberKey): higher for rarer terms, never negative. */
  idf(term: string): number;
}

/** What an unknown term weighs relative to the rarest known one is the caller's choice; this is the floor. */
export const IDF_FLOOR = 0.1;

/** Smoothed IDF from document frequencies: log(1 + N / (df + 0.5)), at least the floor. */
export function idfOf(documentFrequency: number, documents: number): number {
  return Math.max(IDF_FLOOR, Math.log(1 + documents / (documentFrequency + 0.5)));
}

/** IDF counted over the passages of the documents being compared (matchPassages knows not to count them twice). */
export class PassageWeights implements TermWeights {
  constructor(readonly idf: (term: string) => number) {}
}

/** IDF over the passages of the given documents (each passage counts as one document). */
export function localWeights(docs: (ComparableDocument | AnalysedDocument)[]): PassageWeights {
  const df = new Map<string, number>();
  let count = 0;
  for (const doc of docs) {
    const analysed = 'passages' in doc ? doc : analyseDocument(doc);
    for (const passage of analysed.passages) {
      count++;
      const seen = new Set<string>();
      for (const term of passage.terms) for (const key of term.keys) seen.add(key);
      for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1);
    }
  }
  // With a handful of passages IDF separates little; a floor of two passages keeps one-off words from dominating.
  const documents = Math.max(count, 2);
  return new PassageWeights((term) => idfOf(Math.max(df.get(term) ?? 0, 1), documents));
}

/** The same weights, each term's looked up once (a comparison asks for the same terms many times). */
export function memoized(weights: TermWeights): TermWeights {
  const seen = new Map<string, number>();
  return {
    idf: (term) => {
      let value = seen.get(term);
      if (value === undefined) seen.set(term, (value = weights.idf(term)));
      return value;
    },
  };
}
