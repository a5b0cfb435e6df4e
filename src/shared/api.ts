// The one contract between the renderer and the app. Every transport (Electron
// IPC, the web shell's HTTP API, the renderer's client) derives from it: a new
// method is one line here and one handler in core/api-handlers.ts.
import { z } from 'zod';
import {
  annotationChangeSchema,
  annotationFilterSchema,
  newAnnotationSchema,
  passageSchema,
  type Annotation,
} from './model/annotation';
import { languageSchema, type DocumentSummary, type DocumentView, type PinPair, type WatchedFolder } from './model/document';
import { settingsSchema, type Settings } from './model/settings';
import { backupModeSchema, type BackupOutcome, type BackupPreview } from './model/backup';
import { CITATION_FORMATS, EXPORT_LANGUAGES } from './citation-formats';
import { searchSortSchema, type SavedSearch } from './model/saved-search';
import type { Comparison, SimilarDocument, WordDiff } from './comparison';
import type { AppInfo, ImportProgress, ImportReport, SaveStatus, SearchResponse } from './types';

interface MethodSpec<Args extends z.ZodType, Result> {
  args: Args;
  /** Phantom: carries the result type; never read at run time. */
  result?: Result;
}

/** `method(schema).returns<Result>()`: the schema validates arguments at every edge. */
function method<Args extends z.ZodType>(args: Args) {
  return { returns: <Result>(): MethodSpec<Args, Result> => ({ args }) };
}

const noArgs = z.object({}).strict();

// Argument schemas: the model's, with limits on what a caller may send.
const pinPair = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
const documentId = z.string().min(1, 'a document id is required').max(200);
const annotationId = z.string().min(1).max(100);
const tag = z.string().max(200);
const inputLimits = {
  note: z.string().max(100_000).optional(),
  tags: z.array(tag).max(100).optional(),
  name: z.string().max(500).optional(),
};
const passage = passageSchema.extend({ quote: z.string().min(1).max(10_000).optional() });

/** The search box's query, options and filters. */
const searchArgsSchema = z
  .object({
    query: z.string().max(1000, 'the query is too long'),
    limit: z.number().int().min(1).max(500).optional(),
    /** How many of the ranked results to skip (paging through all of them). */
    offset: z.number().int().min(0).max(10_000_000).optional(),
    /** Relevance (default), newest first, or by outlet (then relevance). A query of filters alone is newest first. */
    sort: searchSortSchema.optional(),
    prefix: z.boolean().optional(),
    stemming: z.boolean().optional(),
    filters: z
      .object({
        outlet: z.string().max(200).optional(),
        lang: languageSchema.optional(),
        folder: z.string().max(4096).optional(),
        from: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
          .optional(),
        to: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Which annotations to list (the model's filter, bounded). */
const annotationFilterArgsSchema = annotationFilterSchema
  .extend({ docId: documentId.optional(), tag: tag.optional(), query: z.string().max(1000).optional() })
  .strict();

/** A new annotation (the model's input, bounded). */
const newAnnotationArgsSchema = newAnnotationSchema
  .extend({ docId: documentId, ...passage.shape, target: passage.extend({ docId: documentId }).strict().optional() })
  .extend(inputLimits)
  .strict();

/** What may change on an annotation (the model's, bounded). */
const annotationChangeArgsSchema = annotationChangeSchema.extend(inputLimits).strict();

export const apiContract = {
  getAppInfo: method(noArgs).returns<AppInfo>(),
  listDocuments: method(noArgs).returns<DocumentSummary[]>(),
  getDocument: method(z.object({ id: documentId }).strict()).returns<DocumentView>(),
  addPaths: method(
    z
      .object({
        paths: z.array(z.string().min(1, 'a path is empty').max(4096)).min(1, 'give at least one file or folder path').max(1000),
      })
      .strict(),
  ).returns<ImportReport>(),
  cancelImport: method(noArgs).returns<{ cancelled: boolean }>(),
  /** The folders the library watches (and re-checks at start). */
  listFolders: method(noArgs).returns<WatchedFolder[]>(),
  /** Stops watching a folder; its documents stay. Returns the folders left. */
  removeFolder: method(z.object({ path: z.string().min(1, 'a path is empty').max(4096) }).strict()).returns<WatchedFolder[]>(),
  removeDocuments: method(
    z.object({ ids: z.array(documentId).min(1, 'choose at least one document').max(100_000) }).strict(),
  ).returns<{
    removed: number;
  }>(),
  search: method(searchArgsSchema).returns<SearchResponse>(),
  /** The searches the user named, oldest first. */
  listSavedSearches: method(noArgs).returns<SavedSearch[]>(),
  /** Names a query (with its filters, order and stemming); a name already used is replaced. Returns them all. */
  saveSearch: method(
    z
      .object({
        name: z.string().max(200),
        query: z.string().max(1000, 'the query is too long'),
        sort: searchSortSchema.optional(),
        stemming: z.boolean().optional(),
      })
      .strict(),
  ).returns<SavedSearch[]>(),
  removeSavedSearch: method(z.object({ id: z.string().min(1).max(100) }).strict()).returns<SavedSearch[]>(),
  /** Every result of a search as a CSV or Markdown file (title, outlet, date, path, score, first snippet) in a folder. */
  exportSearch: method(
    searchArgsSchema
      .omit({ limit: true, offset: true })
      .extend({
        format: z.enum(['csv', 'md']),
        out: z.string().min(1, 'choose a folder to export to').max(4096),
      })
      .strict(),
  ).returns<{ files: string[] }>(),
  getSettings: method(noArgs).returns<Settings>(),
  saveSettings: method(settingsSchema.partial().strict()).returns<Settings>(),
  saveReadingPosition: method(z.object({ id: documentId, offset: z.number().int().min(0) }).strict()).returns<{
    offset: number;
  }>(),
  getPins: method(z.object({ left: documentId, right: documentId }).strict()).returns<PinPair[]>(),
  savePins: method(z.object({ left: documentId, right: documentId, pins: z.array(pinPair).max(10_000) }).strict()).returns<
    PinPair[]
  >(),
  listAnnotations: method(
    annotationFilterArgsSchema.extend({
      /** The first this many (a library-wide list can hold 100,000). */
      limit: z.number().int().min(1).max(100_000).optional(),
    }),
  ).returns<{ items: Annotation[]; total: number }>(),
  addAnnotation: method(newAnnotationArgsSchema).returns<Annotation>(),
  updateAnnotation: method(annotationChangeArgsSchema.extend({ id: annotationId })).returns<Annotation>(),
  deleteAnnotation: method(z.object({ id: annotationId }).strict()).returns<Annotation>(),
  reattachAnnotation: method(
    z
      .object({
        id: annotationId,
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        side: z.enum(['source', 'target']).optional(),
      })
      .strict(),
  ).returns<Annotation>(),
  exportNotes: method(
    z
      .object({
        format: z.enum(['md', 'json', ...CITATION_FORMATS]),
        /** A folder: Markdown writes one file a document there, JSON one dated backup file, a citation format one references file. */
        out: z.string().min(1, 'choose a folder to export to').max(4096),
        docId: documentId.optional(),
        tag: tag.optional(),
        /** A Mustache template file to use instead of the default note. */
        template: z.string().max(4096).optional(),
        /** The notes' labels and dates: English or Arabic (the interface's by default). */
        lang: z.enum(EXPORT_LANGUAGES).optional(),
        /** Overwrite notes whose Hamish-written part the user edited since the last export. */
        force: z.boolean().optional(),
      })
      .strict(),
  ).returns<{ files: string[] }>(),
  /**
   * Citations of documents (those given, or the whole library) as text in a format; with a quote
   * (a passage of the one document given), the quote, then its reference: "Copy with citation".
   */
  citeDocuments: method(
    z
      .object({
        ids: z.array(documentId).min(1, 'choose at least one document').max(100_000).optional(),
        format: z.enum(CITATION_FORMATS),
        quote: z.string().min(1).max(100_000).optional(),
      })
      .strict(),
  ).returns<{ text: string }>(),
  getSaveStatus: method(noArgs).returns<SaveStatus>(),
  /** What restoring or merging a JSON backup would change; nothing is written. */
  previewBackup: method(
    z.object({ file: z.string().min(1, 'choose a backup file').max(4096), mode: backupModeSchema }).strict(),
  ).returns<BackupPreview>(),
  /**
   * Restores a JSON backup (replacing the library) or merges it in (adding what is not there, keeping
   * both of a conflict); the library as it was is saved beside it first. The backup's folders are
   * watched only with watchFolders.
   */
  importBackup: method(
    z
      .object({
        file: z.string().min(1, 'choose a backup file').max(4096),
        mode: backupModeSchema,
        watchFolders: z.boolean().optional(),
      })
      .strict(),
  ).returns<BackupOutcome>(),
  restoreAnnotation: method(z.object({ id: annotationId }).strict()).returns<Annotation>(),
  /** A native file or folder dialog; only the Electron shell has one. */
  /** Which passages of two documents tell the same thing, what differs, and whether they are copies of one story. */
  compareDocuments: method(z.object({ left: documentId, right: documentId }).strict()).returns<Comparison>(),
  /** A word diff of two near-identical documents (spelling variants and punctuation not counted). */
  diffDocuments: method(z.object({ left: documentId, right: documentId }).strict()).returns<WordDiff>(),
  /** Other reports of a document's story in the library, most similar first. */
  similarDocuments: method(z.object({ id: documentId, limit: z.number().int().min(1).max(100).optional() }).strict()).returns<
    SimilarDocument[]
  >(),
  /** Groups of near-identical documents in the library. */
  listNearDuplicates: method(noArgs).returns<string[][]>(),
  /** The comparison of two documents as a Markdown note in a folder. */
  exportComparison: method(
    z
      .object({
        left: documentId,
        right: documentId,
        out: z.string().min(1, 'choose a folder to export to').max(4096),
        /** The note's headings and labels: English or Arabic (the interface's by default). */
        lang: z.enum(EXPORT_LANGUAGES).optional(),
      })
      .strict(),
  ).returns<{ files: string[] }>(),
  choosePaths: method(z.object({ kind: z.enum(['files', 'folder']) }).strict()).returns<string[]>(),
  /** Shows a document's file in the system's file manager; only the Electron shell can. */
  revealFile: method(z.object({ id: documentId }).strict()).returns<{ path: string }>(),
};

/** Events the app pushes to the renderer. */
export interface ApiEvents {
  libraryChanged: { reason: 'import' | 'remove' | 'watch' | 'reconcile' | 'folders' };
  /** Annotations on these documents changed (a link touches two). */
  annotationsChanged: { docIds: string[] };
  saveStatus: SaveStatus;
  /** Open a place in the app (a hamish:// deep link from outside), as a route hash. */
  navigate: { hash: string };
  /** Run a command of the shared table (chosen from the desktop app's menu). */
  command: { id: string };
  importProgress: ImportProgress;
}

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiEvent = keyof ApiEvents;
export type ApiArgs<M extends ApiMethod> = z.input<ApiContract[M]['args']>;
/** A method's arguments as its handler gets them: parsed, defaults filled in. */
export type ValidArgs<M extends ApiMethod> = z.output<ApiContract[M]['args']>;
export type ApiResult<M extends ApiMethod> = NonNullable<ApiContract[M]['result']>;

/** The renderer's view of the app: one async function per method. */
export type HamishApi = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<M>> };

/** What the app implements: the same methods, taking validated arguments. */
export type ApiHandlers = { [M in ApiMethod]: (args: ValidArgs<M>) => Promise<ApiResult<M>> };

/** Why a call failed: the transports map these to their own status codes. */
export type ErrorCode = 'unknown-method' | 'invalid-args' | 'failed' | 'internal';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string; code: ErrorCode };

/** What the Electron preload exposes as `window.hamish`. */
export interface HamishBridge {
  invoke<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<Envelope<ApiResult<M>>>;
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  /** The path of a file dropped on the window (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string;
}

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}
