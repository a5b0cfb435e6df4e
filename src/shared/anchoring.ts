// Anchors for highlights and notes, after the W3C Web Annotation model: a
// TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start,
// end) over the document's plain text. Offsets are UTF-16 code units (JavaScript
// string indices) into DocumentView.text.
//
// When the text changes, an annotation is placed again (as Hypothesis does): by
// position if the quote is still there, else by the exact quote (context and
// nearness break ties), else by a fuzzy match of the quote on Arabic-normalised
// text (approx-string-match), scored on quote, prefix, suffix and nearness. Below
// a minimum score the annotation is an orphan: kept, never placed wrongly.
import search from 'approx-string-match';
import { normalizeWithMap } from './arabic';
import type { Selectors } from './model/annotation';

// The selectors' shapes are declared with the annotation record (model/annotation.ts).
export type { Selectors, TextPositionSelector, TextQuoteSelector } from './model/annotation';

export const CONTEXT_CHARS = 32;
/** Below this (0–1), a fuzzy match is not trusted: the annotation becomes an orphan. */
export const MIN_SCORE = 0.65;

export interface Anchor {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
  /** 1 for position and exact quote; the match score for fuzzy ones. */
  score: number;
}

export function describeRange(text: string, start: number, end: number): Selectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** How well a stretch of text matches an expected string, 0–1 (1 - edits / length). */
function similarity(expected: string, actual: string): number {
  if (!expected.length) return 1;
  const [best] = search(actual, expected, expected.length);
  return best ? Math.max(0, 1 - best.errors / expected.length) : 0;
}

function contextScore(text: string, start: number, end: number, quote: { prefix: string; suffix: string }): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  return (similarity(quote.prefix, before) + similarity(quote.suffix, after)) / 2;
}

function nearness(start: number, hint: number, length: number): number {
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, length));
}

/** Places an annotation in (possibly changed) text; null when it can't be placed with confidence. */
export function reanchor(text: string, selectors: Selectors): Anchor | null {
  const { quote, position } = selectors;
  if (!quote.exact) return null;
  // 1. Position: the quote is still where it was.
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  // 2. Exact quote: every occurrence, the best by context, then nearness.
  let best: Anchor | null = null;
  let bestRank = -1;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const end = at + quote.exact.length;
    const rank = contextScore(text, at, end, quote) * 10 + nearness(at, position.start, text.length);
    if (rank > bestRank) {
      bestRank = rank;
      best = { start: at, end, method: 'quote', score: 1 };
    }
  }
  if (best) return best;
  // 3. Fuzzy, on normalised text, so removed diacritics, added tatweel or presentation forms
  // don't count as errors; the match maps back to the original letters.
  return fuzzyAnchor(text, selectors);
}

// Re-anchoring many annotations in one document normalises it once.
let cached: { text: string; normalized: ReturnType<typeof normalizeWithMap> } | null = null;

function normalizedOf(text: string): ReturnType<typeof normalizeWithMap> {
  if (cached?.text !== text) cached = { text, normalized: normalizeWithMap(text) };
  return cached.normalized;
}

function fuzzyAnchor(text: string, { quote, position }: Selectors): Anchor | null {
  const { text: norm, map } = normalizedOf(text);
  const exact = normalizeWithMap(quote.exact).text;
  const prefix = normalizeWithMap(quote.prefix).text;
  const suffix = normalizeWithMap(quote.suffix).text;
  if (!exact) return null;
  // Most edits that break the exact quote (diacritics, tatweel, presentation forms) vanish in
  // normalised text: look for it exactly there first, then allow errors.
  const exactHits: { start: number; end: number; errors: number }[] = [];
  for (let at = norm.indexOf(exact); at !== -1 && exactHits.length < 50; at = norm.indexOf(exact, at + 1)) {
    exactHits.push({ start: at, end: at + exact.length, errors: 0 });
  }
  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  const candidates = exactHits.length ? exactHits : search(norm, exact, maxErrors);
  let best: Anchor | null = null;
  for (const match of candidates) {
    const quoteScore = 1 - match.errors / exact.length;
    const context = contextScore(norm, match.start, match.end, { prefix, suffix });
    const near = nearness(map[match.start]!, position.start, text.length);
    // Weights as Hypothesis uses them: the quote counts most, then context, then position.
    const score = (50 * quoteScore + 40 * context + 2 * near) / 92;
    if (quoteScore < 0.75 || score < MIN_SCORE) continue;
    if (!best || score > best.score) best = { start: map[match.start]!, end: map[match.end]!, method: 'fuzzy', score };
  }
  if (!best) return null;
  // Trailing whitespace the map carried over belongs to the text after the quote.
  let end = best.end;
  while (end > best.start && /\s/.test(text[end - 1]!)) end--;
  return { ...best, end };
}
