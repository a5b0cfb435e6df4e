// The one way into the lowdb file: reads at boot, writes serialised.
import { copyFile, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { UserError } from '../../shared/rpc';
import { DurableJsonFile, StoreReadError } from './durable-json-file';
import { emptyStore, migrations, storeSchema, STORE_VERSION, type StoreData } from './schema';

export const STORE_FILE = 'hamish.json';

export class StoreService {
  readonly path: string;
  /** Messages for the user about what happened at boot (a repaired store, for instance). */
  readonly notices: string[] = [];
  #file: DurableJsonFile<StoreData>;
  #db: Low<StoreData>;
  #queue: Promise<unknown> = Promise.resolve();
  #created = false;
  #migratedFrom: number | null = null;

  constructor(readonly dataDir: string) {
    this.path = join(dataDir, STORE_FILE);
    this.#file = new DurableJsonFile<StoreData>(this.path);
    this.#db = new Low(this.#file, emptyStore());
  }

  /** True when this boot created the store (a new data folder). */
  get created(): boolean {
    return this.#created;
  }

  get data(): Readonly<StoreData> {
    return this.#db.data;
  }

  /** readOnly: for commands that only look (CLI list/show); a missing store reads as empty and nothing is written. */
  async boot({ readOnly = false } = {}): Promise<void> {
    if (!readOnly) await mkdir(this.dataDir, { recursive: true });
    try {
      const loaded: unknown = await this.#file.read();
      if (loaded === null) {
        this.#created = true;
      } else {
        this.#db.data = this.#validate(loaded);
      }
    } catch (error) {
      if (!(error instanceof StoreReadError)) throw error;
      if (readOnly) throw new UserError(`the library file cannot be read (${error.message}); open Hamish to repair it`);
      await this.#moveAside(error.message);
    }
    if (readOnly) return;
    if (this.#migratedFrom !== null) {
      // Keep the file as the older version wrote it, then save the upgraded one.
      await copyFile(this.path, `${this.path}.v${this.#migratedFrom}.bak`);
      await this.#db.write();
    } else if (this.#created) {
      await this.#db.write();
    }
  }

  #validate(loaded: unknown): StoreData {
    let data = loaded as Record<string, unknown>;
    const version = typeof data?.version === 'number' ? data.version : 0;
    if (version > STORE_VERSION) {
      throw new Error(`${this.path} was written by a newer Hamish (store version ${version}); update Hamish to open it`);
    }
    try {
      for (let v = version; v < STORE_VERSION && migrations[v]; v++) data = migrations[v]!(data);
    } catch (error) {
      throw new StoreReadError(`${STORE_FILE} could not be upgraded (${(error as Error).message})`);
    }
    this.#migratedFrom = version < STORE_VERSION ? version : null;
    const parsed = storeSchema.safeParse(data);
    if (!parsed.success) throw new StoreReadError(`${STORE_FILE} does not have the shape of a Hamish store`);
    return parsed.data;
  }

  async #moveAside(reason: string): Promise<void> {
    const aside = `${this.path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(this.path, aside).catch(async () => copyFile(this.path, aside));
    this.notices.push(
      `Your library file could not be read (${reason}). It was kept as ${aside} and a new, empty library was started.`,
    );
    this.#db.data = emptyStore();
    this.#created = true;
  }

  /** Applies a change and writes it durably; changes run one at a time, in order. */
  update<T>(change: (data: StoreData) => T): Promise<T> {
    const run = this.#queue.then(async () => {
      const result = change(this.#db.data);
      await this.#db.write();
      return result;
    });
    this.#queue = run.catch(() => {});
    return run;
  }

  /** Waits for pending writes. */
  async shutdown(): Promise<void> {
    await this.#queue;
  }
}
