// Domain types shared by every process. No electron, DOM or node imports here.
// The records (documents, annotations, settings) are declared once as zod
// schemas in ./model and re-exported here; what stays below are the shapes of
// API results, which nothing parses.
export * from './model/annotation';
export * from './model/document';
export * from './model/settings';
export * from './model/backup';
export * from './model/saved-search';

export interface ImportError {
  path: string;
  reason: string;
}

export interface ImportReport {
  added: number;
  /** Re-read because they changed, or recognised at a new path (moved or renamed). */
  updated: number;
  /** Already in the library and unchanged. */
  skipped: number;
  errors: ImportError[];
  /** True when the user stopped the import; what was read before stays. */
  cancelled?: boolean;
}

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
  /** The last event of an import (finished, cancelled or failed). */
  finished?: boolean;
}

export interface AppInfo {
  version: string;
  shell: 'electron' | 'web' | 'cli';
  dataDir: string;
  /** Messages the user should see once (a store that was repaired, for instance). */
  notices: string[];
}

export interface Snippet {
  /** A window of the document's text (whitespace shown as spaces). */
  text: string;
  /** Where the window starts in the document's text. */
  start: number;
  /** The matches, relative to the snippet's text. */
  matches: { start: number; end: number }[];
}

export interface SearchHit {
  docId: string;
  title: string;
  outlet?: string;
  date?: string;
  score: number;
  matchCount: number;
  snippets: Snippet[];
}

export interface SearchResponse {
  hits: SearchHit[];
  /** How many documents match in all (hits holds the best of them). */
  total: number;
  /** True while the index is still being built: results may be incomplete. */
  indexing: boolean;
}

/** Whether every change is on disk; when not, why, and that it is being retried. */
export interface SaveStatus {
  unsaved: boolean;
  error: string | null;
}
