// Where two reports of one event disagree or diverge: numbers that differ between
// matched passages ("1800 vs 2100 cases"), and numbers, names and quotations only
// one report has. Everything is compared by normalised keys, so spelling variants
// (الكاظمي / الكاظمى, ٢٠١٥ / 2015, 9,000 / 9000) never count as differences.
import type { ScoredPair } from './chain';
import { nameCore, nameMentions, quoteMentions, type Mention } from './mentions';
import { analyseDocument, type AnalysedDocument, type ComparableDocument } from './passages';
import { termKeys, type Term } from './terms';
import { memoized, type TermWeights } from './weights';

export interface Location {
  block: number;
  /** Offsets in the document's text. */
  start: number;
  end: number;
}

export interface Difference {
  kind: 'number' | 'name' | 'quote';
  /** Which report has it; 'both' is a conflict: each report gives its own number. */
  side: 'left' | 'right' | 'both';
  /** As written: "1800 vs 2100" for a conflict. */
  text: string;
  left?: Location;
  right?: Location;
}

/** A name is a run of words this rare, relative to the weight of a term no document has. */
const NAME_RARITY = 0.5;
/** A name or quotation is missing from the other report when fewer than this share of its words are there. */
const PRESENT_SHARE = 0.5;
/** Smaller numbers are reported only in a conflict. */
const MIN_REPORTED_NUMBER = 2;
/** How far after a number its unit is looked for ("1800 حالة", "800 ألف عنصر"). */
const UNIT_REACH = 3;

interface NumberMention {
  term: Term;
  block: number;
  unit: string | undefined;
}

function numbersOf(doc: AnalysedDocument): NumberMention[] {
  const out: NumberMention[] = [];
  doc.blockTerms.forEach((terms, block) =>
    terms.forEach((term, k) => {
      if (term.value === undefined) return;
      const unit = terms.slice(k + 1, k + 1 + UNIT_REACH).find((t) => !t.stop && t.value === undefined);
      out.push({ term, block, unit: unit?.keys[0] });
    }),
  );
  return out;
}

const SHORT_WITH_CONJUNCTION = /^[وف].{2,3}$/;

function keySet(doc: AnalysedDocument): Set<string> {
  const keys = new Set<string>();
  for (const term of doc.terms) {
    for (const key of term.keys) keys.add(key);
    // The stemmer keeps a conjunction on a short word (وجدة → وجد): a name is looked up without it too.
    if (SHORT_WITH_CONJUNCTION.test(term.norm)) for (const key of termKeys(term.norm.slice(1))) keys.add(key);
  }
  return keys;
}

const where = (block: number, term: { start: number; end: number }): Location => ({ block, start: term.start, end: term.end });

function numberDifferences(left: AnalysedDocument, right: AnalysedDocument, pairs: ScoredPair[]): Difference[] {
  const leftNumbers = numbersOf(left);
  const rightNumbers = numbersOf(right);
  const leftKeys = new Set(leftNumbers.map((n) => n.term.keys[0]!));
  const rightKeys = new Set(rightNumbers.map((n) => n.term.keys[0]!));
  const onlyLeft = leftNumbers.filter((n) => !rightKeys.has(n.term.keys[0]!));
  const onlyRight = rightNumbers.filter((n) => !leftKeys.has(n.term.keys[0]!));
  const used = new Set<NumberMention>();
  const out: Difference[] = [];
  // A conflict: matched passages give different numbers of the same thing.
  for (const pair of [...pairs].sort((a, b) => b.score - a.score)) {
    for (const a of onlyLeft) {
      if (a.block !== pair.left || used.has(a) || !a.unit) continue;
      const b = onlyRight.find((n) => n.block === pair.right && !used.has(n) && n.unit === a.unit);
      if (!b) continue;
      used.add(a).add(b);
      out.push({
        kind: 'number',
        side: 'both',
        text: `${left.text.slice(a.term.start, a.term.end)} vs ${right.text.slice(b.term.start, b.term.end)}`,
        left: where(a.block, a.term),
        right: where(b.block, b.term),
      });
    }
  }
  const once = (list: NumberMention[], doc: AnalysedDocument, side: 'left' | 'right') => {
    const reported = new Set<string>();
    for (const n of list) {
      // 0 and 1 alone are list numbers and "no progress yet", not facts a reader compares.
      if (used.has(n) || reported.has(n.term.keys[0]!) || n.term.value! < MIN_REPORTED_NUMBER) continue;
      reported.add(n.term.keys[0]!);
      out.push({ kind: 'number', side, text: doc.text.slice(n.term.start, n.term.end), [side]: where(n.block, n.term) });
    }
  };
  once(onlyLeft, left, 'left');
  once(onlyRight, right, 'right');
  return out;
}

/**
 * A name is in the other report when all the words that make it are (in any order: reports word a name
 * differently; مدينة الرياض is there when the other says الرياض).
 */
const nameIsThere = (words: Term[], other: Set<string>) => nameCore(words).every((t) => t.keys.some((k) => other.has(k)));
/** A quotation is there when most of its words are (it may be quoted in part, or paraphrased). */
const quoteIsThere = (words: Term[], other: Set<string>) =>
  words.filter((t) => t.keys.some((k) => other.has(k))).length >= PRESENT_SHARE * words.length;

/** Mentions absent from the other document, each once. */
function missing(
  mentions: Mention[],
  doc: AnalysedDocument,
  other: Set<string>,
  kind: Difference['kind'],
  side: 'left' | 'right',
) {
  const out: Difference[] = [];
  const reported = new Set<string>();
  const isThere = kind === 'name' ? nameIsThere : quoteIsThere;
  for (const m of mentions) {
    const words = m.terms.filter((t) => !t.stop || kind === 'name');
    if (!words.length) continue;
    const key = words.map((t) => t.keys[0]).join(' ');
    if (isThere(words, other) || reported.has(key)) continue;
    reported.add(key);
    out.push({ kind, side, text: doc.text.slice(m.start, m.end), [side]: where(m.block, m) });
  }
  return out;
}

/** A key no text has: what the rarest possible term weighs (both kinds of weights floor an unseen term's count). */
const UNSEEN = '\u0000';

/** The differences between two reports, given their matched block pairs (see matchPassages). */
export function findDifferences(
  leftDoc: ComparableDocument | AnalysedDocument,
  rightDoc: ComparableDocument | AnalysedDocument,
  pairs: ScoredPair[],
  library: TermWeights,
): Difference[] {
  const weights = memoized(library);
  const left = 'passages' in leftDoc ? leftDoc : analyseDocument(leftDoc);
  const right = 'passages' in rightDoc ? rightDoc : analyseDocument(rightDoc);
  const leftKeys = keySet(left);
  const rightKeys = keySet(right);
  const rare = NAME_RARITY * weights.idf(UNSEEN);
  const names = (doc: AnalysedDocument) => nameMentions(doc.blockTerms, doc.text, weights, rare);
  const quotes = (doc: AnalysedDocument) => quoteMentions(doc.blockTerms, doc.text, doc.blocks);
  const offset = (d: Difference) => (d.left ?? d.right)!.start;
  return [
    ...numberDifferences(left, right, pairs),
    ...missing(names(left), left, rightKeys, 'name', 'left'),
    ...missing(names(right), right, leftKeys, 'name', 'right'),
    ...missing(quotes(left), left, rightKeys, 'quote', 'left'),
    ...missing(quotes(right), right, leftKeys, 'quote', 'right'),
  ].sort((a, b) => (a.side === b.side ? offset(a) - offset(b) : a.side < b.side ? -1 : 1));
}
