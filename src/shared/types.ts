// Domain types shared by every process. No electron, DOM or node imports here.

export type Direction = 'rtl' | 'ltr';
export type Language = 'ar' | 'en' | 'mixed';
export type DocumentFormat = 'txt' | 'md';

/** A structural block of a document, as a range of UTF-16 code units over its plain text. */
export interface Block {
  type: 'heading' | 'paragraph' | 'quote' | 'list-item';
  start: number;
  end: number;
  /** Heading level (1-6); only for headings. */
  level?: number;
}

/** What the library keeps about a document (the lowdb record). */
export interface DocumentRecord {
  id: string;
  path: string;
  format: DocumentFormat;
  encoding: string;
  title: string;
  lang: Language;
  dir: Direction;
  words: number;
  /** sha256 of the Arabic-normalised text: a moved file is recognised by it. */
  fingerprint: string;
  size: number;
  mtimeMs: number;
  addedAt: string;
  updatedAt: string;
}

export type DocumentSummary = Pick<DocumentRecord, 'id' | 'title' | 'path' | 'words' | 'lang' | 'dir' | 'format'>;

export interface DocumentView extends DocumentSummary {
  encoding: string;
  text: string;
  blocks: Block[];
}

export interface ImportError {
  path: string;
  reason: string;
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
  errors: ImportError[];
}

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

export interface AppInfo {
  version: string;
  shell: 'electron' | 'web';
  dataDir: string;
  /** Messages the user should see once (a store that was repaired, for instance). */
  notices: string[];
}
