// A large import's texts, compressed for the search index by the parse workers beside the parse:
// the first texts (as many as a dictionary is chosen from) come back as text and choose the deflate
// dictionary; the rest come back compressed with it, so the texts cross the thread a third of their
// size, the importer never holds them whole, and the index file is written without compressing them.
import { textDictionary } from '../search/index-file';
import { decompressText, DICTIONARY_SAMPLE_CHARS, type TextDictionary } from '../search/text-blob';
import type { DocumentLoader, ParseResult } from './parse-pool';

/** An import of this many files or more (enough for the search index to be rebuilt, not patched) compresses. */
const COMPRESS_FROM_FILES = 500;
let lastDictionaryId = 0;

/** A document's text as the importer holds it: plain, or compressed (read back only when asked for). */
export type HeldText = { text: string } | { blob: Uint8Array; dictionary: Uint8Array };

export class ImportCompression {
  #sample: string[] | null = [];
  #sampled = 0;
  #dictionary: TextDictionary | null = null;

  private constructor(private readonly setDictionary: (dictionary: TextDictionary | null) => void) {}

  /** Compression for an import of this many files, if it is large and the loader can. */
  static for(loader: DocumentLoader, files: number): ImportCompression | null {
    const setDictionary = loader.setTextDictionary?.bind(loader);
    return files >= COMPRESS_FROM_FILES && setDictionary ? new ImportCompression(setDictionary) : null;
  }

  /** The dictionary to ask loads to compress with, once chosen. */
  get compressWith(): number | undefined {
    return this.#dictionary?.id;
  }

  /** The text of a load, as the importer keeps it; the first texts choose the dictionary. */
  held(result: ParseResult): HeldText {
    const { compressed } = result;
    const dictionary = this.#dictionary;
    if (compressed && dictionary && compressed.dictionaryId === dictionary.id)
      return { blob: compressed.blob, dictionary: dictionary.bytes };
    const text = result.loaded.parsed.text;
    if (this.#sample) {
      this.#sample.push(text);
      if ((this.#sampled += text.length) >= DICTIONARY_SAMPLE_CHARS) {
        this.#dictionary = { id: ++lastDictionaryId, bytes: textDictionary(this.#sample) };
        this.#sample = null;
        this.setDictionary(this.#dictionary);
      }
    }
    return { text };
  }

  /** The dictionary the held blobs were compressed with, if any were. */
  get dictionary(): Uint8Array | undefined {
    return this.#dictionary?.bytes;
  }

  /** The import is over: the workers stop compressing. */
  finish(): void {
    if (this.#dictionary) this.setDictionary(null);
  }
}

/** A held text as a plain string (decompressed each time asked). */
export function plainText(held: HeldText): string {
  return 'text' in held ? held.text : decompressText(held.blob, held.dictionary);
}
