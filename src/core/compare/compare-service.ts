// Comparing two documents of the library: passages matched by what they say (or by
// length for a text and its translation), what differs, a word diff for copies of
// one story, and the library's other reports of the same story. The pure engine is
// in shared/compare; this service feeds it documents, the user's pins and the
// library's term weights, and shapes the answers the contract promises.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Comparison, Difference, DifferenceSite, SimilarDocument, WordDiff } from '../../shared/comparison';
import { UserError } from '../../shared/errors';
import { findDifferences, type Location } from '../../shared/compare/differences';
import { matchPassages } from '../../shared/compare/match';
import { analyseDocument } from '../../shared/compare/passages';
import { localWeights, type TermWeights } from '../../shared/compare/weights';
import { isNearDuplicate, wordDiff } from '../../shared/compare/wire-diff';
import type { DocumentSummary, DocumentView, PinPair } from '../../shared/types';
import { comparisonMarkdown, type ComparisonMarkdownOptions } from '../export/comparison-markdown';
import { fileNameFor } from '../export/markdown-export';
import type { SimilarIndex } from './similar-index';

/** Where the comparison gets its documents, pins and the library's similar-reports index. */
export interface CompareSources {
  document(id: string): Promise<DocumentView>;
  summary(id: string): DocumentSummary | undefined;
  pins(left: string, right: string): PinPair[];
  similarIndex(): { current(): SimilarIndex | null; ready(): Promise<SimilarIndex> };
}

/** How long a comparison waits for the library's weights before using the two documents' own. */
const WEIGHTS_WAIT_MS = 400;

export class CompareService {
  readonly #groups = new WeakMap<SimilarIndex, string[][]>();

  constructor(private readonly sources: CompareSources) {}

  /** The library's IDF when the index is there (or comes within a moment); else the pair's own. */
  async #weights(left: DocumentView, right: DocumentView): Promise<TermWeights> {
    const similar = this.sources.similarIndex();
    const index =
      similar.current() ??
      (await Promise.race([similar.ready(), new Promise<null>((resolve) => setTimeout(resolve, WEIGHTS_WAIT_MS))]));
    return index && index.size > 2 ? index.weights() : localWeights([left, right]);
  }

  async #pair(left: string, right: string): Promise<[DocumentView, DocumentView]> {
    if (left === right) throw new UserError('choose two different documents to compare');
    return Promise.all([this.sources.document(left), this.sources.document(right)]);
  }

  async compare(leftId: string, rightId: string): Promise<Comparison> {
    const [left, right] = await this.#pair(leftId, rightId);
    const weights = await this.#weights(left, right);
    const a = analyseDocument(left);
    const b = analyseDocument(right);
    const match = matchPassages(a, b, weights, this.sources.pins(leftId, rightId));
    const differences = match.method === 'content' ? findDifferences(a, b, match.pairs, weights) : [];
    return {
      method: match.method,
      pairs: match.pairs.map(({ left: l, right: r, score }) => ({ left: l, right: r, score: round(score) })),
      chain: match.chain,
      onlyLeft: match.onlyLeft,
      onlyRight: match.onlyRight,
      differences: differences.map((d) => ({
        kind: d.kind,
        side: d.side,
        text: d.text,
        ...(d.left && { left: site(left, d.left) }),
        ...(d.right && { right: site(right, d.right) }),
      })) satisfies Difference[],
      nearDuplicate: isNearDuplicate(left.text, right.text),
    };
  }

  async diff(leftId: string, rightId: string): Promise<WordDiff> {
    const [left, right] = await this.#pair(leftId, rightId);
    const ops = wordDiff(left.text, right.text);
    const stats = { equal: 0, added: 0, removed: 0, changed: 0 };
    const words = (text: string, span?: { start: number; end: number }) =>
      span ? (text.slice(span.start, span.end).match(/\S+/g)?.length ?? 0) : 0;
    for (const op of ops) {
      stats[op.op] += op.op === 'added' ? words(right.text, op.right) : words(left.text, op.left);
    }
    return { ops, stats };
  }

  /** Other reports of the document's story, most similar first; copies of it flagged. */
  async similar(id: string, limit = 10): Promise<SimilarDocument[]> {
    if (!this.sources.summary(id)) throw new UserError(`No document with id "${id}" in the library`);
    const index = await this.sources.similarIndex().ready();
    const out: SimilarDocument[] = [];
    for (const hit of index.similar(id, limit + 5)) {
      const doc = this.sources.summary(hit.docId);
      if (!doc) continue; // removed since the index was built
      const { title, outlet, date } = doc;
      out.push({ docId: hit.docId, title, outlet, date, score: round(hit.score), nearDuplicate: hit.nearDuplicate });
      if (out.length === limit) break;
    }
    return out;
  }

  /** The comparison as a Markdown note in a folder; never replaces a file already there. */
  async exportMarkdown(
    leftId: string,
    rightId: string,
    outDir: string,
    options: ComparisonMarkdownOptions = {},
  ): Promise<{ files: string[] }> {
    const [left, right] = await this.#pair(leftId, rightId);
    const comparison = await this.compare(leftId, rightId);
    await mkdir(outDir, { recursive: true });
    const taken = new Set((await readdir(outDir)).map((name) => name.toLowerCase()));
    const path = join(outDir, fileNameFor(`${left.title} ↔ ${right.title}`, taken));
    await writeFile(path, comparisonMarkdown(left, right, comparison, new Date().toISOString(), options), { flag: 'wx' });
    return { files: [path] };
  }

  /** Groups of near-identical documents (an agency story run by several outlets; one file in several encodings). */
  async nearDuplicates(): Promise<string[][]> {
    const index = await this.sources.similarIndex().ready();
    // ~0.3 s at 15,000 documents: once per index, not per call.
    let groups = this.#groups.get(index);
    if (!groups) this.#groups.set(index, (groups = index.nearDuplicateGroups()));
    return groups;
  }
}

function site(doc: DocumentView, at: Location): DifferenceSite {
  return { block: at.block, start: at.start, end: at.end, text: doc.text.slice(at.start, at.end) };
}

const round = (score: number) => Math.round(score * 1000) / 1000;
