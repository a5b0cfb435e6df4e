import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const arabic = 'الكاظمي يرسم ملامح المواجهة';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff;
    bytes[3 + i * 2] = bigEndian ? code & 0xff : code >> 8;
  }
  return bytes;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(arabic);
    expect(decodeText(plain)).toEqual({ text: arabic, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text: arabic, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 with a BOM, either byte order', () => {
    expect(decodeText(utf16(arabic, false))).toEqual({ text: arabic, encoding: 'utf-16le' });
    expect(decodeText(utf16(arabic, true))).toEqual({ text: arabic, encoding: 'utf-16be' });
  });

  it('refuses binary content with a clear reason', () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow('not a text file');
  });

  it('refuses bytes that are not valid UTF-8 rather than showing mojibake', () => {
    expect(() => decodeText(new Uint8Array([0xc7, 0xe1, 0xdf, 0xc7]))).toThrow('not valid UTF-8');
  });
});
