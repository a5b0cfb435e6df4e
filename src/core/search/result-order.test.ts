import { describe, expect, it } from 'vitest';
import { topK } from './result-order';

describe('topK', () => {
  it('picks the same page as a full sort, ties included, from arrays and typed arrays', () => {
    let seed = 3;
    const rand = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    for (const size of [0, 1, 5, 80, 2_000]) {
      const score = Float64Array.from({ length: size }, () => Math.floor(rand() * 20));
      const compare = (a: number, b: number) => score[b]! - score[a]! || a - b;
      const items = Array.from({ length: size }, (_, i) => i).sort(() => rand() - 0.5);
      const sorted = items.slice().sort(compare);
      for (const k of [0, 1, 20, 100, size]) {
        expect(topK(items, k, compare)).toEqual(sorted.slice(0, k));
        expect(topK(Int32Array.from(items), k, compare)).toEqual(sorted.slice(0, k));
      }
    }
  });
});
