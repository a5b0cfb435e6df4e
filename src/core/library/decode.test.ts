import { describe, expect, it } from 'vitest';
import { decodeText, plausibility, sniffHtmlCharset } from './decode';

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
    expect(() => decodeText(new Uint8Array([0x80, 0x81, 0x9f, 0x90, 0x8d]))).toThrow('cannot tell its text encoding');
  });
});

describe('decodeText: legacy and BOM-less encodings', () => {
  // A short Arabic news sentence and its bytes in each legacy code page.
  const sentence = 'قال رئيس الوزراء العراقي مصطفى الكاظمي إن الحكومة ستواجه الميليشيات في كل المحافظات.';

  function encodeSingleByte(text: string, encoding: string): Uint8Array {
    // Build the inverse table of the single-byte code page from TextDecoder itself.
    const decoder = new TextDecoder(encoding);
    const table = new Map<string, number>();
    for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
    return Uint8Array.from([...text].map((c) => table.get(c) ?? 0x3f));
  }

  it('reads Windows-1256 and ISO-8859-6, telling them apart on a short text', () => {
    expect(decodeText(encodeSingleByte(sentence, 'windows-1256'))).toEqual({ text: sentence, encoding: 'windows-1256' });
    expect(decodeText(encodeSingleByte(sentence, 'iso-8859-6'))).toEqual({ text: sentence, encoding: 'iso-8859-6' });
  });

  it('reads UTF-16 without a BOM by its NUL pattern', () => {
    const english = 'The prime minister met security chiefs on Sunday.';
    const le = utf16(english, false).subarray(2);
    const be = utf16(sentence, true).subarray(2);
    expect(decodeText(le)).toEqual({ text: english, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: sentence, encoding: 'utf-16be' });
  });

  it('honours a declared charset before guessing', () => {
    const bytes = encodeSingleByte(sentence, 'iso-8859-6');
    expect(decodeText(bytes, { declaredCharset: 'ISO-8859-6' }).encoding).toBe('iso-8859-6');
    expect(sniffHtmlCharset(new TextEncoder().encode('<html><head><meta charset="windows-1256">'))).toBe('windows-1256');
    expect(
      sniffHtmlCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">')),
    ).toBe('ISO-8859-6');
  });

  it('scores real Arabic above the wrong code page', () => {
    const wrong = new TextDecoder('windows-1256').decode(encodeSingleByte(sentence, 'iso-8859-6'));
    expect(plausibility(sentence)).toBeGreaterThan(plausibility(wrong));
  });
});

describe('decodeText: what it must not guess', () => {
  const arabic = new TextEncoder().encode('قال رئيس الوزراء العراقي إن الحكومة ستواجه الميليشيات.');

  it('reports UTF-8 with a damaged byte instead of showing it as Windows-1256 mojibake', () => {
    expect(() => decodeText(new Uint8Array([...arabic, 0xff]))).toThrow(/not valid UTF-8: the bytes at offset \d+ are damaged/);
  });

  it('prefers valid UTF-8 over an outdated <meta charset>', () => {
    expect(decodeText(arabic, { declaredCharset: 'windows-1256' })).toMatchObject({ encoding: 'utf-8' });
  });

  it('reads Western Windows-1252 text with its accents and quotes, never as Arabic', () => {
    const bytes = Uint8Array.from([...'It\x92s the caf\xE9 report.'].map((c) => c.charCodeAt(0)));
    // Windows-1256 holds the same French letters and quotes at these bytes.
    expect(decodeText(bytes).text).toBe('It’s the café report.');
  });
});
