import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../shared/comparison';
import { anchorsWithPins, sideMatches } from './pairing';

const comparison = (pairs: [number, number, number][], onlyLeft: number[] = [], onlyRight: number[] = []): Comparison => ({
  method: 'content',
  pairs: pairs.map(([left, right, score]) => ({ left, right, score })),
  chain: [],
  onlyLeft,
  onlyRight,
  differences: [],
  nearDuplicate: false,
});

describe('sideMatches', () => {
  it('gives each paragraph its counterparts strongest first, on both sides, crossings included', () => {
    const [left, right] = sideMatches(
      comparison(
        [
          [0, 2, 0.3],
          [0, 1, 0.6],
          [2, 0, 0.5],
        ],
        [1],
        [3],
      ),
    );
    expect(left.matches.get(0)).toEqual({ to: [1, 2], score: 0.6 });
    expect(left.matches.get(2)).toEqual({ to: [0], score: 0.5 });
    expect(right.matches.get(0)).toEqual({ to: [2], score: 0.5 });
    expect(right.matches.get(2)).toEqual({ to: [0], score: 0.3 });
    expect([...left.onlyHere]).toEqual([1]);
    expect([...right.onlyHere]).toEqual([3]);
  });
});

describe('anchorsWithPins', () => {
  it('keeps every pin and the chain’s matches that do not cross one', () => {
    // The pin (3, 1) crosses (1, 4) and shares a side with (3, 5): both give way; (0, 0) and (5, 6) stay.
    expect(
      anchorsWithPins(
        [
          [0, 0],
          [1, 4],
          [3, 5],
          [5, 6],
        ],
        [[3, 1]],
      ),
    ).toEqual([
      [0, 0],
      [3, 1],
      [5, 6],
    ]);
  });

  it('is the chain itself without pins', () => {
    expect(anchorsWithPins([[1, 2]], [])).toEqual([[1, 2]]);
  });
});
