import { describe, expect, it } from 'vitest';
import { inlineRuns } from './inline-runs';

describe('inlineRuns', () => {
  it('cuts a block at its marks and keeps its text whole', () => {
    const text = 'قال رئيس الوزراء في بيان';
    const runs = inlineRuns(text, 100, [
      { kind: 'strong', start: 104, end: 116 },
      { kind: 'link', start: 120, end: 124, href: 'u' },
      { kind: 'em', start: 120, end: 122 },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.map((r) => [r.text, r.marks.map((m) => m.kind)])).toEqual([
      ['قال ', []],
      ['رئيس الوزراء', ['strong']],
      [' في ', []],
      ['بي', ['link', 'em']],
      ['ان', ['link']],
    ]);
  });

  it('is the text alone without marks', () => {
    expect(inlineRuns('abc', 0, undefined)).toEqual([{ text: 'abc', marks: [] }]);
  });
});
