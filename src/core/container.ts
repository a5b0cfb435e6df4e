// The service container: builds the core services in order for a data folder
// and shuts them down in reverse. Shells (Electron, web, CLI) pass paths in.
// Start-up does only what the first screen (the library list) needs: the app
// shells load the search index a moment after start, or as soon as a search or a
// change needs it (its load holds the thread for a while), and the similar-reports
// index loads or builds when first asked for; the CLI's commands load only what
// they use. With 15,000 articles, the rest costs seconds and hundreds of megabytes.
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../shared/errors';
import type { AppInfo, DocumentRecord } from '../shared/types';
import { DataDirLock, type LockAddress } from './data-dir-lock';
import { EventHub } from './event-hub';
import { LibraryService } from './library/library-service';
import { LibraryWatcher } from './library/library-watcher';
import { SearchService } from './search/search-service';
import { DataFolder } from './store/data-folder';
import { libraryRemains } from './store/remains';
import { BackupService } from './store/backup-service';
import type { AnnotationLog } from './store/annotation-log';
import type { LibraryFile } from './store/library-file';
import { AnnotationService } from './annotations/annotation-service';
import { ExportService } from './export/export-service';
import { ReadingStateService } from './reading/reading-state-service';
import { SettingsService } from './settings/settings-service';
import { CompareService } from './compare/compare-service';
import { SimilarLibrary } from './compare/similar-library';
import { SavedSearchService } from './saved-searches/saved-search-service';

/** How long after start the app shells load the search index, unless something needs it sooner. */
const SEARCH_LOAD_DELAY_MS = 2000;

export interface CoreOptions {
  dataDir: string;
  shell: AppInfo['shell'];
  version: string;
  /** Folder of sample articles copied into a new library; omitted by the CLI's non-app commands. */
  seedsDir?: string;
  /** Who holds the data folder, for the message another instance shows; every writing shell passes one (tests may omit it). */
  lockOwner?: string;
  /** Only reads the store (CLI list/show): no lock, nothing written. */
  readOnly?: boolean;
  /** Reconcile the added folders at start, then watch them (the app shells). */
  watch?: boolean;
  log?: (message: string) => void;
}

export class HamishCore {
  readonly events = new EventHub();
  /** The library file and the annotation log, opened and closed together. */
  readonly dataFolder: DataFolder;
  readonly libraryFile: LibraryFile;
  readonly annotationLog: AnnotationLog;
  readonly library: LibraryService;
  readonly watcher: LibraryWatcher;
  readonly search: SearchService;
  readonly annotations: AnnotationService;
  readonly exports: ExportService;
  /** Restoring and merging JSON backups. */
  readonly backups: BackupService;
  readonly settings: SettingsService;
  readonly reading: ReadingStateService;
  readonly savedSearches: SavedSearchService;
  readonly compare: CompareService;
  /** Other reports of a document's story: an index kept up to date in the background. */
  readonly similar: SimilarLibrary;
  /** Resolves when the start-up reconcile of watched folders has finished. */
  ready: Promise<void> = Promise.resolve();
  #lock: DataDirLock;
  #similarBooted: Promise<void> | null = null;
  /** The search index's load, once started: changes and searches wait for it (see searchService()). */
  #searchBooted: Promise<void> | null = null;
  #searchLoaded = false;
  #searchTimer: NodeJS.Timeout | null = null;

  private constructor(readonly options: CoreOptions) {
    this.#lock = new DataDirLock(options.dataDir);
    this.dataFolder = new DataFolder(options.dataDir);
    this.libraryFile = this.dataFolder.libraryFile;
    this.annotationLog = this.dataFolder.annotationLog;
    this.library = new LibraryService(this.libraryFile, this.events);
    this.settings = new SettingsService(this.libraryFile);
    this.reading = new ReadingStateService(this.libraryFile);
    this.savedSearches = new SavedSearchService(this.libraryFile);
    this.search = new SearchService(
      options.dataDir,
      () => this.library.records(),
      (record) => this.library.readText(record),
      (message) => options.log?.(message),
    );
    // Texts come from the search index when it has them (no file is re-read or re-parsed).
    this.similar = new SimilarLibrary(
      options.dataDir,
      () => this.library.records(),
      (record) => this.search.textOf(record.id, record.fingerprint) ?? this.library.readText(record),
      (message) => options.log?.(message),
      { readOnly: options.readOnly },
    );
    this.annotations = new AnnotationService(this.annotationLog, this.library, this.events);
    this.dataFolder.onStatus = (status) => this.events.emit('saveStatus', status);
    this.exports = new ExportService(this.libraryFile, this.annotationLog, this.library, this.annotations);
    this.backups = new BackupService(this.libraryFile, this.annotationLog, {
      saveCopy: (file) => this.exports.backup(file),
      changed: (before) => this.#replaced(before),
    });
    // A missing file still opens, from the search index's copy of its text.
    this.library.savedText = (record) => this.search.textOf(record.id, record.fingerprint);
    this.library.onChange = async (change) => {
      if (this.#searchLoaded) this.search.apply(change);
      else
        void this.#bootSearch().then(
          () => this.search.apply(change),
          (error: unknown) => options.log?.(`search index: ${(error as Error).message}`),
        );
      // An index not loaded yet checks itself against the library when it loads.
      if (this.#similarBooted) this.similar.apply(change);
      // A changed text moves its annotations (or orphans them); never drops them.
      if (!change.upserts.length || !this.annotationLog.size) return;
      try {
        // Only the documents that have notes are asked for their text (a large import's are compressed).
        const upserts = new Map(change.upserts.map((u) => [u.record.id, u]));
        const read = new Map<string, string | undefined>();
        const text = (id: string) => (read.has(id) ? read.get(id) : read.set(id, upserts.get(id)?.text).get(id));
        await this.annotations.reanchor({ get: text });
      } catch (error) {
        options.log?.(`re-anchoring notes: ${(error as Error).message}`);
      }
    };
    this.compare = new CompareService({
      document: (id) => this.library.get(id),
      summary: (id) => this.library.list().find((d) => d.id === id),
      pins: (left, right) => this.reading.getPins(left, right),
      similarIndex: () => {
        void this.#bootSimilar();
        return this.similar;
      },
    });
    this.watcher = new LibraryWatcher(this.library, this.events, (error) =>
      options.log?.(`watching the library: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  static async boot(requested: CoreOptions): Promise<HamishCore> {
    // A folder that can't be written opens read-only for the app shells (read, search, export, with a
    // banner); a CLI command that writes is refused in one line. No writer can take it, so no lock.
    const readOnlyFolder = !requested.readOnly && (await DataFolder.isReadOnly(requested.dataDir));
    if (readOnlyFolder && !requested.watch) {
      throw new UserError(`the data folder ${requested.dataDir} is read-only; only list, show, search and export can use it`);
    }
    const options = readOnlyFolder ? { ...requested, readOnly: true, lockOwner: undefined, watch: false } : requested;
    const core = new HamishCore(options);
    if (options.lockOwner) core.#lock.acquire(options.lockOwner);
    try {
      await core.dataFolder.boot({ readOnly: requested.readOnly, readOnlyFolder });
      // Before the search index is checked against the store (and rebuilt to match it).
      if (core.libraryFile.repaired) await core.#recover();
      // Read-only commands (CLI list, show) don't touch the search index; `hamish search` boots it itself.
      if (!options.readOnly || readOnlyFolder) {
        // The app shells answer (the library list first) before the index loads; the CLI's writers wait for it.
        if (options.watch) core.#searchTimer = setTimeout(() => core.#bootSearch().catch(() => {}), SEARCH_LOAD_DELAY_MS).unref();
        else await core.#bootSearch();
        if (!readOnlyFolder) await core.annotations.purge();
        void core.annotations.warmSearch();
      }
      if (options.seedsDir && !options.readOnly && !core.libraryFile.data.seeded) await core.#seed(options.seedsDir);
      if (options.watch) core.ready = core.#reconcileAndWatch();
    } catch (error) {
      await core.annotationLog.shutdown().catch(() => {});
      core.#lock.release();
      throw error;
    }
    return core;
  }

  /** Where this app takes the CLI's forwarded writes, written into the data folder's lock (see data-dir-lock.ts). */
  advertise(address: LockAddress): void {
    this.#lock.advertise(address);
  }

  /** The search service once its index is loaded (at once, but for the app shells' first moments). */
  async searchService(): Promise<SearchService> {
    await this.#bootSearch();
    return this.search;
  }

  /** Loads the search index (or starts its rebuild) once. */
  #bootSearch(): Promise<void> {
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    this.#searchTimer = null;
    if (!this.#searchBooted) {
      this.#searchBooted = this.search.boot();
      // Registered first: the changes that waited for the load are applied right after it, before any that see the flag.
      const loaded = () => {
        this.#searchLoaded = true;
      };
      this.#searchBooted.then(loaded, loaded);
    }
    return this.#searchBooted;
  }

  /** The similar-reports index loads (or starts building, in the background) once, when first asked for. */
  #bootSimilar(): Promise<void> {
    return (this.#similarBooted ??= this.similar.boot().catch((error: unknown) => {
      this.options.log?.(`similar reports: ${(error as Error).message}`);
    }));
  }

  /**
   * A damaged library file was replaced by an older backup or an empty library: the documents it
   * lacks are rebuilt from what remains (the search index's records of them, their folders, the
   * samples), each file with a known text under its old id, so the notes stay attached.
   */
  async #recover(): Promise<void> {
    const { dataDir } = this.options;
    const known = new Set(this.libraryFile.data.documents.map((d) => d.id));
    const remains = await libraryRemains(dataDir, known);
    const samples = join(dataDir, 'samples');
    const folders = [...new Set([...this.libraryFile.data.folders, ...remains.folders])];
    if (!remains.ids.size && !folders.length) return;
    const existing = [];
    for (const folder of [...folders, samples]) if (await stat(folder).catch(() => null)) existing.push(folder);
    const report = await this.library.add(existing, { recoveredIds: remains.ids, explicit: false });
    // The samples were copied once already: a rebuilt library does not copy them again.
    if (existing.includes(samples) || remains.ids.size) {
      await this.libraryFile.update((data) => {
        data.seeded = true;
      });
    }
    const orphans = [...this.annotationLog.all()].filter((a) => !a.deletedAt && !this.library.has(a.docId)).length;
    this.libraryFile.notices.push(
      `${report.added} documents were found again in their folders` +
        (orphans ? `; ${orphans} notes belong to documents that could not be found (they are kept).` : '.'),
    );
  }

  /** A restored or merged backup changed the documents wholesale: the indexes and the windows follow. */
  async #replaced(before: readonly DocumentRecord[]): Promise<void> {
    const was = new Map(before.map((d) => [d.id, d.fingerprint]));
    const now = this.libraryFile.data.documents;
    const upserts = [];
    for (const record of now) {
      if (was.get(record.id) === record.fingerprint || record.missing) continue;
      // A file that can't be read now is indexed when the library reads it again.
      const text = await this.library.readText(record).catch(() => null);
      if (text !== null) upserts.push({ record, text });
    }
    const ids = new Set(now.map((d) => d.id));
    await this.library.onChange({ upserts, removed: before.filter((d) => !ids.has(d.id)).map((d) => d.id) });
    this.events.emit('libraryChanged', { reason: 'import' });
    this.events.emit('annotationsChanged', { docIds: [...ids] });
  }

  /** First run: copy the sample articles into the data folder and add them. */
  async #seed(seedsDir: string): Promise<void> {
    const samples = join(this.options.dataDir, 'samples');
    await mkdir(samples, { recursive: true });
    for (const name of await readdir(seedsDir)) await copyFile(join(seedsDir, name), join(samples, name));
    await this.library.add([samples]);
    await this.libraryFile.update((data) => {
      data.seeded = true;
    });
  }

  /** Files changed while the app was closed are picked up, then the folders are watched. */
  async #reconcileAndWatch(): Promise<void> {
    try {
      await this.library.reconcile();
      await this.watcher.start();
    } catch (error) {
      this.options.log?.(`reconciling the library: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async shutdown(): Promise<void> {
    this.library.cancelImport();
    await this.ready;
    await this.watcher.stop();
    try {
      await this.similar.shutdown();
      if (this.#searchTimer) clearTimeout(this.#searchTimer);
      // A load under way finishes first; an index never loaded has nothing to save.
      await this.#searchBooted?.catch(() => {});
      await this.search.shutdown();
      await this.dataFolder.shutdown();
    } finally {
      this.#lock.release();
    }
  }

  info(): AppInfo {
    const { shell, version, dataDir } = this.options;
    return { shell, version, dataDir, notices: this.dataFolder.notices };
  }
}
