// Domain types shared by every process. No electron, DOM or node imports here.
import type { Selectors } from './anchoring';
import type { DocumentFormat } from './formats';

export type Direction = 'rtl' | 'ltr';
export type Language = 'ar' | 'en' | 'mixed';
export type { DocumentFormat };

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
  /** The publication (og:site_name, an EPUB's publisher...), when the file says. */
  outlet?: string;
  author?: string;
  /** ISO 8601 publication date, when the file says. */
  date?: string;
  lang: Language;
  dir: Direction;
  words: number;
  readingMinutes: number;
  /** The folder the user added that holds this file, if it came from one. */
  folder?: string;
  /** The file is gone from its path; the entry (and its notes) stay until the user removes it. */
  missing: boolean;
  /** sha256 of the Arabic-normalised text: a moved file is recognised by it. */
  fingerprint: string;
  size: number;
  mtimeMs: number;
  addedAt: string;
  updatedAt: string;
}

export type DocumentSummary = Omit<DocumentRecord, 'fingerprint' | 'size' | 'mtimeMs'>;

export interface DocumentView extends DocumentSummary {
  /** Where the reader was (an offset in text), to restore on open. */
  position?: number;
  text: string;
  blocks: Block[];
}

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
  shell: 'electron' | 'web';
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

export type Theme = 'system' | 'light' | 'dark' | 'sepia';

export interface Settings {
  theme: Theme;
  readingFont: 'naskh' | 'sans';
  /** Reading text size in CSS pixels. */
  fontSize: number;
  lineHeight: number;
  /** Column width in rem. */
  columnWidth: number;
  justify: boolean;
  uiLanguage: 'system' | 'en' | 'ar';
  linkedScrolling: boolean;
}

export const defaultSettings: Settings = {
  theme: 'system',
  readingFont: 'naskh',
  fontSize: 20,
  lineHeight: 2,
  columnWidth: 44,
  justify: false,
  uiLanguage: 'system',
  linkedScrolling: true,
};

/** Paragraphs the user said match, as pairs of block indices [left, right]. */
export type PinPair = [number, number];

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export type AnnotationKind = 'highlight' | 'note' | 'bookmark' | 'link';

/** The other end of a cross-document link. */
export interface LinkTarget {
  docId: string;
  selectors: Selectors;
  orphaned: boolean;
}

/** Highlights, passage notes, document notes, bookmarks and cross-document links: one record type with a kind. */
export interface Annotation {
  id: string;
  docId: string;
  kind: AnnotationKind;
  /** W3C selectors over the document's text; absent for a note on the whole document. */
  selectors?: Selectors;
  /** A link's passage in the other document (the link shows on both sides). */
  target?: LinkTarget;
  color: HighlightColor;
  style: 'highlight' | 'underline';
  /** Markdown. */
  note: string;
  /** Nested with "/": "العراق/الأمن". */
  tags: string[];
  /** Bookmarks have a name. */
  name?: string;
  /** True when the text changed and the passage can't be found: kept, listed, re-attachable. */
  orphaned: boolean;
  createdAt: string;
  updatedAt: string;
  /** Soft delete: undo brings it back; purged after 30 days. */
  deletedAt?: string;
}

/** Which annotations a notes list shows. */
export interface AnnotationFilter {
  /** Annotations on this document (links on either end). */
  docId?: string;
  /** A tag and the tags nested under it. */
  tag?: string;
  color?: HighlightColor;
  kind?: AnnotationKind;
  orphaned?: boolean;
  /** Words in the quote, note, tags or name, matched as the search engine does. */
  query?: string;
  includeDeleted?: boolean;
}

/** Whether every change is on disk; when not, why, and that it is being retried. */
export interface SaveStatus {
  unsaved: boolean;
  error: string | null;
}
