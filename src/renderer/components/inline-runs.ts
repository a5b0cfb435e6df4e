// A block's text cut where its inline styling (Markdown emphasis, code, links) starts and ends, so
// each run can be wrapped in its element; the runs' text, in order, is the block's text unchanged.
import type { InlineMark } from '../../shared/types';

export interface InlineRun {
  text: string;
  /** The marks covering this run, outermost first. */
  marks: InlineMark[];
}

export function inlineRuns(text: string, blockStart: number, marks: InlineMark[] | undefined): InlineRun[] {
  if (!marks?.length) return [{ text, marks: [] }];
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start - blockStart)));
    cuts.add(Math.max(0, Math.min(text.length, m.end - blockStart)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: InlineRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    if (from === to) continue;
    const covering = marks.filter((m) => m.start - blockStart <= from && m.end - blockStart >= to);
    runs.push({ text: text.slice(from, to), marks: covering });
  }
  return runs;
}
