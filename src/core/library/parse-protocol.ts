// The messages between the parse pool and its workers (plain data: they are structured-cloned).
import type { LoadedDocument, TextAnalysis } from './load-document';

export interface ParseRequest {
  id: number;
  path: string;
  /** The importer's request: also derive its figures (language, words, normalised text, fingerprint); no blocks come back. */
  analyze: boolean;
}

/** An error as it crosses the thread: a UserError's message is for the user; a code is an errno. */
export interface ParseFailure {
  message: string;
  user: boolean;
  code?: string;
}

export type ParseResponse =
  { id: number; ok: true; loaded: LoadedDocument; analysis?: TextAnalysis } | { id: number; ok: false; error: ParseFailure };
