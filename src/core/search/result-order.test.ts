import { describe, expect, it } from 'vitest';
import { ResultOrder, topK } from './result-order';
import type { IndexedDoc } from './search-index';

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

describe('ResultOrder', () => {
  it('orders by date newest first, one date in document order, undated last; ties in score by date', () => {
    const dates = ['2015-07-01', undefined, '2016-01-02', '2015-07-01', '2014-12-31', undefined, '2016-01-02'];
    const docs = dates.map((date, i): IndexedDoc => ({ id: `d${i}`, title: `t${i}`, lang: 'ar', fingerprint: `f${i}`, date }));
    const order = new ResultOrder(docs);
    const all = docs.map((_, i) => i);
    expect(order.page(all, null, 'date', 0, 10)).toEqual([2, 6, 0, 3, 4, 1, 5]);
    expect(order.page(all, null, 'date', 2, 3)).toEqual([0, 3, 4]);
    const score = Float64Array.from([1, 1, 1, 2, 1, 1, 1]);
    expect(order.page(all, score, 'relevance', 0, 3)).toEqual([3, 2, 6]);
  });

  it('groups by outlet when asked, newest first within one, with or without scores (a filter-only query)', () => {
    const outlets = ['ب', 'أ', 'ب', undefined, 'أ'];
    const docs = outlets.map((outlet, i): IndexedDoc => ({
      id: `d${i}`,
      title: `t${i}`,
      lang: 'ar',
      fingerprint: `f${i}`,
      outlet,
      date: `2016-01-0${i + 1}`,
    }));
    const order = new ResultOrder(docs);
    const all = docs.map((_, i) => i);
    expect(order.page(all, null, 'outlet', 0, 10)).toEqual([4, 1, 2, 0, 3]);
    expect(order.page(all, Float64Array.from([5, 1, 1, 1, 1]), 'outlet', 0, 10)).toEqual([4, 1, 0, 2, 3]);
  });
});
