// Wire copies: one agency story run by several outlets, each trimming, adding a
// line or changing a word. For such near-identical texts a word-level diff says
// exactly what each outlet did. Words are compared by their normalised form with
// long vowels folded, and numbers by value, so spelling variants (الكاظمي /
// الكاظمى, المليشيات / الميليشيات, ٢٠١٥ / 2015) and punctuation never count; every
// operation carries offsets into each ORIGINAL text, for highlighting.
import { diffArrays } from 'diff';
import { skeleton } from '../search/stem';
import { analyse, type Term } from './terms';

export interface Span {
  start: number;
  end: number;
}

export interface DiffOp {
  /** 'added': only the right text has it; 'removed': only the left; 'changed': the left's words became the right's. */
  op: 'equal' | 'added' | 'removed' | 'changed';
  left?: Span;
  right?: Span;
}

/** Two texts whose word 3-shingles overlap this much (Jaccard) are copies of one story. */
export const NEAR_DUPLICATE_JACCARD = 0.6;
const SHINGLE = 3;

/** What a term is compared by in a diff or a shingle. */
export function diffKey(term: Term): string {
  return term.value !== undefined ? term.keys[0]! : skeleton(term.norm);
}

/** 32-bit FNV-1a of a string. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of the text's word 3-shingles (the set; a text shorter than a shingle is one shingle). */
export function shingles(keys: string[]): Set<number> {
  const out = new Set<number>();
  if (keys.length < SHINGLE) {
    if (keys.length) out.add(hash32(keys.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= keys.length; i++) out.add(hash32(keys.slice(i, i + SHINGLE).join(' ')));
  return out;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Whether two texts are copies of one story (see NEAR_DUPLICATE_JACCARD). */
export function isNearDuplicate(a: string, b: string): boolean {
  return jaccard(shingles(analyse(a).map(diffKey)), shingles(analyse(b).map(diffKey))) >= NEAR_DUPLICATE_JACCARD;
}

const spanOf = (terms: Term[], from: number, count: number): Span | undefined =>
  count ? { start: terms[from]!.start, end: terms[from + count - 1]!.end } : undefined;

/** A word-level diff of two near-identical texts (texts far apart come back as one 'changed' op). */
export function wordDiff(leftText: string, rightText: string): DiffOp[] {
  const left = analyse(leftText);
  const right = analyse(rightText);
  // Bounded, so two unrelated texts can't make Myers' algorithm quadratic.
  const maxEditLength = Math.max(64, Math.ceil((left.length + right.length) / 2));
  const changes = diffArrays(left.map(diffKey), right.map(diffKey), { maxEditLength });
  if (!changes) {
    return [{ op: 'changed', left: spanOf(left, 0, left.length), right: spanOf(right, 0, right.length) }];
  }
  const ops: DiffOp[] = [];
  let l = 0;
  let r = 0;
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k]!;
    const next = changes[k + 1];
    if (change.removed && next?.added) {
      ops.push({ op: 'changed', left: spanOf(left, l, change.count), right: spanOf(right, r, next.count) });
      l += change.count;
      r += next.count;
      k++;
    } else if (change.removed) {
      ops.push({ op: 'removed', left: spanOf(left, l, change.count) });
      l += change.count;
    } else if (change.added) {
      ops.push({ op: 'added', right: spanOf(right, r, change.count) });
      r += change.count;
    } else {
      ops.push({ op: 'equal', left: spanOf(left, l, change.count), right: spanOf(right, r, change.count) });
      l += change.count;
      r += change.count;
    }
  }
  return ops;
}
