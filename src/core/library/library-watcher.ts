// Watches the folders the user added (folder-trees.ts): new and changed files are
// imported, removed ones marked missing, in batches, while the app runs.
import type { ApiEvents } from '../../shared/api';
import type { EventHub } from '../event-hub';
import { FolderTrees } from './folder-trees';
import type { LibraryService } from './library-service';

/**
 * Changes are handled once none has come for this long (a folder copied in, an editor's save; a file
 * being written keeps sending changes, so it is read once it stopped growing), or after MAX_WAIT_MS.
 */
const BATCH_MS = 300;
const MAX_WAIT_MS = 3000;

export class LibraryWatcher {
  #trees: FolderTrees | null = null;
  #batchStarted = 0;
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
    // Hidden files and folders inside the watched folders are passed over (not above them: the data folder may be ~/.config).
    this.#trees = new FolderTrees({
      changed: (path) => this.#queue(this.#changed, path),
      removed: (path) => this.#queue(this.#removed, path),
      error: (error) => this.onError(error),
    });
    for (const folder of this.#watching) await this.#trees.add(folder);
  }

  /** Watches a folder added after start. */
  add(folder: string): void {
    this.#watching.add(folder);
    this.#trees?.add(folder).catch(this.onError);
  }

  /** Watches the library's folders as they are now: new ones added, removed ones no longer watched. */
  #follow(folders: string[]): void {
    for (const folder of folders) if (!this.#watching.has(folder)) this.add(folder);
    for (const folder of [...this.#watching]) {
      if (folders.includes(folder)) continue;
      this.#watching.delete(folder);
      this.#trees?.remove(folder);
    }
  }

  #queue(set: Set<string>, path: string): void {
    set.add(path);
    if (set === this.#changed) this.#removed.delete(path);
    else this.#changed.delete(path);
    const now = Date.now();
    if (!this.#timer) this.#batchStarted = now;
    else clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => {
        this.#timer = null;
        this.#running = this.#running.then(() => this.#flush()).catch(this.onError);
      },
      Math.max(0, Math.min(BATCH_MS, this.#batchStarted + MAX_WAIT_MS - now)),
    );
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
    this.#trees?.close();
    this.#trees = null;
    await this.#running;
  }
}
