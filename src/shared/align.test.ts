import { describe, expect, it } from 'vitest';
import { alignParagraphs } from './align';

const list = (a: Int32Array) => [...a];

describe('alignParagraphs', () => {
  it('pairs paragraphs one to one when their lengths run together', () => {
    const { leftToRight, rightToLeft } = alignParagraphs([100, 300, 50, 200], [120, 330, 60, 210]);
    expect(list(leftToRight)).toEqual([0, 1, 2, 3]);
    expect(list(rightToLeft)).toEqual([0, 1, 2, 3]);
  });

  it('scales by the languages’ length ratio (a translation 30% longer)', () => {
    const { leftToRight } = alignParagraphs([100, 400, 80, 250], [130, 520, 104, 325]);
    expect(list(leftToRight)).toEqual([0, 1, 2, 3]);
  });

  it('skips a paragraph that only one side has, keeping the rest level', () => {
    // The right side has an extra 30-character paragraph after the second.
    const { leftToRight, rightToLeft } = alignParagraphs([200, 500, 300, 400], [210, 490, 30, 310, 390]);
    expect(list(leftToRight)).toEqual([0, 1, 3, 4]);
    expect(rightToLeft[3]).toBe(2);
    expect(rightToLeft[4]).toBe(3);
  });

  it('joins a paragraph split in two on the other side', () => {
    const { leftToRight, rightToLeft } = alignParagraphs([200, 600, 300], [200, 290, 310, 300]);
    expect(list(leftToRight)).toEqual([0, 1, 3]);
    expect(list(rightToLeft)).toEqual([0, 1, 1, 2]);
  });

  it('respects pins, even against the lengths', () => {
    const lengths = [100, 100, 100, 100, 100];
    const { leftToRight } = alignParagraphs(lengths, lengths, [[1, 3]]);
    expect(leftToRight[1]).toBe(3);
    expect(leftToRight[0]).toBeLessThanOrEqual(2);
    expect(leftToRight[2]).toBe(4);
    // Monotone: never goes back.
    for (let i = 1; i < leftToRight.length; i++) expect(leftToRight[i]).toBeGreaterThanOrEqual(leftToRight[i - 1]!);
  });
});
