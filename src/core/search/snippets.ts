// Snippets for search hits: where the query's (expanded) words and phrases occur in
// a document's text, as ranges of the original text, and the windows around the
// densest clusters of them.
import { normalizeWithMap } from '../../shared/arabic';
import { eachWord } from '../../shared/search/tokenize';
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
  const words = (windowWords ??= new WindowWords());
  const firsts = expansions.map((group) => shapesOf(group[0]!));
  let base = 0;
  while (base < text.length) {
    let end = Math.min(text.length, base + SCAN_WINDOW);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > base) end = space;
    }
    words.read(text.slice(base, end));
    expansions.forEach((group, g) => {
      const first = group[0]!;
      const shapes = firsts[g]!;
      for (let i = 0; i + group.length <= words.count; i++) {
        // Most words differ from every term in length or first or last letter: no string made for them.
        if (!shapes[words.shape(i)] || !first.has(words.word(i))) continue;
        let k = 1;
        while (k < group.length && group[k]!.has(words.word(i + k))) k++;
        if (k === group.length) ranges.push({ start: base + words.start(i), end: base + words.end(i + k - 1) });
      }
    });
    base = end;
    if (ranges.length >= MAX_RANGES && base < text.length) break;
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ranges: ranges.filter((r, i) => i === 0 || r.start >= ranges[i - 1]!.end), complete: base >= text.length };
}

const SHAPES = 4096;
/** One for every call (matching is synchronous): its offset arrays are reused, not allocated per hit. */
let windowWords: WindowWords | null = null;
const shapeCache = new WeakMap<Map<string, number>, Uint8Array>();

/** A word's shape: its length and first and last letters, hashed (two words of one shape may differ; two of different shapes do). */
function shape(word: string, from: number, to: number): number {
  return (to - from + word.charCodeAt(from) * 31 + word.charCodeAt(to - 1) * 961) & (SHAPES - 1);
}

/** Which shapes a query word's terms have (worked out once per query: the expansions are the same for every hit). */
function shapesOf(terms: Map<string, number>): Uint8Array {
  let shapes = shapeCache.get(terms);
  if (!shapes) {
    shapes = new Uint8Array(SHAPES);
    for (const term of terms.keys()) if (term.length) shapes[shape(term, 0, term.length)] = 1;
    shapeCache.set(terms, shapes);
  }
  return shapes;
}

/** The words of a window of text as the tokenizer finds them, kept as offsets (a word's string made only when asked for). */
class WindowWords {
  count = 0;
  #norm = '';
  #map: Uint32Array = new Uint32Array(0);
  #from = new Int32Array(1024);
  #to = new Int32Array(1024);
  /** Words indexed as something other than their letters (numbers by value), by their index. */
  #terms = new Map<number, string>();

  read(window: string): void {
    const { text: norm, map } = normalizeWithMap(window);
    this.#norm = norm;
    this.#map = map;
    this.#terms.clear();
    this.count = 0;
    eachWord(norm, (from, to, term) => {
      if (this.count === this.#from.length) this.#grow();
      if (term !== undefined) this.#terms.set(this.count, term);
      this.#from[this.count] = from;
      this.#to[this.count++] = to;
    });
  }

  word(i: number): string {
    return this.#terms.get(i) ?? this.#norm.slice(this.#from[i], this.#to[i]);
  }

  shape(i: number): number {
    const term = this.#terms.size ? this.#terms.get(i) : undefined;
    return term === undefined ? shape(this.#norm, this.#from[i]!, this.#to[i]!) : shape(term, 0, term.length);
  }

  /** Where word i starts and ends in the window's original text. */
  start(i: number): number {
    return this.#map[this.#from[i]!]!;
  }

  end(i: number): number {
    return this.#map[this.#to[i]!]!;
  }

  #grow(): void {
    const from = new Int32Array(this.#from.length * 2);
    const to = new Int32Array(this.#to.length * 2);
    from.set(this.#from);
    to.set(this.#to);
    this.#from = from;
    this.#to = to;
  }
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
