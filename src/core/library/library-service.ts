// The library: adds files and folders, keeps one record per document (known by
// path and by the fingerprint of its text, so a moved file keeps its id), and
// reads a document back as text plus blocks. It tells the shells when the library
// changed and why, and lends annotations the texts they anchor on (DocumentTexts).
import { resolve, sep } from 'node:path';
import { UserError } from '../../shared/errors';
import type { WatchedFolder } from '../../shared/model/document';
import { readingMinutes } from '../../shared/text-direction';
import type { DocumentRecord, DocumentSummary, DocumentView, ImportProgress, ImportReport } from '../../shared/types';
import type { DocumentTexts } from '../annotations/annotation-service';
import type { DocTerms } from '../search/doc-terms';
import { EventHub } from '../event-hub';
import type { LibraryFile } from '../store/library-file';
import { paragraphBlocks } from './document-builder';
import { ImportCompression, plainText, type HeldText } from './import-compression';
import { FailedFiles, isFileFailure, notRetriedReason } from './failed-files';
import { collectFiles, fileInfo, type CollectedFile } from './folder-walk';
import { derivedId, errorReason, existing, exists } from './library-files';
import type { LoadedDocument } from './load-document';
import { sharedParsePool, type DocumentLoader } from './parse-pool';
import { TextCache } from './text-cache';

export { MAX_FILE_BYTES } from './parse-limits';
export { fingerprintOfNormalized } from './load-document';

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Remember added folders, to watch and reconcile them (the CLI and the app do; watcher re-adds don't). */
  rememberFolders?: boolean;
  /**
   * Paths the user named (default): a file the user removed earlier comes back. The watcher and
   * the start-up reconcile pass false, so removed documents stay removed.
   */
  explicit?: boolean;
  /**
   * Ids a rebuilt library recovered (from the search index) by the fingerprint of a document's text:
   * a new record with that text takes its old id, so the notes on it stay attached.
   */
  recoveredIds?: ReadonlyMap<string, string[]>;
}

/** Files read at once: enough to overlap disk waits, few enough to keep memory flat. */
const READ_CONCURRENCY = 16;
const PROGRESS_INTERVAL_MS = 100;
/** After an import of more files than this, the parse workers let their memory go (see ParsePool.release). */
const RELEASE_AFTER_FILES = 200;

function summarize(record: DocumentRecord): DocumentSummary {
  const { fingerprint: _f, size: _s, mtimeMs: _m, ...summary } = record;
  return summary;
}

/** A recovered id when one is free, else one derived from the path and text (see derivedId). */
function newId(path: string, fingerprint: string, inUse: Set<string>, recovered?: ReadonlyMap<string, string[]>): string {
  const known = recovered?.get(fingerprint) ?? [];
  const derived = derivedId(path, fingerprint);
  if (known.includes(derived) && !inUse.has(derived)) return derived;
  // An older library's random id, when only one document had this text (with several, which is whose can't be told).
  if (known.length === 1 && !inUse.has(known[0]!)) return known[0]!;
  for (let salt = 0; ; salt++) {
    const id = derivedId(path, fingerprint, salt);
    if (!inUse.has(id)) return id;
  }
}

const titleCollator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });

/** An added or re-read document, with its plain text (for the search index, the notes on it). */
export interface LibraryUpsert {
  record: DocumentRecord;
  /** Read from the compressed copy when the import kept one (blob): ask for it only where needed. */
  readonly text: string;
  /** Its index terms, as the parse worker found them (an import's documents). */
  terms?: DocTerms;
  /** Its text compressed for the search index with the change's textDictionary (a large import's). */
  blob?: Uint8Array;
}

export interface LibraryChange {
  upserts: LibraryUpsert[];
  removed: string[];
  /** The dictionary the upserts' blobs were compressed with. */
  textDictionary?: Uint8Array;
}

function upsertOf(record: DocumentRecord, { held, terms }: { held: HeldText; terms: DocTerms }): LibraryUpsert {
  if ('text' in held) return { record, text: held.text, terms };
  return {
    record,
    terms,
    blob: held.blob,
    get text() {
      return plainText(held);
    },
  };
}

export class LibraryService implements DocumentTexts {
  #importing: AbortController | null = null;
  /** Texts of the documents last opened or annotated. */
  #texts = new TextCache();
  #queue: Promise<unknown> = Promise.resolve();
  #listed: { documents: readonly DocumentRecord[]; list: DocumentSummary[] } | null = null;
  /** Told after each change is saved (the search index listens). */
  onChange: (change: LibraryChange) => void | Promise<void> = () => {};

  /**
   * `events` hears libraryChanged (with why) and the progress of imports the user asked for;
   * `loader` reads files (by default in the process's parse workers, bounded in time and memory).
   */
  constructor(
    private readonly libraryFile: LibraryFile,
    private readonly events: EventHub = new EventHub(),
    private readonly loader: DocumentLoader = sharedParsePool,
  ) {}

  /**
   * The library sorted by title. Kept until the documents change (every change replaces the store's
   * array): sorting 15,000 titles with the collator took a few hundred milliseconds a call.
   */
  list(): DocumentSummary[] {
    const documents = this.libraryFile.data.documents;
    if (this.#listed?.documents !== documents)
      this.#listed = { documents, list: documents.map(summarize).sort((a, b) => titleCollator.compare(a.title, b.title)) };
    return [...this.#listed.list];
  }

  #record(id: string): DocumentRecord {
    const record = this.libraryFile.data.documents.find((d) => d.id === id);
    if (!record) throw new UserError(`No document with id "${id}" in the library`);
    return record;
  }

  /**
   * Where a document's text can still come from when its file can't be read: the copy the search
   * index holds of this very version (set by the container; the library knows nothing of search).
   */
  savedText: ((record: DocumentRecord) => string | undefined) | undefined;

  async get(id: string): Promise<DocumentView> {
    const record = this.#record(id);
    const position = this.libraryFile.data.positions[id];
    const at = position === undefined ? {} : { position };
    try {
      const loaded = await this.#load(record);
      return { ...summarize(record), encoding: loaded.encoding, text: loaded.parsed.text, blocks: loaded.parsed.blocks, ...at };
    } catch (error) {
      // A missing or unreadable file still reads, from the saved text (paragraphs only), until it is located.
      const text = this.savedText?.(record);
      if (text === undefined) throw error;
      this.#texts.set(record, text);
      return { ...summarize(record), text, blocks: paragraphBlocks(text), savedCopy: true, ...at };
    }
  }

  /** Reads and parses a document's file, and remembers its text for this version of the document. */
  async #load(record: DocumentRecord): Promise<LoadedDocument> {
    let loaded: LoadedDocument;
    try {
      ({ loaded } = await this.loader.load(record.path));
    } catch (error) {
      throw new UserError(`Cannot open "${record.title}": ${errorReason(error)} (${record.path})`);
    }
    this.#texts.set(record, loaded.parsed.text);
    return loaded;
  }

  /** Stops the running import, if any; what it already read is kept. */
  cancelImport(): boolean {
    if (!this.#importing) return false;
    this.#importing.abort();
    return true;
  }

  /**
   * Adds files and folders (recursively). Imports run one at a time. Never throws for one bad file: each is reported.
   * An import the user asked for (explicit, the default) reports its progress and then libraryChanged 'import'.
   */
  add(paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
    const explicit = options.explicit !== false;
    const onProgress =
      options.onProgress ?? (explicit ? (p: ImportProgress) => this.events.emit('importProgress', p) : undefined);
    const run = this.#queue.then(async () => {
      const report = await this.#add(
        paths.map((p) => resolve(p)),
        { ...options, onProgress },
      );
      if (explicit) this.events.emit('libraryChanged', { reason: 'import' });
      return report;
    });
    this.#queue = run.catch(() => {});
    return run;
  }

  /** What the folder watcher saw: removed paths are marked missing, changed ones re-read; libraryChanged 'watch' if any counted. */
  async applyWatched(removed: string[], changed: string[]): Promise<void> {
    // Removals first, so a file moved within the watched folders is recognised by its text.
    const missing = removed.length ? await this.markMissing(removed) : 0;
    const report = changed.length ? await this.add(changed, { rememberFolders: false, explicit: false }) : null;
    if (missing || (report && report.added + report.updated > 0)) this.events.emit('libraryChanged', { reason: 'watch' });
  }

  async #add(paths: string[], options: ImportOptions): Promise<ImportReport> {
    const controller = new AbortController();
    this.#importing = controller;
    try {
      return await this.#import(paths, options, controller.signal);
    } finally {
      this.#importing = null;
    }
  }

  async #import(paths: string[], options: ImportOptions, signal: AbortSignal): Promise<ImportReport> {
    const report: ImportReport = { added: 0, updated: 0, skipped: 0, errors: [] };
    const files: CollectedFile[] = [];
    const folders: string[] = [];
    const seen = new Set<string>();
    for (const path of paths) {
      const before = files.length;
      const isFolder = await collectFiles(path, files, report, seen, true);
      if (isFolder && files.length > before) folders.push(path);
    }
    // The same file named twice (a folder and a file inside it) is read once; files the
    // user removed stay out unless named now.
    const explicit = options.explicit !== false;
    const excluded = new Set(this.libraryFile.data.excluded);
    const unique = new Map<string, CollectedFile>();
    for (const file of files) {
      if (unique.has(file.path)) continue;
      if (excluded.has(file.path) && !(explicit && paths.includes(file.path))) continue;
      unique.set(file.path, file);
    }
    files.splice(0, files.length, ...unique.values());
    const readmitted = explicit ? paths.filter((p) => excluded.has(p)) : [];
    const foldersKnown = this.libraryFile.data.folders;
    const folderOf = (file: string) =>
      [...foldersKnown, ...folders].filter((f) => file.startsWith(f + sep)).sort((a, b) => b.length - a.length)[0];

    const byPath = new Map(this.libraryFile.data.documents.map((d) => [d.path, d]));
    const byFingerprint = new Map<string, DocumentRecord[]>();
    for (const d of this.libraryFile.data.documents)
      byFingerprint.set(d.fingerprint, [...(byFingerprint.get(d.fingerprint) ?? []), d]);
    const changes = new Map<string, DocumentRecord>();
    const texts = new Map<string, { held: HeldText; terms: DocTerms }>();
    const compression = ImportCompression.for(this.loader, files.length);
    const failures = new FailedFiles(this.libraryFile.data.failed);
    const created = new Set<string>();
    const inUse = new Set(this.libraryFile.data.documents.map((d) => d.id));
    const claimed = new Set<string>();

    let done = 0;
    let lastProgress = 0;
    const progress = (current: string) => {
      const now = Date.now();
      // Often enough for a smooth bar, rarely enough not to flood the window.
      if (now - lastProgress < PROGRESS_INTERVAL_MS && done % 50 !== 0) return;
      lastProgress = now;
      options.onProgress?.({ done, total: files.length, current });
    };
    options.onProgress?.({ done: 0, total: files.length, current: files[0]?.path ?? '' });

    const importOne = async (file: CollectedFile) => {
      const { path, folder } = file;
      const existing = byPath.get(path);
      // Compared against what the library knows; a file it never met is stat'ed by the worker that reads it.
      const info = file.info ?? (existing || failures.knows(path) ? await fileInfo(file) : null);
      if (existing) claimed.add(existing.id);
      if (existing && info && !existing.missing && existing.size === info.size && existing.mtimeMs === info.mtimeMs) {
        report.skipped++;
        return;
      }
      // A file that failed before and has not changed since is not read again, unless the user names it
      // now; one the user names is read each time asked, so only failures found in folders are remembered.
      const named = explicit && paths.includes(path);
      const failed = info && failures.unchanged(path, info);
      if (failed && !named) throw new UserError(notRetriedReason(failed));
      let result;
      try {
        result = await this.loader.load(path, { analyze: true, compressWith: compression?.compressWith });
      } catch (error) {
        if (!named && isFileFailure(error)) {
          const version = info ?? (await fileInfo(file).catch(() => null));
          if (version) failures.remember(path, version, errorReason(error));
        }
        throw error;
      }
      failures.forget(path);
      const { parsed, encoding, format, size, mtimeMs } = result.loaded;
      const held = compression?.held(result) ?? { text: parsed.text };
      const { lang, dir, words, fingerprint, title, terms } = result.analysis!;
      const now = new Date().toISOString();
      const fields = {
        path,
        format,
        encoding,
        title,
        outlet: parsed.meta?.outlet,
        author: parsed.meta?.author,
        date: parsed.meta?.date,
        url: parsed.meta?.url,
        lang,
        dir,
        words,
        readingMinutes: readingMinutes(words),
        folder: folder ?? folderOf(path),
        missing: false,
        fingerprint,
        size,
        mtimeMs,
        updatedAt: now,
      };
      // Same path: the file changed. Same text at a path that is gone: it moved. Otherwise: new.
      let previous = existing;
      if (!previous) {
        for (const candidate of byFingerprint.get(fingerprint) ?? []) {
          if (claimed.has(candidate.id)) continue;
          // Claim before the await: another reader may be looking at the same record.
          claimed.add(candidate.id);
          if (candidate.missing || !(await exists(candidate.path))) {
            previous = candidate;
            break;
          }
          claimed.delete(candidate.id);
        }
      }
      if (previous) {
        claimed.add(previous.id);
        changes.set(previous.id, { ...previous, ...fields });
        texts.set(previous.id, { held, terms });
        report.updated++;
      } else {
        const id = newId(path, fingerprint, inUse, options.recoveredIds);
        inUse.add(id);
        created.add(id);
        changes.set(id, { id, addedAt: now, ...fields });
        texts.set(id, { held, terms });
        report.added++;
      }
    };

    let next = 0;
    const worker = async () => {
      while (next < files.length && !signal.aborted) {
        const file = files[next++]!;
        try {
          await importOne(file);
        } catch (error) {
          report.errors.push({ path: file.path, reason: errorReason(error) });
        }
        done++;
        progress(file.path);
      }
    };
    try {
      await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
    } finally {
      compression?.finish();
    }
    if (files.length > RELEASE_AFTER_FILES) this.loader.release?.();
    if (signal.aborted) report.cancelled = true;
    options.onProgress?.({ done, total: files.length, current: '', finished: true });

    // A cancelled import does not remember its folders (the next start would finish it unasked),
    // and a folder inside one already remembered is covered by it.
    const remember = options.rememberFolders !== false && !report.cancelled;
    const newFolders = remember ? folders.filter((f) => !foldersKnown.some((k) => f === k || f.startsWith(k + sep))) : [];
    if (changes.size || newFolders.length || readmitted.length || failures.changed) {
      await this.libraryFile.update((data) => {
        const byId = new Map(data.documents.map((d) => [d.id, d]));
        for (const [id, change] of changes) {
          // A document the user removed while this import ran stays removed.
          if (created.has(id) || byId.has(id)) byId.set(id, change);
          else changes.delete(id);
        }
        data.documents = [...byId.values()];
        data.folders = [...data.folders.filter((k) => !newFolders.some((f) => k.startsWith(f + sep))), ...newFolders];
        if (readmitted.length) data.excluded = data.excluded.filter((p) => !readmitted.includes(p));
        if (failures.changed) data.failed = failures.list();
      });
      if (changes.size)
        this.onChange({
          upserts: [...changes.values()].map((record) => upsertOf(record, texts.get(record.id)!)),
          removed: [],
          ...(compression?.dictionary ? { textDictionary: compression.dictionary } : {}),
        });
    }
    report.errors.sort((a, b) => a.path.localeCompare(b.path));
    return report;
  }

  /** Removes documents from the library (their files stay on disk). */
  async remove(ids: string[]): Promise<number> {
    const unknown = ids.find((id) => !this.libraryFile.data.documents.some((d) => d.id === id));
    if (unknown) throw new UserError(`No document with id "${unknown}" in the library`);
    const gone = new Set(ids);
    await this.libraryFile.update((data) => {
      // Remembered so that watching and reconciling the folder don't bring it back.
      const paths = data.documents.filter((d) => gone.has(d.id)).map((d) => d.path);
      data.excluded = [...new Set([...data.excluded, ...paths])];
      data.documents = data.documents.filter((d) => !gone.has(d.id));
    });
    await this.onChange({ upserts: [], removed: [...gone] });
    this.events.emit('libraryChanged', { reason: 'remove' });
    return gone.size;
  }

  /** Marks the documents at these paths (or under these folders) missing; returns how many changed. */
  async markMissing(paths: string[]): Promise<number> {
    const matches = (doc: DocumentRecord) => paths.some((p) => doc.path === p || doc.path.startsWith(p + sep));
    const hits = this.libraryFile.data.documents.filter((d) => !d.missing && matches(d));
    if (!hits.length) return 0;
    await this.libraryFile.update((data) => {
      data.documents = data.documents.map((d) => (!d.missing && matches(d) ? { ...d, missing: true } : d));
    });
    return hits.length;
  }

  /**
   * At start: re-scan the remembered folders for new and changed files, and mark vanished files missing;
   * reports progress, and libraryChanged 'reconcile' when files came in.
   */
  async reconcile(): Promise<ImportReport> {
    const report = await this.#reconcile();
    if (report.added + report.updated > 0) this.events.emit('libraryChanged', { reason: 'reconcile' });
    return report;
  }

  async #reconcile(): Promise<ImportReport> {
    const present = this.libraryFile.data.documents.filter((d) => !d.missing).map((d) => d.path);
    const found = new Set(await existing(present));
    await this.markMissing(present.filter((path) => !found.has(path)));
    const folders = await existing(this.libraryFile.data.folders);
    const returned = await existing(this.libraryFile.data.documents.filter((d) => d.missing && !d.folder).map((d) => d.path));
    if (!folders.length && !returned.length) return { added: 0, updated: 0, skipped: 0, errors: [] };
    return this.add([...folders, ...returned], {
      onProgress: (p) => this.events.emit('importProgress', p),
      rememberFolders: false,
      explicit: false,
    });
  }

  /** A document's plain text, read from its file (the search index's rebuild reads every one once). */
  async readText(record: DocumentRecord): Promise<string> {
    return (await this.loader.load(record.path)).loaded.parsed.text;
  }

  has(id: string): boolean {
    return this.libraryFile.data.documents.some((d) => d.id === id);
  }

  /**
   * A document's plain text for annotating it: the text last read for this version of the document
   * (opening it fills the cache), so adding a highlight does not re-read and re-parse the file.
   */
  async textOf(id: string): Promise<string> {
    const record = this.#record(id);
    const cached = this.#texts.get(record);
    if (cached !== undefined) return cached;
    return (await this.#load(record)).parsed.text;
  }

  records(): readonly DocumentRecord[] {
    return this.libraryFile.data.documents;
  }

  folders(): string[] {
    return [...this.libraryFile.data.folders];
  }

  /** The watched folders, with how many documents came from each and whether it is on disk. */
  async listFolders(): Promise<WatchedFolder[]> {
    const folders: WatchedFolder[] = [];
    for (const path of this.libraryFile.data.folders) {
      const documents = this.libraryFile.data.documents.filter((d) => d.folder === path).length;
      folders.push({ path, documents, missing: !(await exists(path)) });
    }
    return folders;
  }

  /**
   * Stops watching a folder (and reconciling it at start). Its documents stay in the library;
   * libraryChanged 'folders' tells the watcher and the shells.
   */
  removeFolder(path: string): Promise<WatchedFolder[]> {
    const run = this.#queue.then(async () => {
      const folder =
        this.libraryFile.data.folders.find((f) => f === path) ?? this.libraryFile.data.folders.find((f) => f === resolve(path));
      if (!folder) throw new UserError(`"${path}" is not a watched folder`);
      await this.libraryFile.update((data) => {
        data.folders = data.folders.filter((f) => f !== folder);
        data.failed = data.failed.filter((f) => !f.path.startsWith(folder + sep));
      });
      this.events.emit('libraryChanged', { reason: 'folders' });
      return this.listFolders();
    });
    this.#queue = run.catch(() => {});
    return run;
  }
}
