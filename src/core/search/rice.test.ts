import { describe, expect, it } from 'vitest';
import { BitReader, BitWriter, riceParameter } from './rice';

describe('Rice codes', () => {
  it('read back what was written, for every parameter, escapes (long gaps) included', () => {
    const gaps = [0, 1, 2, 7, 8, 100, 127, 128, 255, 300, 1023, 5000, 65535, 65536, 1_000_000, 2 ** 32 - 1];
    for (let k = 0; k <= 20; k++) {
      const writer = new BitWriter();
      for (const gap of gaps) writer.rice(gap, k);
      const reader = new BitReader(writer.take());
      expect(
        gaps.map(() => reader.rice(k)),
        `k = ${k}`,
      ).toEqual(gaps);
    }
  });

  it('skips codes to the same place reading them reaches', () => {
    const gaps = Array.from({ length: 500 }, (_, i) => (i * 7919) % (i % 50 === 0 ? 100_000 : 400));
    const k = riceParameter(gaps);
    const writer = new BitWriter();
    for (const gap of gaps) writer.rice(gap, k);
    writer.rice(42, k);
    const bytes = writer.take();
    const read = new BitReader(bytes);
    for (let i = 0; i < gaps.length; i++) read.rice(k);
    const skipped = new BitReader(bytes);
    skipped.skip(k, gaps.length);
    expect(skipped.bit).toBe(read.bit);
    expect(skipped.rice(k)).toBe(42);
  });

  it('chooses the parameter that codes the gaps in the fewest bits', () => {
    const bits = (gaps: number[], k: number) => {
      const writer = new BitWriter();
      for (const gap of gaps) writer.rice(gap, k);
      return writer.take().length;
    };
    for (const gaps of [[0, 0, 1], [5, 9, 3, 12], Array.from({ length: 200 }, (_, i) => (i * 31) % 700), [40_000]]) {
      const k = riceParameter(gaps);
      for (let other = 0; other <= 20; other++) expect(bits(gaps, k)).toBeLessThanOrEqual(bits(gaps, other));
    }
    expect(riceParameter([])).toBe(0);
  });
});
