// What comparing two documents returns, as the contract, the CLI and the renderer see it.
// Block indices refer to each document's `blocks` (as `show --json` prints them).

/** 'content': passages matched by what they say (same language); 'length': aligned by length (a translation). */
export type ComparisonMethod = 'content' | 'length';

export interface PassagePair {
  left: number;
  right: number;
  /** 0–1: how much the two passages share, weighted by how rare the shared words are. */
  score: number;
}

/** A place in one document: its block and the characters (UTF-16 offsets into the document's text). */
export interface DifferenceSite {
  block: number;
  start: number;
  end: number;
  text: string;
}

export interface Difference {
  kind: 'number' | 'name' | 'quote';
  /** 'both': matched passages disagree (a conflicting number); otherwise the side that alone has it. */
  side: 'left' | 'right' | 'both';
  text: string;
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

export interface WordDiffOp {
  kind: 'equal' | 'added' | 'removed' | 'changed';
  /** Offsets into the left document's text (absent for 'added'). */
  left?: { start: number; end: number };
  /** Offsets into the right document's text (absent for 'removed'). */
  right?: { start: number; end: number };
}

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
