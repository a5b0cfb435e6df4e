// Which annotations have a note in the margin, which one a click in the text lands on, and where
// each margin note goes: beside its passage's first line, pushed down past the one above it (as
// a word processor stacks comments), so none covers another.
import type { Annotation } from '../../../shared/types';

/** Highlights and passage notes of this document carrying a note, in reading order. */
export function marginAnnotations(annotations: Annotation[] | undefined, docId: string): Annotation[] {
  return (annotations ?? [])
    .filter(
      (a) =>
        (a.kind === 'highlight' || a.kind === 'note') &&
        a.docId === docId &&
        !!a.selectors &&
        !a.orphaned &&
        a.note.trim() !== '',
    )
    .sort((a, b) => a.selectors!.position.start - b.selectors!.position.start);
}

/** The highlight or passage note under a text offset; the shortest wins where several overlap. */
export function annotationAt(annotations: Annotation[] | undefined, docId: string, offset: number): Annotation | null {
  let best: Annotation | null = null;
  for (const a of annotations ?? []) {
    if ((a.kind !== 'highlight' && a.kind !== 'note') || a.docId !== docId || !a.selectors || a.orphaned) continue;
    const { start, end } = a.selectors.position;
    if (offset < start || offset >= end) continue;
    if (!best || end - start < best.selectors!.position.end - best.selectors!.position.start) best = a;
  }
  return best;
}

/** Each note's top: where it wants to be, or just below the note before it. */
export function stackTops(wanted: number[], heights: number[], gap: number): number[] {
  const tops: number[] = [];
  let floor = -Infinity;
  wanted.forEach((top, i) => {
    const placed = Math.max(top, floor);
    tops.push(placed);
    floor = placed + (heights[i] ?? 0) + gap;
  });
  return tops;
}
