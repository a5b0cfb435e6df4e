// The service container: builds the core services in order for a data folder
// and shuts them down in reverse. Shells (Electron, web, CLI) pass paths in.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../shared/errors';
import type { AppInfo } from '../shared/types';
import { DataDirLock } from './data-dir-lock';
import { EventHub } from './event-hub';
import { LibraryService } from './library/library-service';
import { LibraryWatcher } from './library/library-watcher';
import { SearchService } from './search/search-service';
import { DataFolder } from './store/data-folder';
import type { AnnotationLog } from './store/annotation-log';
import type { LibraryFile } from './store/library-file';
import { AnnotationService } from './annotations/annotation-service';
import { ExportService } from './export/export-service';
import { ReadingStateService } from './reading/reading-state-service';
import { SettingsService } from './settings/settings-service';
import { CompareService } from './compare/compare-service';
import { SimilarLibrary } from './compare/similar-library';

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
  readonly settings: SettingsService;
  readonly reading: ReadingStateService;
  readonly compare: CompareService;
  /** Other reports of a document's story: an index kept up to date in the background. */
  readonly similar: SimilarLibrary;
  /** Resolves when the start-up reconcile of watched folders has finished. */
  ready: Promise<void> = Promise.resolve();
  #lock: DataDirLock;
  #similarBooted: Promise<void> | null = null;

  private constructor(readonly options: CoreOptions) {
    this.#lock = new DataDirLock(options.dataDir);
    this.dataFolder = new DataFolder(options.dataDir);
    this.libraryFile = this.dataFolder.libraryFile;
    this.annotationLog = this.dataFolder.annotationLog;
    this.library = new LibraryService(this.libraryFile, this.events);
    this.settings = new SettingsService(this.libraryFile);
    this.reading = new ReadingStateService(this.libraryFile);
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
    // A missing file still opens, from the search index's copy of its text.
    this.library.savedText = (record) => this.search.textOf(record.id, record.fingerprint);
    this.library.onChange = async (change) => {
      this.search.apply(change);
      this.similar.apply(change);
      // A changed text moves its annotations (or orphans them); never drops them.
      if (!change.upserts.length || !this.annotationLog.size) return;
      try {
        await this.annotations.reanchor(new Map(change.upserts.map((u) => [u.record.id, u.text])));
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
      // Read-only commands (CLI list, show) don't touch the search index; `hamish search` boots it itself.
      if (!options.readOnly || readOnlyFolder) {
        await core.search.boot();
        // In the background: a stale or missing index is rebuilt in slices while the app answers.
        void core.#bootSimilar();
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

  /** The similar-reports index loads (or starts building) once, at start or when first asked for. */
  #bootSimilar(): Promise<void> {
    return (this.#similarBooted ??= this.similar.boot().catch((error: unknown) => {
      this.options.log?.(`similar reports: ${(error as Error).message}`);
    }));
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
