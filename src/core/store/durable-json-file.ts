// A lowdb adapter that survives power loss: steno (lowdb's default) renames a
// temp file but never fsyncs, so a crash can leave an empty store behind.
import { open, readdir, rename, readFile, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { isRunning } from '../process';
import { checkFault, type WriteFault } from './save-retry';

export class StoreReadError extends Error {
  override name = 'StoreReadError';
}

/** Makes a file's creation, rename or removal in `dir` survive power loss. */
export async function fsyncDirectory(dir: string): Promise<void> {
  // Windows can't open a directory for fsync; the rename is durable enough there.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class DurableJsonFile<T> implements Adapter<T> {
  #sequence = 0;

  /** fault: for tests, called as each write starts; the error it returns fails the write as a full disk would. */
  constructor(
    readonly path: string,
    private readonly fault?: WriteFault,
  ) {}

  /** null when the file does not exist; StoreReadError when it exists but is not a JSON document. */
  async read(): Promise<T | null> {
    let raw: string;
    try {
      // Read whole, then decoded: reading with an encoding decodes chunk by chunk, slower for a library
      // file of megabytes (every `hamish search` reads one).
      raw = (await readFile(this.path)).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new StoreReadError(`cannot read ${basename(this.path)}: ${(error as Error).message}`);
    }
    if (!raw.trim()) throw new StoreReadError(`${basename(this.path)} is empty`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw new StoreReadError(`${basename(this.path)} is not valid JSON (${(error as Error).message})`);
    }
    // `null` would read as "no file" to lowdb and be overwritten: treat it as damage.
    if (parsed === null) throw new StoreReadError(`${basename(this.path)} contains null`);
    return parsed as T;
  }

  async write(data: T): Promise<void> {
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.${this.#sequence++}.tmp`);
    // Notes are personal: the store's files are the user's alone (0600).
    const handle = await open(temp, 'w', 0o600);
    try {
      checkFault(this.fault);
      await handle.writeFile(JSON.stringify(data));
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(temp).catch(() => {});
      throw error;
    }
    await handle.close();
    try {
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw error;
    }
    await fsyncDirectory(dirname(this.path));
  }

  /** Deletes temp files of writers killed before their rename; a live process's are left to it. */
  async removeStaleTemps(): Promise<void> {
    const dir = dirname(this.path);
    const prefix = `.${basename(this.path)}.`;
    for (const name of await readdir(dir)) {
      const pid = Number(name.slice(prefix.length).split('.')[0]);
      if (!name.startsWith(prefix) || !name.endsWith('.tmp') || isRunning(pid)) continue;
      await unlink(join(dir, name)).catch(() => {});
    }
  }
}
