// Building a compact segment from texts in one go: words numbered through a hash
// table over the text's char codes (no string per occurrence), counted, laid out per
// word in typed arrays, then written word by word in sorted order (see segment.ts).
import type { DocTerms } from './doc-terms';
import { SegmentWriter, type CompactSegment } from './segment';
import { TermDictionary } from './term-dictionary';

/**
 * A document to index: its normalised words' text (title included) and its title's words, or its
 * terms as a parse worker found them (see doc-terms.ts), which the build spends: their ids are
 * renumbered in place.
 */
export type SegmentSource = { normalized: string; titleWords: readonly string[] } | DocTerms;

export function buildSegment(docs: readonly SegmentSource[]): CompactSegment {
  const dictionary = new TermDictionary();
  const vocabularies = new VocabularyIds(dictionary);
  const docTerms = docs.map((doc) => ('ids' in doc ? vocabularies.termIdsOf(doc) : dictionary.termIdsOf(doc.normalized)));
  const ids = dictionary.terms;
  const order = ids.map((_, id) => id).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  const rank = new Int32Array(ids.length);
  order.forEach((id, r) => (rank[id] = r));
  const termCount = ids.length;
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
  // Postings and positions in CSR form, by word: filled in document order.
  const termStart = new Uint32Array(termCount + 1);
  const positionStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    termStart[t + 1] = termStart[t]! + df[t]!;
    positionStart[t + 1] = positionStart[t]! + positionsPerTerm[t]!;
  }
  const postingCount = termStart[termCount]!;
  const postDoc = new Uint32Array(postingCount);
  const postTitle = new Uint8Array(postingCount);
  const postPos = new Uint32Array(postingCount + 1);
  const positions = new Uint32Array(positionStart[termCount]!);
  const nextPosting = termStart.slice(0, termCount);
  const nextPosition = positionStart.slice(0, termCount);
  const inTitle = new Uint8Array(termCount);
  lastDoc.fill(-1);
  const docLen = new Uint32Array(docs.length);
  docTerms.forEach((row, doc) => {
    docLen[doc] = row.length;
    const title = docs[doc]!.titleWords.map((w) => dictionary.find(w))
      .filter((id) => id >= 0)
      .map((id) => rank[id]!);
    for (const t of title) inTitle[t] = 1;
    for (let i = 0; i < row.length; i++) {
      const t = row[i]!;
      if (lastDoc[t] !== doc) {
        lastDoc[t] = doc;
        const p = nextPosting[t]!++;
        postDoc[p] = doc;
        postPos[p] = nextPosition[t]!;
        postTitle[p] = inTitle[t]!;
      }
      positions[nextPosition[t]!++] = i;
    }
    for (const t of title) inTitle[t] = 0;
    docTerms[doc] = EMPTY;
  });
  postPos[postingCount] = positions.length;
  const writer = new SegmentWriter(docLen);
  order.forEach((id, t) => {
    writer.word(ids[id]!);
    for (let p = termStart[t]!; p < termStart[t + 1]!; p++) {
      writer.posting(postDoc[p]!, postTitle[p] === 1, positions.subarray(postPos[p]!, postPos[p + 1]!));
    }
  });
  return writer.finish();
}

const EMPTY = new Int32Array(0);
const SPENT = new Int32Array(0);

/**
 * Word ids for documents whose words a parse worker numbered in its own vocabulary: each word of a
 * vocabulary is looked up once, then its documents' words are mapped by array, in place (the
 * DocTerms are spent: see SegmentSource).
 */
class VocabularyIds {
  #ids = new Map<readonly string[], Int32Array>();

  constructor(private readonly dictionary: TermDictionary) {}

  termIdsOf(terms: DocTerms): Int32Array {
    const { vocabulary, ids } = terms;
    // Spent: the row below is the only hold on the ids, so the build lets each go once laid out.
    terms.ids = SPENT;
    let known = this.#ids.get(vocabulary);
    if (!known || known.length < vocabulary.length) {
      const grown = new Int32Array(vocabulary.length).fill(-1);
      if (known) grown.set(known);
      this.#ids.set(vocabulary, (known = grown));
    }
    // In place: a document's terms are built into one segment, once (a copy would double the build's peak).
    for (let i = 0; i < ids.length; i++) {
      const local = ids[i]!;
      let id = known[local]!;
      if (id < 0) known[local] = id = this.dictionary.add(vocabulary[local]!);
      ids[i] = id;
    }
    return ids;
  }
}
