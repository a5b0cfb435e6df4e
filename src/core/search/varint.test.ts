import { describe, expect, it } from 'vitest';
import { ByteWriter, readGaps, skipVarints, VarintReader } from './varint';

// Every length of varint, at the edges where one more byte is needed.
const VALUES = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 21 - 1, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 31, 2 ** 32 - 1];

describe('varints', () => {
  it('read back every value written, one to five bytes long', () => {
    const writer = new ByteWriter();
    for (const value of VALUES) writer.varint(value);
    const reader = new VarintReader(writer.bytes());
    expect(VALUES.map(() => reader.next())).toEqual(VALUES);
    expect(reader.at).toBe(writer.length);
  });

  it('read gaps as running sums, and skip them to the same place', () => {
    const gaps = [5, 0, 127, 128, 16_384, 2 ** 21, 3, 2 ** 28, 1];
    const writer = new ByteWriter();
    writer.varint(42);
    for (const gap of gaps) writer.varint(gap);
    writer.varint(7);
    const bytes = writer.bytes();
    const into = new Uint32Array(gaps.length);
    const end = readGaps(bytes, 1, gaps.length, into);
    let sum = 0;
    expect([...into]).toEqual(gaps.map((gap) => (sum += gap)));
    expect(skipVarints(bytes, 1, gaps.length)).toBe(end);
    expect(new VarintReader(bytes, end).next()).toBe(7);
  });
});
