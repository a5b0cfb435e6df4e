// Which passages of two reports tell the same thing. Reports of one event by two
// outlets share their facts, not their order or their wording: every pair of
// passages is scored by the weighted terms they share (stems, so word forms and
// spelling variants meet; numbers and names count extra), pairs may cross, and a
// block may have several counterparts or none ("only in this report"). Linked
// scrolling follows the heaviest order-keeping chain of those pairs. An original
// and its translation share no words, so for them the old length alignment
// (Gale & Church) is kept, anchored by the numbers and Latin names they share.
import { alignParagraphs } from '../align';
import { detectLanguage } from '../text-direction';
import type { PinPair } from '../types';
import { heaviestChain, orderedPins, type ScoredPair } from './chain';
import { analyseDocument, type AnalysedDocument, type ComparableDocument } from './passages';
import type { Term } from './terms';
import { localWeights, memoized, PassageWeights, type TermWeights } from './weights';

export type { ScoredPair } from './chain';
export type { TermWeights } from './weights';

export interface PassageMatch {
  /** How the pairs were found: by what passages say, or by length (an original and its translation). */
  method: 'content' | 'length';
  /** Block pairs that tell the same thing, best first per left block; they may cross. */
  pairs: ScoredPair[];
  /** The heaviest chain of pairs keeping both documents' order, through the pins: what linked scrolling follows. */
  chain: [number, number][];
  /** Blocks with text and no counterpart. */
  onlyLeft: number[];
  onlyRight: number[];
}

/** A pair counts when its passages' weighted cosine reaches this... */
export const MIN_SCORE = 0.12;
/**
 * ...and they share enough evidence (distinct content terms, a number counting double): at least
 * MIN_SHARED, and for longer passages a share of the shorter one's terms, up to MAX_SHARED, so two
 * long paragraphs are not paired by a handful of common words.
 */
const MIN_SHARED = 3;
const MAX_SHARED = 7;
const SHARED_SHARE = 0.2;
/** A pair must score at least this share of either block's best pair. */
const RUNNER_UP = 0.6;
const NUMBER_BOOST = 1.5;
const NAME_BOOST = 1.5;

interface Vector {
  keys: string[];
  weights: Float64Array;
}

function vectorOf(terms: Term[], weights: TermWeights): Vector {
  const tf = new Map<string, number>();
  const boosted = new Set<string>();
  for (const term of terms) {
    if (term.stop) continue;
    if (term.value !== undefined || term.capital) boosted.add(term.keys[0]!);
    for (const key of term.keys) tf.set(key, (tf.get(key) ?? 0) + 1);
  }
  const keys = [...tf.keys()];
  const out = new Float64Array(keys.length);
  let norm = 0;
  keys.forEach((key, i) => {
    const boost = !boosted.has(key) ? 1 : key.startsWith('#') ? NUMBER_BOOST : NAME_BOOST;
    const w = (1 + Math.log(tf.get(key)!)) * weights.idf(key) * boost;
    out[i] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return { keys, weights: out };
}

function analysed(doc: ComparableDocument | AnalysedDocument): AnalysedDocument {
  return 'passages' in doc ? doc : analyseDocument(doc);
}

/** Scores of every block pair whose passages share enough, keyed by left * rightBlocks + right. */
function contentScores(left: AnalysedDocument, right: AnalysedDocument, library: TermWeights): Map<number, number> {
  // Two reports of one story share its vocabulary in every paragraph (the festival's name, the minister's): a term
  // weighs by its rarity in the library AND among the pair's own passages, so what pairs passages is what they
  // alone share.
  const local = library instanceof PassageWeights ? undefined : localWeights([left, right]);
  const weights = memoized(local ? { idf: (key) => library.idf(key) * Math.sqrt(local.idf(key)) } : library);
  const rightVectors = right.passages.map((p) => vectorOf(p.terms, weights));
  const postings = new Map<string, { passage: number; weight: number }[]>();
  rightVectors.forEach((vector, passage) =>
    vector.keys.forEach((key, i) => {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push({ passage, weight: vector.weights[i]! });
    }),
  );
  const blocks = new Map<number, number>();
  const dot = new Float64Array(right.passages.length);
  const shared = new Float64Array(right.passages.length);
  for (const passage of left.passages) {
    const vector = vectorOf(passage.terms, weights);
    dot.fill(0);
    shared.fill(0);
    vector.keys.forEach((key, i) => {
      for (const hit of postings.get(key) ?? []) {
        dot[hit.passage]! += vector.weights[i]! * hit.weight;
        shared[hit.passage]! += key.startsWith('#') ? 2 : 1;
      }
    });
    for (let r = 0; r < dot.length; r++) {
      const needed = Math.max(
        MIN_SHARED,
        Math.min(MAX_SHARED, SHARED_SHARE * Math.min(vector.keys.length, rightVectors[r]!.keys.length)),
      );
      if (dot[r]! < MIN_SCORE || shared[r]! < needed) continue;
      const key = passage.block * right.blocks.length + right.passages[r]!.block;
      blocks.set(key, Math.max(blocks.get(key) ?? 0, dot[r]!));
    }
  }
  return blocks;
}

/**
 * Keeps a pair when it is close to the best of BOTH its blocks: a block's weak best is dropped when its
 * counterpart has a much better match (a background paragraph echoing the headline's words).
 */
function selectPairs(scores: Map<number, number>, rightCount: number): ScoredPair[] {
  const all = [...scores].map(([key, score]) => ({ left: Math.floor(key / rightCount), right: key % rightCount, score }));
  const bestLeft = new Map<number, number>();
  const bestRight = new Map<number, number>();
  for (const p of all) {
    bestLeft.set(p.left, Math.max(bestLeft.get(p.left) ?? 0, p.score));
    bestRight.set(p.right, Math.max(bestRight.get(p.right) ?? 0, p.score));
  }
  return all
    .filter((p) => p.score >= RUNNER_UP * Math.max(bestLeft.get(p.left)!, bestRight.get(p.right)!))
    .sort((a, b) => a.left - b.left || b.score - a.score);
}

/** Keys two languages share: numbers and capitalised Latin words (names). */
function anchorKeys(terms: Term[]): string[] {
  return terms.filter((t) => t.value !== undefined || (t.capital && !t.stop)).map((t) => t.keys[0]!);
}

/** Length alignment for an original and its translation, anchored where a block pair shares rare numbers or names. */
function lengthPairs(left: AnalysedDocument, right: AnalysedDocument, pins: PinPair[]): ScoredPair[] {
  const count = (blocks: Term[][]) => {
    const seen = new Map<string, number>();
    for (const terms of blocks) for (const key of new Set(anchorKeys(terms))) seen.set(key, (seen.get(key) ?? 0) + 1);
    return seen;
  };
  const leftCount = count(left.blockTerms);
  const rightCount = count(right.blockTerms);
  const rightBlocksOf = new Map<string, number[]>();
  right.blockTerms.forEach((terms, r) => {
    for (const key of new Set(anchorKeys(terms))) rightBlocksOf.set(key, [...(rightBlocksOf.get(key) ?? []), r]);
  });
  const candidates = new Map<number, number>();
  left.blockTerms.forEach((terms, l) => {
    for (const key of new Set(anchorKeys(terms))) {
      for (const r of rightBlocksOf.get(key) ?? []) {
        const k = l * right.blocks.length + r;
        candidates.set(k, (candidates.get(k) ?? 0) + 1 / (leftCount.get(key)! * rightCount.get(key)!));
      }
    }
  });
  const anchors = heaviestChain(
    [...candidates].map(([k, score]) => ({ left: Math.floor(k / right.blocks.length), right: k % right.blocks.length, score })),
    pins,
  );
  const length = (b: { start: number; end: number }) => b.end - b.start;
  const alignment = alignParagraphs(left.blocks.map(length), right.blocks.map(length), anchors);
  const ratio = right.text.length / Math.max(1, left.text.length);
  const anchored = new Set(anchors.map(([l, r]) => l * right.blocks.length + r));
  const pairs = new Map<number, ScoredPair>();
  const add = (l: number, r: number) => {
    const a = length(left.blocks[l]!) * ratio;
    const b = length(right.blocks[r]!);
    const k = l * right.blocks.length + r;
    const score = anchored.has(k) ? 1 : 1 - Math.abs(a - b) / Math.max(1, a + b);
    pairs.set(k, { left: l, right: r, score });
  };
  alignment.leftToRight.forEach((r, l) => add(l, r));
  alignment.rightToLeft.forEach((l, r) => add(l, r));
  return [...pairs.values()].sort((a, b) => a.left - b.left || a.right - b.right);
}

/** Same language or not, by the documents' scripts: only an Arabic text and an English one are compared by length. */
export function comparisonMethod(left: { text: string }, right: { text: string }): PassageMatch['method'] {
  const a = detectLanguage(left.text);
  const b = detectLanguage(right.text);
  return a !== b && a !== 'mixed' && b !== 'mixed' ? 'length' : 'content';
}

/** Matches the blocks of two documents (see PassageMatch); pins are [left, right] block pairs the user fixed. */
export function matchPassages(
  leftDoc: ComparableDocument | AnalysedDocument,
  rightDoc: ComparableDocument | AnalysedDocument,
  weights: TermWeights,
  pins: PinPair[] = [],
): PassageMatch {
  const left = analysed(leftDoc);
  const right = analysed(rightDoc);
  const method = comparisonMethod(left, right);
  const pairs =
    method === 'length' ? lengthPairs(left, right, pins) : selectPairs(contentScores(left, right, weights), right.blocks.length);
  const inPair = (side: 'left' | 'right', count: number, terms: Term[][]) => {
    const paired = new Set(pairs.map((p) => p[side]));
    for (const [l, r] of orderedPins(pins)) paired.add(side === 'left' ? l : r);
    return Array.from({ length: count }, (_, i) => i).filter((i) => !paired.has(i) && terms[i]!.length > 0);
  };
  return {
    method,
    pairs,
    chain: heaviestChain(pairs, pins),
    onlyLeft: inPair('left', left.blocks.length, left.blockTerms),
    onlyRight: inPair('right', right.blocks.length, right.blockTerms),
  };
}
