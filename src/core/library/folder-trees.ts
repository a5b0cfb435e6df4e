// Watches folder trees with one fs.watch per folder and nothing per file: an event
// names an entry, which is stat'ed then to tell a new or changed article from a removed
// one. Chokidar, used before, stat'ed and remembered every file at start: with 15,000
// articles that was seconds of the main thread and ~90 MB that stayed.
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { formatOfPath } from './load-document';

export interface TreeEvents {
  /** An article file, or a folder, that is new or changed. */
  changed(path: string): void;
  /** A file or folder that is gone. */
  removed(path: string): void;
  error(error: unknown): void;
}

const hidden = (path: string) => basename(path).startsWith('.');
const under = (path: string, root: string) => path === root || path.startsWith(root + sep);

export class FolderTrees {
  #watchers = new Map<string, FSWatcher>();
  #closed = false;

  constructor(private readonly events: TreeEvents) {}

  /** Watches a folder and every folder under it (hidden ones inside it passed over); resolves once all are watched. */
  async add(root: string): Promise<void> {
    if (this.#closed || this.#watchers.has(root)) return;
    this.#watch(root);
    let entries;
    try {
      entries = await readdir(root, { withFileTypes: true });
    } catch {
      return; // gone already: its removal is reported by its parent's watcher, or found at the next start
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) await this.add(join(root, entry.name));
    }
  }

  /** Stops watching a folder and the folders under it. */
  remove(root: string): void {
    for (const [dir, watcher] of this.#watchers) {
      if (!under(dir, root)) continue;
      watcher.close();
      this.#watchers.delete(dir);
    }
  }

  close(): void {
    this.#closed = true;
    for (const watcher of this.#watchers.values()) watcher.close();
    this.#watchers.clear();
  }

  #watch(dir: string): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_type, name) => {
        if (name) void this.#seen(join(dir, name.toString()));
      });
    } catch (error) {
      this.events.error(error);
      return;
    }
    // A folder removed under its watcher (EPERM on Windows, ENOENT elsewhere): its parent reports it.
    watcher.on('error', (error) => {
      this.remove(dir);
      if (!['EPERM', 'ENOENT'].includes((error as NodeJS.ErrnoException).code ?? '')) this.events.error(error);
    });
    this.#watchers.set(dir, watcher);
  }

  async #seen(path: string): Promise<void> {
    if (this.#closed || hidden(path)) return;
    const info = await stat(path).catch(() => null);
    if (this.#closed) return;
    if (!info) {
      this.remove(path);
      this.events.removed(path);
    } else if (info.isDirectory()) {
      if (this.#watchers.has(path)) return;
      await this.add(path);
      this.events.changed(path);
    } else if (info.isFile() && formatOfPath(path)) {
      this.events.changed(path);
    }
  }
}
