// The library file (hamish.json, lowdb): documents, folders, settings, reading
// state. Read at boot (repaired from a backup or migrated when it must be),
// written serialised; a failed write is kept and retried (save-retry.ts).
// DataFolder opens it beside the annotation log.
import { chmod, copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Low } from 'lowdb';
import { UserError } from '../../shared/errors';
import type { SaveStatus } from '../../shared/types';
import { backupPaths, rotateBackups } from './backups';
import { DurableJsonFile, StoreReadError } from './durable-json-file';
import { movedAside, SaveRetry, type WriterOptions } from './save-retry';
import {
  emptyStore,
  migrations,
  parseStore,
  parseStoreForReading,
  STORE_VERSION,
  type StoreData,
  type StoreParser,
} from './schema';

export const STORE_FILE = 'hamish.json';

const BACKUP_EVERY_MS = 60 * 60 * 1000;

/** Why a change is refused in a read-only session. */
export const READ_ONLY_REFUSAL = 'this data folder is open read-only: changes cannot be saved';

export class LibraryFile {
  readonly path: string;
  /** Messages for the user about what happened at boot (a repaired store, for instance). */
  readonly notices: string[] = [];
  #file: DurableJsonFile<StoreData>;
  #db: Low<StoreData>;
  #queue: Promise<unknown> = Promise.resolve();
  #created = false;
  #migratedFrom: number | null = null;
  readonly #saving: SaveRetry;
  #backedUpAt = 0;
  /** Whether a backup file exists: until one does, the next save makes one (a new library's first hour is covered). */
  #hasBackup = false;
  #readOnly = false;
  #repaired = false;

  constructor(
    readonly dataDir: string,
    options: WriterOptions = {},
  ) {
    this.path = join(dataDir, STORE_FILE);
    this.#file = new DurableJsonFile<StoreData>(this.path, options.fault);
    this.#db = new Low(this.#file, emptyStore());
    // A failure schedules the next try and updates the status: nothing more to do with it here.
    this.#saving = new SaveRetry(() => {
      if (this.#saving.status.unsaved) this.#enqueue(() => this.#save()).catch(() => {});
    }, options.retryDelayMs);
  }

  /** Called whenever `status` changes. */
  set onStatus(listener: ((status: SaveStatus) => void) | undefined) {
    this.#saving.onStatus = listener;
  }

  /** True when this boot created the store (a new data folder). */
  get created(): boolean {
    return this.#created;
  }

  /**
   * True when this boot found the file damaged and restored a backup or started empty: what the backup
   * lacked is then rebuilt from what remains (see HamishCore's recovery).
   */
  get repaired(): boolean {
    return this.#repaired;
  }

  get data(): Readonly<StoreData> {
    return this.#db.data;
  }

  get status(): SaveStatus {
    return { ...this.#saving.status };
  }

  /** readOnly: for commands that only look (CLI list/show); a missing store reads as empty and nothing is written. */
  async boot({ readOnly = false } = {}): Promise<void> {
    this.#readOnly = readOnly;
    // A new data folder is private (0700): notes are personal.
    if (!readOnly) await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    let readGood = false;
    try {
      const loaded: unknown = await this.#file.read();
      if (loaded === null) {
        this.#created = true;
      } else {
        // Nothing read-only is written back: a cheaper check of the same shape (see parseStoreForReading).
        this.#db.data = this.#validate(loaded, readOnly ? parseStoreForReading : parseStore);
        readGood = true;
      }
    } catch (error) {
      if (!(error instanceof StoreReadError)) throw error;
      if (readOnly) throw new UserError(`the library file cannot be read (${error.message}); open Hamish to repair it`);
      await this.#moveAside(error.message);
    }
    if (readOnly) return;
    await this.#file.removeStaleTemps();
    if (this.#migratedFrom !== null) {
      // Keep the file as the older version wrote it, then save the upgraded one.
      await copyFile(this.path, `${this.path}.v${this.#migratedFrom}.bak`);
      await this.#db.write();
    } else if (this.#created) {
      // A new library: its folder may have been made by someone else (Electron makes userData), so it is made private here.
      await chmod(this.dataDir, 0o700).catch(() => {});
      await this.#db.write();
    }
    // A restored store is a backup already; a new one has nothing worth keeping yet (its first save makes one).
    this.#hasBackup = (await stat(backupPaths(this.path)[0]!).catch(() => null)) !== null;
    if (readGood) await this.#backUp();
    this.#backedUpAt = Date.now();
  }

  #validate(loaded: unknown, parse: StoreParser = parseStore): StoreData {
    let data = loaded as Record<string, unknown>;
    const version = typeof data?.version === 'number' ? data.version : 0;
    if (version > STORE_VERSION) {
      throw new UserError(
        `${this.path} was written by a newer Hamish (store version ${version}); update Hamish to open this data folder`,
      );
    }
    try {
      for (let v = version; v < STORE_VERSION && migrations[v]; v++) data = migrations[v]!(data);
    } catch (error) {
      throw new StoreReadError(`${STORE_FILE} could not be upgraded (${(error as Error).message})`);
    }
    const parsed = parse(data);
    if (!parsed.success) throw new StoreReadError(`${STORE_FILE} does not have the shape of a Hamish store`);
    this.#migratedFrom = version < STORE_VERSION ? version : null;
    return parsed.data;
  }

  async #moveAside(reason: string): Promise<void> {
    this.#repaired = true;
    const aside = movedAside(this.path);
    await rename(this.path, aside).catch(async () => copyFile(this.path, aside));
    const backup = await this.#newestGoodBackup();
    if (backup) {
      await new DurableJsonFile<unknown>(this.path).write(backup.loaded);
      this.#db.data = backup.data;
      this.notices.push(
        `Your library file could not be read (${reason}). It was kept as ${aside} and your library was restored from ` +
          `its backup of ${backup.savedAt} (${basename(backup.path)}).`,
      );
      return;
    }
    this.notices.push(
      `Your library file could not be read (${reason}). It was kept as ${aside} and a new, empty library was started.`,
    );
    this.#db.data = emptyStore();
    this.#created = true;
  }

  async #newestGoodBackup(): Promise<{ path: string; loaded: unknown; data: StoreData; savedAt: string } | null> {
    for (const path of backupPaths(this.path)) {
      try {
        const loaded = await new DurableJsonFile<unknown>(path).read();
        if (loaded === null) continue;
        const data = this.#validate(loaded);
        return { path, loaded, data, savedAt: (await stat(path)).mtime.toISOString() };
      } catch {
        // A damaged (or newer) backup: try the next older one.
      }
    }
    return null;
  }

  async #backUp(): Promise<void> {
    this.#backedUpAt = Date.now();
    await rotateBackups(this.path).then(
      () => {
        this.#hasBackup = true;
      },
      (error: unknown) => {
        this.notices.push(`Your library could not be backed up (${(error as Error).message}).`);
      },
    );
  }

  /**
   * Applies a change and writes it durably; changes run one at a time, in order.
   * When the write fails the change stays in memory, is retried, and the promise rejects with a UserError.
   */
  update<T>(change: (data: StoreData) => T): Promise<T> {
    if (this.#readOnly) return Promise.reject(new UserError(READ_ONLY_REFUSAL));
    return this.#enqueue(async () => {
      const result = change(this.#db.data);
      await this.#save();
      return result;
    });
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => {});
    return run;
  }

  async #save(): Promise<void> {
    try {
      await this.#db.write();
    } catch (error) {
      const reason = (error as Error).message;
      this.#saving.failed(reason);
      throw new UserError(`Could not save your library (${reason}). The change is kept and will be saved when possible.`);
    }
    this.#saving.saved();
    if (!this.#hasBackup || Date.now() - this.#backedUpAt >= BACKUP_EVERY_MS) await this.#backUp();
  }

  /** Waits for pending writes, and makes a last try at saving changes that could not be saved. */
  async shutdown(): Promise<void> {
    this.#saving.stop();
    await this.#queue;
    if (!this.#saving.status.unsaved) return;
    await this.#enqueue(() => this.#save()).catch(() => {
      throw new UserError(
        `Could not save your library before closing (${this.#saving.status.error}); the latest changes are lost.`,
      );
    });
  }
}
