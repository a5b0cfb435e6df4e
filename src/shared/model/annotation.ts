// Highlights, notes, bookmarks and links, declared once as zod schemas: the
// annotation log checks its records with them, the API derives its argument
// schemas from them (adding input-only limits), and every type is inferred.
import { z } from 'zod';

// W3C Web Annotation selectors over a document's plain text (see anchoring.ts).
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

export const textPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int(),
  end: z.number().int(),
});
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

export const selectorsSchema = z.object({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema });
export type Selectors = z.infer<typeof selectorsSchema>;

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export const highlightColorSchema = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof highlightColorSchema>;

export const annotationKindSchema = z.enum(['highlight', 'note', 'bookmark', 'link']);
export type AnnotationKind = z.infer<typeof annotationKindSchema>;

/** The other end of a cross-document link. */
export const linkTargetSchema = z.object({ docId: z.string(), selectors: selectorsSchema, orphaned: z.boolean() });
export type LinkTarget = z.infer<typeof linkTargetSchema>;

/** Highlights, passage notes, document notes, bookmarks and cross-document links: one record type with a kind. */
export const annotationSchema = z.object({
  id: z.string(),
  docId: z.string(),
  kind: annotationKindSchema,
  /** W3C selectors over the document's text; absent for a note on the whole document. */
  selectors: selectorsSchema.optional(),
  /** A link's passage in the other document (the link shows on both sides). */
  target: linkTargetSchema.optional(),
  color: highlightColorSchema,
  style: z.enum(['highlight', 'underline']),
  /** Markdown. */
  note: z.string(),
  /** Nested with "/": "العراق/الأمن". */
  tags: z.array(z.string()),
  /** Bookmarks have a name. */
  name: z.string().optional(),
  /** True when the text changed and the passage can't be found: kept, listed, re-attachable. */
  orphaned: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Soft delete: undo brings it back; purged after 30 days. */
  deletedAt: z.string().optional(),
});
export type Annotation = z.infer<typeof annotationSchema>;

// ---- What callers give to make, change and list annotations ----

/** A passage: by offsets in the document's text, or by its words (found with normalised matching). */
export const passageSchema = z.object({
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  quote: z.string().optional(),
});
export type Passage = z.infer<typeof passageSchema>;

/** What a caller may change on an annotation. */
export const annotationChangeSchema = annotationSchema
  .pick({ note: true, tags: true, color: true, style: true, name: true })
  .partial();

/** A new annotation: its document and passage, and whatever the caller chooses of the rest (defaults fill in). */
export const newAnnotationSchema = annotationSchema
  .pick({ docId: true })
  .extend(annotationSchema.pick({ kind: true }).partial().shape)
  .extend(passageSchema.shape)
  .extend({
    /** A link's passage in the other document. */
    target: passageSchema.extend(annotationSchema.pick({ docId: true }).shape).optional(),
  })
  .extend(annotationChangeSchema.shape);

/** Which annotations a notes list shows; docId: annotations on this document (links on either end). */
export const annotationFilterSchema = annotationSchema
  .pick({ docId: true, color: true, kind: true, orphaned: true })
  .extend({
    /** A tag and the tags nested under it. */
    tag: z.string(),
    /** Words in the quote, note, tags or name, matched as the search engine does. */
    query: z.string(),
    includeDeleted: z.boolean(),
  })
  .partial();
export type AnnotationFilter = z.infer<typeof annotationFilterSchema>;
