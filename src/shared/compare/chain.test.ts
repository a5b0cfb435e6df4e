import { describe, expect, it } from 'vitest';
import { alignmentFromChain, heaviestChain } from './chain';

describe('heaviestChain', () => {
  it('takes the heaviest order-keeping subset of crossing pairs', () => {
    const pairs = [
      { left: 0, right: 2, score: 0.9 },
      { left: 1, right: 0, score: 0.5 },
      { left: 2, right: 1, score: 0.5 },
      { left: 3, right: 3, score: 0.4 },
    ];
    // 0.5 + 0.5 + 0.4 beats 0.9 + 0.4.
    expect(heaviestChain(pairs)).toEqual([
      [1, 0],
      [2, 1],
      [3, 3],
    ]);
  });

  it('goes through the pins, dropping pairs that cross them and pins that cross each other', () => {
    const pairs = [
      { left: 0, right: 0, score: 0.9 },
      { left: 2, right: 1, score: 0.9 },
      { left: 3, right: 3, score: 0.9 },
    ];
    expect(
      heaviestChain(pairs, [
        [1, 2],
        [2, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 2],
      [3, 3],
    ]);
  });
});

describe('alignmentFromChain', () => {
  it('faces chained blocks and walks the others along between links', () => {
    const { leftToRight, rightToLeft } = alignmentFromChain(
      [
        [1, 0],
        [4, 2],
      ],
      6,
      4,
    );
    expect([...leftToRight]).toEqual([0, 0, 1, 1, 2, 3]);
    expect([...rightToLeft]).toEqual([1, 2, 4, 5]);
  });
});
