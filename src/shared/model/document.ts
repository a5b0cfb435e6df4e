// What the library knows about a document, declared once as zod schemas: the
// store checks its file with them and every type is derived from them.
import { z } from 'zod';
import { FORMAT_NAMES, type DocumentFormat } from '../formats';

export type { DocumentFormat };

export const documentFormatSchema = z.enum(FORMAT_NAMES);

export const directionSchema = z.enum(['rtl', 'ltr']);
export type Direction = z.infer<typeof directionSchema>;

export const languageSchema = z.enum(['ar', 'en', 'mixed']);
export type Language = z.infer<typeof languageSchema>;

/**
 * Inline styling over a block's text (Markdown's emphasis, code and links), as a range of the
 * document's text: the markup itself is not in the text, so offsets are the plain text's.
 */
export const inlineMarkSchema = z.object({
  kind: z.enum(['strong', 'em', 'code', 'link']),
  start: z.number(),
  end: z.number(),
  /** A link's target, shown as its title (never followed from the article). */
  href: z.string().optional(),
});
export type InlineMark = z.infer<typeof inlineMarkSchema>;

/** A structural block of a document, as a range of UTF-16 code units over its plain text. */
export const blockSchema = z.object({
  type: z.enum(['heading', 'paragraph', 'quote', 'list-item']),
  start: z.number(),
  end: z.number(),
  /** Heading level (1-6); only for headings. */
  level: z.number().optional(),
  /** Inline styling, in document offsets within the block; only where the format has it (Markdown). */
  marks: z.array(inlineMarkSchema).optional(),
});
export type Block = z.infer<typeof blockSchema>;

/** What the library keeps about a document (the lowdb record). */
export const documentRecordSchema = z.object({
  id: z.string(),
  path: z.string(),
  format: documentFormatSchema,
  encoding: z.string(),
  title: z.string(),
  /** The publication (og:site_name, an EPUB's publisher...), when the file says. */
  outlet: z.string().optional(),
  author: z.string().optional(),
  /** ISO 8601 publication date, when the file says. */
  date: z.string().optional(),
  /** Where the article was published (front matter url/source, a page's canonical link, EPUB/DOCX metadata). */
  url: z.string().optional(),
  lang: languageSchema,
  dir: directionSchema,
  words: z.number(),
  readingMinutes: z.number(),
  /** The folder the user added that holds this file, if it came from one. */
  folder: z.string().optional(),
  /** The file is gone from its path; the entry (and its notes) stay until the user removes it. */
  missing: z.boolean(),
  /** sha256 of the Arabic-normalised text: a moved file is recognised by it. */
  fingerprint: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  addedAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentRecord = z.infer<typeof documentRecordSchema>;

/** A document as listed: the record without what only the library needs to recognise files. */
export const documentSummarySchema = documentRecordSchema.omit({ fingerprint: true, size: true, mtimeMs: true });
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** A document opened for reading. */
export const documentViewSchema = documentSummarySchema.extend({
  /** Where the reader was (an offset in text), to restore on open. */
  position: z.number().optional(),
  text: z.string(),
  blocks: z.array(blockSchema),
  /** The file could not be read: this is the text the search index saved of it (paragraphs only). */
  savedCopy: z.boolean().optional(),
});
export type DocumentView = z.infer<typeof documentViewSchema>;

/** Paragraphs the user said match, as a pair of block indices [left, right]. */
export const pinPairSchema = z.tuple([z.number().int(), z.number().int()]);
export type PinPair = z.infer<typeof pinPairSchema>;

/** A file that could not be read (refused, or stopped at a bound): not read again until it changes. */
export const failedFileSchema = z.object({
  path: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  /** Why, as the import report said it. */
  reason: z.string(),
});
export type FailedFile = z.infer<typeof failedFileSchema>;

/** A folder the library watches, as listed to the user. */
export interface WatchedFolder {
  path: string;
  /** Documents in the library from this folder. */
  documents: number;
  /** The folder is not on disk (an unplugged drive): its documents are marked missing. */
  missing: boolean;
}
