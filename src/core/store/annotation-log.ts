// Annotations live apart from the library file, as a snapshot plus an append-only
// log: saving one note appends one line and syncs it, however many notes there are
// (rewriting a 100,000-note JSON file per save took over a second). The log is folded
// into a new snapshot in the background once it grows.
import { copyFile, open, readdir, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../shared/rpc';
import type { Annotation, SaveStatus } from '../../shared/types';
import { DurableJsonFile, StoreReadError } from './durable-json-file';
import { annotationSchema } from './schema';

export const ANNOTATIONS_FILE = 'annotations.json';
const LOG_PATTERN = /^annotations-(\d+)\.log$/;
const logName = (generation: number) => `annotations-${generation}.log`;

interface Snapshot {
  version: 1;
  /** Logs of this generation and later hold changes made after this snapshot. */
  generation: number;
  annotations: Annotation[];
}

const snapshotSchema = z.object({
  version: z.literal(1),
  generation: z.number().int().min(0),
  annotations: z.array(annotationSchema),
});

type Entry = { put: Annotation } | { del: string };
const entrySchema = z.union([z.object({ put: annotationSchema }), z.object({ del: z.string() })]);

export interface AnnotationLogOptions {
  /** Compact once the log holds this many entries (and at least a quarter as many as there are notes). */
  compactAfter?: number;
  /** Tests make appends fail with this, to see a failed write kept and retried. */
  fault?: () => Error | null;
}

export class AnnotationLog {
  readonly notices: string[] = [];
  onStatus?: (status: SaveStatus) => void;
  #records = new Map<string, Annotation>();
  #generation = 0;
  #log: FileHandle | null = null;
  #logEntries = 0;
  /** Lines waiting to be written, with the callers waiting for them. */
  #pending: { line: string; done: (error?: Error) => void }[] = [];
  #flushing: Promise<void> | null = null;
  #compacting: Promise<void> | null = null;
  #status: SaveStatus = { unsaved: false, error: null };
  #retry: NodeJS.Timeout | null = null;
  #retryDelay = 1000;
  /** After a failed append the file may end in half a line: start the next write on a new line. */
  #torn = false;
  readonly #snapshot: DurableJsonFile<Snapshot>;

  constructor(
    readonly dataDir: string,
    private readonly options: AnnotationLogOptions = {},
  ) {
    this.#snapshot = new DurableJsonFile<Snapshot>(join(dataDir, ANNOTATIONS_FILE));
  }

  get status(): SaveStatus {
    return this.#status;
  }

  get size(): number {
    return this.#records.size;
  }

  all(): IterableIterator<Annotation> {
    return this.#records.values();
  }

  get(id: string): Annotation | undefined {
    return this.#records.get(id);
  }

  async boot({ readOnly = false } = {}): Promise<void> {
    const snapshot = await this.#readSnapshot(readOnly);
    this.#generation = snapshot.generation;
    for (const a of snapshot.annotations) this.#records.set(a.id, a);
    const logs = await this.#logs();
    for (const { generation, name } of logs) {
      if (generation < snapshot.generation) continue;
      const content = await readFile(join(this.dataDir, name), 'utf8');
      this.#logEntries += this.#replay(content, name);
      this.#torn = content.length > 0 && !content.endsWith('\n');
      // New entries go after the newest log's, so replaying keeps their order.
      this.#generation = generation;
    }
    if (readOnly) return;
    // Logs older than the snapshot were folded into it by a compaction that stopped before deleting them.
    for (const { generation, name } of logs) {
      if (generation < snapshot.generation) await unlink(join(this.dataDir, name));
    }
    this.#log = await open(join(this.dataDir, logName(this.#generation)), 'a');
    this.#maybeCompact();
  }

  async #readSnapshot(readOnly: boolean): Promise<Snapshot> {
    const empty: Snapshot = { version: 1, generation: 0, annotations: [] };
    const path = this.#snapshot.path;
    try {
      const raw = await this.#snapshot.read();
      if (raw === null) return empty;
      const parsed = snapshotSchema.safeParse(raw);
      if (!parsed.success) throw new StoreReadError(`${ANNOTATIONS_FILE} does not have the shape of Hamish notes`);
      if (!readOnly) await copyFile(path, `${path}.bak`);
      return parsed.data;
    } catch (error) {
      if (!(error instanceof StoreReadError)) throw error;
      if (readOnly) throw new UserError(`your notes cannot be read (${error.message}); open Hamish to repair them`);
      const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(path, aside);
      const backup = await new DurableJsonFile<Snapshot>(`${path}.bak`).read().catch(() => null);
      const restored = backup && snapshotSchema.safeParse(backup);
      this.notices.push(
        restored?.success
          ? `Your notes file could not be read (${error.message}). It was kept as ${aside} and the notes were restored from the last backup.`
          : `Your notes file could not be read (${error.message}). It was kept as ${aside}; notes saved since are recovered from the change log.`,
      );
      return restored?.success ? restored.data : empty;
    }
  }

  async #logs(): Promise<{ generation: number; name: string }[]> {
    const names = await readdir(this.dataDir).catch(() => [] as string[]);
    return names
      .map((name) => ({ name, generation: Number(LOG_PATTERN.exec(name)?.[1] ?? NaN) }))
      .filter((log) => Number.isInteger(log.generation))
      .sort((a, b) => a.generation - b.generation);
  }

  /** Applies a log's entries; returns how many there were. */
  #replay(content: string, name: string): number {
    let damaged = 0;
    let entries = 0;
    for (const line of content.split('\n')) {
      if (!line.trim()) continue;
      let entry: Entry;
      try {
        const parsed = entrySchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error('wrong shape');
        entry = parsed.data;
      } catch {
        // A line cut short by a crash or a full disk: its change was never reported saved.
        damaged++;
        continue;
      }
      entries++;
      if ('put' in entry) this.#records.set(entry.put.id, entry.put);
      else this.#records.delete(entry.del);
    }
    if (damaged > 1) this.notices.push(`${damaged} damaged lines in ${name} were skipped.`);
    return entries;
  }

  /** Saves whole records (new or changed): in memory at once, on disk when the promise resolves. */
  put(records: Annotation[]): Promise<void> {
    for (const record of records) this.#records.set(record.id, record);
    return this.#append(records.map((put) => JSON.stringify({ put })));
  }

  delete(ids: string[]): Promise<void> {
    for (const id of ids) this.#records.delete(id);
    return this.#append(ids.map((del) => JSON.stringify({ del })));
  }

  /** Replaces every annotation (restore from a backup). */
  async replaceAll(records: Annotation[]): Promise<void> {
    const gone = [...this.#records.keys()];
    await this.delete(gone);
    await this.put(records);
    await this.compact();
  }

  #append(lines: string[]): Promise<void> {
    if (!this.#log) return Promise.reject(new Error('the notes store is not open'));
    const written = Promise.all(
      lines.map(
        (line) => new Promise<void>((resolve, reject) => this.#pending.push({ line, done: (e) => (e ? reject(e) : resolve()) })),
      ),
    ).then(() => undefined);
    void this.#flush();
    return written;
  }

  /** Writes everything pending in one append and one sync: saves that arrive together share a sync. */
  #flush(): Promise<void> {
    if (this.#flushing) return this.#flushing;
    this.#flushing = (async () => {
      while (this.#pending.length && this.#log) {
        const batch = this.#pending;
        this.#pending = [];
        try {
          const fault = this.options.fault?.();
          if (fault) throw fault;
          await this.#log.appendFile(`${this.#torn ? '\n' : ''}${batch.map((b) => b.line).join('\n')}\n`);
          await this.#log.datasync();
          this.#torn = false;
        } catch (error) {
          this.#torn = true;
          // Kept in memory and in the queue; retried until it lands. Callers hear of it now.
          this.#pending = [...batch, ...this.#pending];
          const message = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          this.#setStatus({ unsaved: true, error: message });
          this.#scheduleRetry();
          const failure = new UserError(
            `Could not save your notes (${message}). The change is kept and will be saved when possible.`,
          );
          // Every waiting caller hears of it once; the entries stay queued and the status tells when they land.
          for (const b of this.#pending) {
            b.done(failure);
            b.done = () => {};
          }
          return;
        }
        this.#logEntries += batch.length;
        for (const b of batch) b.done();
        if (this.#status.unsaved) this.#setStatus({ unsaved: false, error: null });
      }
      this.#maybeCompact();
    })().finally(() => {
      this.#flushing = null;
    });
    return this.#flushing;
  }

  #scheduleRetry(): void {
    if (this.#retry) return;
    this.#retry = setTimeout(() => {
      this.#retry = null;
      this.#retryDelay = Math.min(this.#retryDelay * 2, 30_000);
      void this.#flush();
    }, this.#retryDelay);
    this.#retry.unref();
  }

  #setStatus(status: SaveStatus): void {
    if (!status.unsaved) this.#retryDelay = 1000;
    this.#status = status;
    this.onStatus?.(status);
  }

  #maybeCompact(): void {
    const threshold = Math.max(this.options.compactAfter ?? 5000, this.#records.size / 4);
    if (this.#logEntries >= threshold && !this.#compacting) void this.compact().catch(() => {});
  }

  /** Folds the log into a new snapshot; saves go on meanwhile into the next generation's log. */
  compact(): Promise<void> {
    if (this.#compacting) return this.#compacting;
    this.#compacting = (async () => {
      if (this.#flushing) await this.#flushing;
      if (!this.#log || this.#status.unsaved) return;
      const previous = this.#generation;
      const oldLog = this.#log;
      this.#generation = previous + 1;
      this.#log = await open(join(this.dataDir, logName(this.#generation)), 'a');
      this.#logEntries = 0;
      await oldLog.close();
      // Records are replaced, never changed in place, so this list is a consistent picture.
      const annotations = [...this.#records.values()];
      await this.#snapshot.write({ version: 1, generation: this.#generation, annotations });
      await unlink(join(this.dataDir, logName(previous))).catch(() => {});
    })().finally(() => {
      this.#compacting = null;
    });
    return this.#compacting;
  }

  async shutdown(): Promise<void> {
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = null;
    await this.#compacting;
    await this.#flush();
    await this.#log?.close();
    this.#log = null;
  }
}
