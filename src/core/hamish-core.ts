// The service container: builds the core services in order for a data folder
// and shuts them down in reverse. Shells (Electron, web, CLI) pass paths in.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { documentsOf } from '../shared/annotation-ends';
import type { ApiHandlers } from '../shared/api';
import type { Annotation, AppInfo } from '../shared/types';
import { DataDirLock } from './data-dir-lock';
import { EventHub } from './event-hub';
import { LibraryService } from './library/library-service';
import { LibraryWatcher } from './library/library-watcher';
import { UserError } from '../shared/errors';
import { SearchService } from './search/search-service';
import { StoreService } from './store/store-service';
import { AnnotationService } from './annotations/annotation-service';
import { ExportService } from './export/export-service';

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

/** What only a shell can do (native dialogs); the web shell and CLI have none. */
export interface ShellHooks {
  choosePaths?: (kind: 'files' | 'folder') => Promise<string[]>;
}

export class HamishCore {
  readonly events = new EventHub();
  readonly store: StoreService;
  readonly library: LibraryService;
  readonly watcher: LibraryWatcher;
  readonly search: SearchService;
  readonly annotations: AnnotationService;
  readonly exports: ExportService;
  /** Resolves when the start-up reconcile of watched folders has finished. */
  ready: Promise<void> = Promise.resolve();
  #lock: DataDirLock;

  private constructor(readonly options: CoreOptions) {
    this.#lock = new DataDirLock(options.dataDir);
    this.store = new StoreService(options.dataDir);
    this.library = new LibraryService(this.store);
    this.search = new SearchService(
      options.dataDir,
      () => this.library.records(),
      (record) => this.library.textOf(record),
      (message) => options.log?.(message),
    );
    this.annotations = new AnnotationService(this.store.notes, this.library);
    this.store.onStatus = (status) => this.events.emit('saveStatus', status);
    this.exports = new ExportService(this.store, this.library, this.annotations);
    this.library.onChange = async (change) => {
      this.search.apply(change);
      // A changed text moves its annotations (or orphans them); never drops them.
      if (!change.upserts.length || !this.annotations.log.size) return;
      try {
        const { docIds } = await this.annotations.reanchor(new Map(change.upserts.map((u) => [u.record.id, u.text])));
        if (docIds.length) this.events.emit('annotationsChanged', { docIds });
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
      const report = await this.library.reconcile({ onProgress: (p) => this.events.emit('importProgress', p) });
      if (report.added + report.updated > 0) this.events.emit('libraryChanged', { reason: 'reconcile' });
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

/** Binds the contract to the core services; every shell uses these handlers. */
export function createApiHandlers(core: HamishCore, hooks: ShellHooks = {}): ApiHandlers {
  // Tells every window which documents' notes changed (both ends of a link).
  const changed = (a: Annotation) => {
    core.events.emit('annotationsChanged', { docIds: documentsOf(a) });
    return a;
  };
  return {
    getAppInfo: async () => core.info(),
    listDocuments: async () => core.library.list(),
    getDocument: async ({ id }) => core.library.get(id),
    addPaths: async ({ paths }) => {
      const report = await core.library.add(paths, {
        onProgress: (progress) => core.events.emit('importProgress', progress),
      });
      for (const folder of core.library.folders()) core.watcher.add(folder);
      core.events.emit('libraryChanged', { reason: 'import' });
      return report;
    },
    cancelImport: async () => ({ cancelled: core.library.cancelImport() }),
    removeDocuments: async ({ ids }) => {
      const removed = await core.library.remove(ids);
      core.events.emit('libraryChanged', { reason: 'remove' });
      return { removed };
    },
    search: async (args) => core.search.search(args),
    getSettings: async () => core.store.data.settings,
    saveSettings: async (change) => {
      await core.store.update((data) => {
        data.settings = { ...data.settings, ...change };
      });
      return core.store.data.settings;
    },
    saveReadingPosition: async ({ id, offset }) => {
      if (!core.store.data.documents.some((d) => d.id === id)) throw new UserError(`No document with id "${id}" in the library`);
      await core.store.update((data) => {
        data.positions = { ...data.positions, [id]: offset };
      });
      return { offset };
    },
    getPins: async ({ left, right }) => core.store.data.pairs[`${left}|${right}`] ?? [],
    savePins: async ({ left, right, pins }) => {
      // One pin per paragraph on each side, in reading order on both: alignment must be monotone.
      const sorted = [...pins].sort((a, b) => a[0] - b[0]);
      if (sorted.some((p, i) => i > 0 && (p[0] === sorted[i - 1]![0] || p[1] <= sorted[i - 1]![1]))) {
        throw new UserError('Pinned paragraphs must follow the same order on both sides');
      }
      await core.store.update((data) => {
        data.pairs = { ...data.pairs, [`${left}|${right}`]: sorted };
      });
      return sorted;
    },
    listAnnotations: async ({ limit, ...filter }) => {
      const all = core.annotations.list(filter);
      return { items: limit === undefined ? all : all.slice(0, limit), total: all.length };
    },
    addAnnotation: async (input) => changed(await core.annotations.add(input)),
    updateAnnotation: async ({ id, ...change }) => changed(await core.annotations.update(id, change)),
    deleteAnnotation: async ({ id }) => changed(await core.annotations.remove(id)),
    restoreAnnotation: async ({ id }) => changed(await core.annotations.restore(id)),
    reattachAnnotation: async ({ id, start, end, side }) => changed(await core.annotations.reattach(id, start, end, side)),
    exportNotes: async ({ format, out, docId, tag, template }) => ({
      files: format === 'md' ? await core.exports.markdown(out, { docId, tag, template }) : [await core.exports.backupInto(out)],
    }),
    getSaveStatus: async () => core.store.status,
    choosePaths: async ({ kind }) => {
      if (!hooks.choosePaths) throw new UserError('Choosing files needs the desktop app; type a path instead');
      return hooks.choosePaths(kind);
    },
  };
}
