// The messages between the parse pool and its workers (plain data: they are structured-cloned).
import type { TextDictionary } from '../search/text-blob';
import type { FoundAnalysis, LoadedDocument } from './load-document';

export interface ParseRequest {
  id: number;
  path: string;
  /** The importer's request: also derive its figures (language, words, fingerprint, title, index terms); no blocks come back. */
  analyze: boolean;
  /**
   * An analysed file's text is to be compressed for the search index with this dictionary (see
   * DictionaryMessage), if it is the worker's: the response then gives it compressed, not as text.
   */
  compressWith?: number;
}

/**
 * Sent to a worker before the requests whose texts it is to compress for the search index (a large
 * import's, once the importer has sampled enough text for a dictionary); null stops compressing.
 */
export interface DictionaryMessage {
  dictionary: TextDictionary | null;
}

/** A text compressed for the search index, with the dictionary it was compressed with. */
export interface CompressedText {
  dictionaryId: number;
  blob: Uint8Array;
}

/** An error as it crosses the thread: a UserError's message is for the user; a code is an errno. */
export interface ParseFailure {
  message: string;
  user: boolean;
  code?: string;
}

export type ParseResponse =
  | { id: number; ok: true; loaded: LoadedDocument; analysis?: FoundAnalysis; compressed?: CompressedText }
  | { id: number; ok: false; error: ParseFailure };
