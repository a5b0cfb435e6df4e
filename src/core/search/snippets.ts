// Snippets for search hits: where the query's (expanded) words and phrases occur in
// a document's text, as ranges of the original text, and the windows around the
// densest clusters of them.
import { tokenize } from '../../shared/search/tokenize';
import type { Snippet } from '../../shared/types';

const SNIPPET_CHARS = 180;
const SCAN_WINDOW = 16_384;
const MAX_RANGES = 40;

/**
 * Where the query's words and phrases (as expanded terms) occur in a text, as original-text
 * ranges. Long documents are scanned a window at a time, stopping once there are enough for
 * snippets (`complete` says whether every match was found).
 */
export function matchRanges(
  text: string,
  expansions: Map<string, number>[][],
): { ranges: { start: number; end: number }[]; complete: boolean } {
  const ranges: { start: number; end: number }[] = [];
  let base = 0;
  while (base < text.length) {
    let end = Math.min(text.length, base + SCAN_WINDOW);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > base) end = space;
    }
    const tokens = tokenize(text.slice(base, end));
    for (const group of expansions) {
      const first = group[0]!;
      for (let i = 0; i + group.length <= tokens.length; i++) {
        if (!first.has(tokens[i]!.norm)) continue;
        let k = 1;
        while (k < group.length && group[k]!.has(tokens[i + k]!.norm)) k++;
        if (k === group.length) ranges.push({ start: base + tokens[i]!.start, end: base + tokens[i + k - 1]!.end });
      }
    }
    base = end;
    if (ranges.length >= MAX_RANGES && base < text.length) break;
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ranges: ranges.filter((r, i) => i === 0 || r.start >= ranges[i - 1]!.end), complete: base >= text.length };
}

/** Up to two windows of the text around the densest clusters of matches. */
export function snippetsFor(text: string, ranges: { start: number; end: number }[], count = 2): Snippet[] {
  const snippets: Snippet[] = [];
  let remaining = ranges;
  while (snippets.length < count && remaining.length) {
    // The window starting at each match; keep the one holding the most matches.
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < remaining.length; i++) {
      let c = 0;
      while (i + c < remaining.length && remaining[i + c]!.end - remaining[i]!.start <= SNIPPET_CHARS - 40) c++;
      if (c > bestCount) {
        best = i;
        bestCount = c;
      }
    }
    const anchor = remaining[best]!;
    let start = Math.max(0, anchor.start - 50);
    // A long phrase match stays whole inside its snippet.
    let end = Math.min(text.length, Math.max(start + SNIPPET_CHARS, anchor.end + 20));
    // Snap to word boundaries so no word is cut in half.
    if (start > 0) {
      const space = text.lastIndexOf(' ', anchor.start - 1);
      start = space >= start - 20 && space >= 0 ? space + 1 : start;
      start = Math.min(start, anchor.start);
    }
    if (end < text.length) {
      const space = text.indexOf(' ', end);
      if (space !== -1 && space - end < 20) end = space;
    }
    const inside = remaining.filter((r) => r.start >= start && r.end <= end);
    snippets.push({
      text: text.slice(start, end).replace(/\s/g, ' '),
      start,
      matches: inside.map((r) => ({ start: r.start - start, end: r.end - start })),
    });
    remaining = remaining.filter((r) => r.end <= start || r.start >= end);
  }
  return snippets.sort((a, b) => a.start - b.start);
}
