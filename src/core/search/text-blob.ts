// A document's text as the search index file keeps it: one byte per Arabic letter (packed-terms.ts),
// then deflate with a dictionary of the corpus's common words. A parse worker compresses the texts
// of a large import this way beside the parse, so the index is written without compressing them again.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { packText, unpackText } from './packed-terms';

/** How much text a dictionary is chosen from (see textDictionary): the first texts, up to this many characters. */
export const DICTIONARY_SAMPLE_CHARS = 2_000_000;

/** The deflate dictionary a set of texts is compressed with, and its number (to tell which one a blob used). */
export interface TextDictionary {
  id: number;
  bytes: Uint8Array;
}

/**
 * The text compressed as the index file keeps it, in a buffer of its own (zlib's output may be a view
 * into a larger one, which would go with it when moved to another thread).
 */
export function compressText(text: string, dictionary: Uint8Array): Uint8Array {
  return new Uint8Array(deflateRawSync(packText(text), { dictionary }));
}

export function decompressText(blob: Uint8Array, dictionary: Uint8Array): string {
  return unpackText(inflateRawSync(blob, { dictionary }));
}
