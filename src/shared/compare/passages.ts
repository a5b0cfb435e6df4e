// The units two reports are compared by: their paragraphs (blocks), with a very
// long paragraph cut at sentence ends into passages of a few dozen words, so one
// fact in a wall of text can still find its counterpart. Every passage keeps the
// index of its block, which is what the panes align and the UI shows.
import type { Block } from '../types';
import { analyse, type Term } from './terms';

export interface ComparableDocument {
  text: string;
  blocks: Block[];
}

export interface Passage {
  /** Index of the block it comes from. */
  block: number;
  /** Offsets in the document's text. */
  start: number;
  end: number;
  terms: Term[];
}

export interface AnalysedDocument {
  text: string;
  blocks: Block[];
  /** Every term of the text, in order. */
  terms: Term[];
  /** The terms of each block. */
  blockTerms: Term[][];
  passages: Passage[];
}

/** A paragraph longer than this (in words) is split into sentences. */
export const LONG_PARAGRAPH_WORDS = 90;
/** Sentences are joined until a passage has at least this many words. */
const PASSAGE_WORDS = 30;
const SENTENCE_END = /[.!?؟؛\n]+/g;

function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = start;
  for (let m = SENTENCE_END.exec(text); m && m.index < end; m = SENTENCE_END.exec(text)) {
    // A point between digits is a decimal point (1.8), not a sentence end.
    if (m[0] === '.' && /\d/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index + 1] ?? '')) continue;
    ends.push(Math.min(end, m.index + m[0].length));
  }
  return ends;
}

function splitBlock(text: string, block: number, start: number, end: number, terms: Term[]): Passage[] {
  if (terms.length <= LONG_PARAGRAPH_WORDS) return [{ block, start, end, terms }];
  const passages: Passage[] = [];
  let from = start;
  let k = 0;
  let taken: Term[] = [];
  const close = (to: number) => {
    passages.push({ block, start: from, end: to, terms: taken });
    from = to;
    taken = [];
  };
  for (const cut of [...sentenceEnds(text, start, end), end]) {
    while (k < terms.length && terms[k]!.start < cut) taken.push(terms[k++]!);
    if (taken.length >= PASSAGE_WORDS) close(cut);
  }
  while (k < terms.length) taken.push(terms[k++]!);
  // A short tail joins the passage before it.
  if (taken.length) {
    const last = passages.at(-1);
    if (last && taken.length < PASSAGE_WORDS / 2) {
      last.terms = last.terms.concat(taken);
      last.end = end;
    } else close(end);
  }
  return passages;
}

/** Terms, per-block terms and passages of a document. */
export function analyseDocument(doc: ComparableDocument): AnalysedDocument {
  const terms = analyse(doc.text);
  const blockTerms: Term[][] = [];
  const passages: Passage[] = [];
  let k = 0;
  doc.blocks.forEach((block, index) => {
    while (k < terms.length && terms[k]!.start < block.start) k++;
    const from = k;
    while (k < terms.length && terms[k]!.start < block.end) k++;
    const own = terms.slice(from, k);
    blockTerms.push(own);
    passages.push(...splitBlock(doc.text, index, block.start, block.end, own));
  });
  return { text: doc.text, blocks: doc.blocks, terms, blockTerms, passages };
}

/** Blocks of a plain text, one per non-empty line (for tests, scripts and texts without blocks). */
export function blocksOfLines(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const lead = line.length - line.trimStart().length;
    if (line.trim()) blocks.push({ type: 'paragraph', start: start + lead, end: start + line.trimEnd().length });
    start = end + 1;
  }
  return blocks;
}
