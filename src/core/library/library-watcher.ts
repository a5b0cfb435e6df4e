// Watches the folders the user added (chokidar): new and changed files are
// imported, removed ones marked missing, in batches, while the app runs.
import { basename } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ApiEvents } from '../../shared/api';
import type { EventHub } from '../event-hub';
import type { LibraryService } from './library-service';
import { formatOfPath } from './load-document';

/** Changes arriving within this window are handled together (a folder copied in, an editor's save). */
const BATCH_MS = 300;

export class LibraryWatcher {
  #watcher: FSWatcher | null = null;
  #changed = new Set<string>();
  #removed = new Set<string>();
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> = Promise.resolve();
  #unsubscribe: (() => void) | null = null;
  #watching = new Set<string>();

  constructor(
    private readonly library: LibraryService,
    private readonly events: EventHub,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Starts watching the library's folders, and those imported later; resolves once the initial scan is done. */
  async start(): Promise<void> {
    this.#unsubscribe = this.events.subscribe((event, payload) => {
      const reason = event === 'libraryChanged' ? (payload as ApiEvents['libraryChanged']).reason : null;
      if (reason === 'import' || reason === 'folders') this.#follow(this.library.folders());
    });
    this.#watching = new Set(this.library.folders());
    this.#watcher = watch([...this.#watching], {
      ignoreInitial: true,
      // Hidden files and folders inside the watched folders (not above them: the data folder may be ~/.config).
      ignored: (path, stats) => basename(path).startsWith('.') || (!!stats?.isFile() && !formatOfPath(path)),
      // Wait for a file to stop growing before reading it.
      awaitWriteFinish: { stabilityThreshold: 250, pollInterval: 50 },
    });
    this.#watcher.on('add', (path) => this.#queue(this.#changed, path));
    this.#watcher.on('change', (path) => this.#queue(this.#changed, path));
    this.#watcher.on('unlink', (path) => this.#queue(this.#removed, path));
    this.#watcher.on('unlinkDir', (path) => this.#queue(this.#removed, path));
    this.#watcher.on('error', (error) => this.onError(error));
    await new Promise<void>((resolve) => this.#watcher!.once('ready', () => resolve()));
  }

  /** Watches a folder added after start. */
  add(folder: string): void {
    this.#watching.add(folder);
    this.#watcher?.add(folder);
  }

  /** Watches the library's folders as they are now: new ones added, removed ones no longer watched. */
  #follow(folders: string[]): void {
    for (const folder of folders) if (!this.#watching.has(folder)) this.add(folder);
    for (const folder of [...this.#watching]) {
      if (folders.includes(folder)) continue;
      this.#watching.delete(folder);
      this.#watcher?.unwatch(folder);
    }
  }

  #queue(set: Set<string>, path: string): void {
    set.add(path);
    if (set === this.#changed) this.#removed.delete(path);
    else this.#changed.delete(path);
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      this.#running = this.#running.then(() => this.#flush()).catch(this.onError);
    }, BATCH_MS);
  }

  async #flush(): Promise<void> {
    const removed = [...this.#removed];
    const changed = [...this.#changed];
    this.#removed.clear();
    this.#changed.clear();
    await this.library.applyWatched(removed, changed);
  }

  /** Resolves when queued changes have been handled (for tests and shutdown). */
  async settled(): Promise<void> {
    while (this.#timer || this.#changed.size || this.#removed.size) {
      await new Promise((resolve) => setTimeout(resolve, BATCH_MS));
      await this.#running;
    }
    await this.#running;
  }

  async stop(): Promise<void> {
    this.#unsubscribe?.();
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#watcher?.close();
    await this.#running;
  }
}
