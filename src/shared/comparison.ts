// What comparing two documents returns, as the contract, the CLI and the renderer see it: the
// engine's own shapes (shared/compare), with the text at each site added for display.
// Block indices refer to each document's `blocks` (as `show --json` prints them).
import type { ScoredPair } from './compare/chain';
import type { Difference as EngineDifference, Location } from './compare/differences';
import type { PassageMatch } from './compare/match';
import type { DiffOp } from './compare/wire-diff';

/** 'content': passages matched by what they say (same language); 'length': aligned by length (a translation). */
export type ComparisonMethod = PassageMatch['method'];

/** A pair of blocks that tell the same thing; score 0–1, weighted by how rare the shared words are. */
export type PassagePair = ScoredPair;

/** A place in one document (its block and UTF-16 offsets into its text), with the words there. */
export interface DifferenceSite extends Location {
  text: string;
}

export interface Difference extends Omit<EngineDifference, 'left' | 'right'> {
  left?: DifferenceSite;
  right?: DifferenceSite;
}

export interface Comparison {
  method: ComparisonMethod;
  /** Every match, crossings included; a passage may have more than one counterpart. */
  pairs: PassagePair[];
  /** The heaviest chain of matches in both documents' order: what linked scrolling follows (pins included). */
  chain: [number, number][];
  onlyLeft: number[];
  onlyRight: number[];
  differences: Difference[];
  /** The two are near-identical (an agency story run twice): a word diff says more than pairs do. */
  nearDuplicate: boolean;
}

/** 'equal', 'added' (only the right has it), 'removed' (only the left), 'changed', with offsets in each text. */
export type WordDiffOp = DiffOp;

export interface WordDiff {
  ops: WordDiffOp[];
  /** Words on each side counted as the same, added, removed or changed. */
  stats: { equal: number; added: number; removed: number; changed: number };
}

export interface SimilarDocument {
  docId: string;
  title: string;
  outlet?: string;
  date?: string;
  score: number;
  nearDuplicate: boolean;
}
