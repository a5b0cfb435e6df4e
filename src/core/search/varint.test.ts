import { describe, expect, it } from 'vitest';
import { ByteWriter, VarintReader } from './varint';

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
});
