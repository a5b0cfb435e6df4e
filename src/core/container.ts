// The service container: builds the core services in order for a data folder
// and shuts them down in reverse. Shells (Electron, web, CLI) pass paths in.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppInfo } from '../shared/types';
import { DataDirLock } from './data-dir-lock';
import { EventHub } from './event-hub';
import { LibraryService } from './library/library-service';
import { LibraryWatcher } from './library/library-watcher';
import { SearchService } from './search/search-service';
import { StoreService } from './store/store-service';
import { AnnotationService } from './annotations/annotation-service';
import { ExportService } from './export/export-service';
import { ReadingStateService } from './reading/reading-state-service';
import { SettingsService } from './settings/settings-service';

export interface CoreOptions {
  dataDir: string;
  shell: AppInfo['shell'];
  version: string;
  /** Folder of sample articles copied into a new library; omitted by the CLI's non-app commands. */
  seedsDir?: string;
  /** Who holds the data folder, for the message another instance shows; omit to skip the lock (Electron holds its own). */
  lockOwner?: string;
  /** Only reads the store (CLI list/show): no lock, nothing written. */
  readOnly?: boolean;
  /** Reconcile the added folders at start, then watch them (the app shells). */
  watch?: boolean;
  log?: (message: string) => void;
}

export class HamishCore {
  readonly events = new EventHub();
  readonly store: StoreService;
  readonly library: LibraryService;
  readonly watcher: LibraryWatcher;
  readonly search: SearchService;
  readonly annotations: AnnotationService;
  readonly exports: ExportService;
  readonly settings: SettingsService;
  readonly reading: ReadingStateService;
  /** Resolves when the start-up reconcile of watched folders has finished. */
  ready: Promise<void> = Promise.resolve();
  #lock: DataDirLock;

  private constructor(readonly options: CoreOptions) {
    this.#lock = new DataDirLock(options.dataDir);
    this.store = new StoreService(options.dataDir);
    this.library = new LibraryService(this.store, this.events);
    this.settings = new SettingsService(this.store);
    this.reading = new ReadingStateService(this.store);
    this.search = new SearchService(
      options.dataDir,
      () => this.library.records(),
      (record) => this.library.textOf(record),
      (message) => options.log?.(message),
    );
    this.annotations = new AnnotationService(this.store.notes, this.library, this.events);
    this.store.onStatus = (status) => this.events.emit('saveStatus', status);
    this.exports = new ExportService(this.store, this.library, this.annotations);
    this.library.onChange = async (change) => {
      this.search.apply(change);
      // A changed text moves its annotations (or orphans them); never drops them.
      if (!change.upserts.length || !this.annotations.log.size) return;
      try {
        await this.annotations.reanchor(new Map(change.upserts.map((u) => [u.record.id, u.text])));
      } catch (error) {
        options.log?.(`re-anchoring notes: ${(error as Error).message}`);
      }
    };
    this.watcher = new LibraryWatcher(this.library, this.events, (error) =>
      options.log?.(`watching the library: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  static async boot(options: CoreOptions): Promise<HamishCore> {
    const core = new HamishCore(options);
    if (options.lockOwner) core.#lock.acquire(options.lockOwner);
    try {
      await core.store.boot({ readOnly: options.readOnly });
      // Read-only commands (CLI list, show) don't touch the search index; `hamish search` boots it itself.
      if (!options.readOnly) {
        await core.search.boot();
        await core.annotations.purge();
        void core.annotations.warmSearch();
      }
      if (options.seedsDir && !core.store.data.seeded) await core.#seed(options.seedsDir);
      if (options.watch) core.ready = core.#reconcileAndWatch();
    } catch (error) {
      await core.store.notes.shutdown().catch(() => {});
      core.#lock.release();
      throw error;
    }
    return core;
  }

  /** First run: copy the sample articles into the data folder and add them. */
  async #seed(seedsDir: string): Promise<void> {
    const samples = join(this.options.dataDir, 'samples');
    await mkdir(samples, { recursive: true });
    for (const name of await readdir(seedsDir)) await copyFile(join(seedsDir, name), join(samples, name));
    await this.library.add([samples]);
    await this.store.update((data) => {
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
      await this.search.shutdown();
      await this.store.shutdown();
    } finally {
      this.#lock.release();
    }
  }

  info(): AppInfo {
    const { shell, version, dataDir } = this.options;
    return { shell, version, dataDir, notices: [...this.store.notices] };
  }
}
