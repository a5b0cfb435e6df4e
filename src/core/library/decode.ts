// Bytes to text. Refuses what is not text rather than showing mojibake.
import { UserError } from '../../shared/rpc';

export interface DecodedText {
  text: string;
  encoding: string;
}

const strictDecoder = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: false });

function looksBinary(bytes: Uint8Array): boolean {
  // NUL bytes and other C0 controls (besides tab, newlines, form feed, escape) mean binary.
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  return controls > sample.length * 0.01;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (looksBinary(bytes)) throw new UserError('not a text file (it contains binary data)');
  try {
    // The decoder drops a UTF-8 BOM itself.
    return { text: strictDecoder('utf-8').decode(bytes), encoding: hasUtf8Bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    throw new UserError('not valid UTF-8 text (legacy encodings such as Windows-1256 are not supported yet)');
  }
}
