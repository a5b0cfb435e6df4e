// Annotations live apart from the library file, as a snapshot plus an append-only
// log: saving one note appends one line and syncs it, however many notes there are
// (rewriting a 100,000-note JSON file per save took over a second). The log is folded
// into a new snapshot in the background once it grows.
//
// Files: annotations.json {version, generation, annotations} holds everything written
// to logs of earlier generations; annotations-<generation>.log holds one change a line
// ({"put": record} or {"del": id}), replayed in generation order. annotations.json.bak
// is a second copy of the last snapshot, for when the first is damaged.
import { copyFile, open, readdir, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../shared/errors';
import type { Annotation, SaveStatus } from '../../shared/types';
import { DurableJsonFile, fsyncDirectory, StoreReadError } from './durable-json-file';
import { readLogLines } from './log-lines';
import { checkFault, movedAside, SaveRetry, type WriterOptions } from './save-retry';
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

const entrySchema = z.union([z.object({ put: annotationSchema }), z.object({ del: z.string() })]);

/** `fault` fails appends and snapshot writes, for tests to see a failed write kept and retried. */
export interface AnnotationLogOptions extends WriterOptions {
  /** Compact once the log holds this many entries (and at least a quarter as many as there are notes). */
  compactAfter?: number;
}

export class AnnotationLog {
  readonly notices: string[] = [];
  #records = new Map<string, Annotation>();
  #generation = 0;
  #log: FileHandle | null = null;
  #logEntries = 0;
  /** Lines waiting to be written, with the callers waiting for them. */
  #pending: { line: string; done: (error?: Error) => void }[] = [];
  #flushing: Promise<void> | null = null;
  #compacting: Promise<void> | null = null;
  readonly #saving: SaveRetry;
  /** After a failed append the file may end in half a line: start the next write on a new line. */
  #torn = false;
  readonly #snapshot: DurableJsonFile<Snapshot>;
  readonly #backup: DurableJsonFile<Snapshot>;

  constructor(
    readonly dataDir: string,
    private readonly options: AnnotationLogOptions = {},
  ) {
    this.#snapshot = new DurableJsonFile<Snapshot>(join(dataDir, ANNOTATIONS_FILE), options.fault);
    this.#backup = new DurableJsonFile<Snapshot>(join(dataDir, `${ANNOTATIONS_FILE}.bak`), options.fault);
    this.#saving = new SaveRetry(() => void this.#flush(), options.retryDelayMs);
  }

  /** Called whenever `status` changes. */
  set onStatus(listener: ((status: SaveStatus) => void) | undefined) {
    this.#saving.onStatus = listener;
  }

  get status(): SaveStatus {
    return this.#saving.status;
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
    if (readOnly) return this.#bootReadOnly();
    await this.#snapshot.removeStaleTemps();
    await this.#backup.removeStaleTemps();
    const { snapshot, recovered } = await this.#readSnapshot();
    this.#load(snapshot);
    const logs = await this.#logs();
    let damaged = false;
    for (const { generation, name } of logs) {
      if (generation < snapshot.generation) continue;
      const content = await readFile(join(this.dataDir, name), 'utf8');
      const { entries, dropped, damagedLines } = this.#replay(content);
      this.#logEntries += entries;
      if (dropped) {
        damaged = true;
        await this.#reportDropped(name, dropped, damagedLines, true);
      }
      this.#torn = content.length > 0 && !content.endsWith('\n');
      // New entries go after the newest log's, so replaying keeps their order.
      this.#generation = generation;
    }
    await this.#removeLogsBefore(snapshot.generation, logs);
    this.#log = await this.#openLog(this.#generation);
    // A snapshot rebuilt from a backup, or from a damaged log (kept aside), is written at once:
    // the next start must not depend on the damaged file.
    if (!recovered && !damaged) this.#maybeCompact();
    else {
      await this.compact().catch((error: Error) =>
        this.notices.push(`Your recovered notes could not be written yet (${error.message}); they are kept and written later.`),
      );
    }
  }

  /** The CLI reads while the app may be compacting: a log can vanish, or a new snapshot appear, mid-read. */
  async #bootReadOnly(): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const snapshot = await this.#readSnapshotOnly();
      this.#load(snapshot);
      let vanished = false;
      const damage: { name: string; dropped: number; damagedLines: number }[] = [];
      for (const { generation, name } of await this.#logs()) {
        if (generation < snapshot.generation) continue;
        const content = await readFile(join(this.dataDir, name), 'utf8').catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
          vanished = true;
          return '';
        });
        const { dropped, damagedLines } = this.#replay(content);
        if (dropped) damage.push({ name, dropped, damagedLines });
      }
      const after = await this.#readSnapshotOnly();
      if (!vanished && after.generation === snapshot.generation) {
        for (const { name, dropped, damagedLines } of damage) await this.#reportDropped(name, dropped, damagedLines, false);
        return;
      }
    }
    throw new UserError('your notes are being rewritten by the running app; try again in a moment');
  }

  #load(snapshot: Snapshot): void {
    this.#records = new Map(snapshot.annotations.map((a) => [a.id, a]));
    this.#generation = snapshot.generation;
  }

  async #readSnapshotOnly(): Promise<Snapshot> {
    try {
      const raw = await this.#snapshot.read();
      const parsed = raw === null ? null : snapshotSchema.safeParse(raw);
      if (parsed && !parsed.success) throw new StoreReadError(`${ANNOTATIONS_FILE} does not have the shape of Hamish notes`);
      return parsed?.data ?? { version: 1, generation: 0, annotations: [] };
    } catch (error) {
      if (!(error instanceof StoreReadError)) throw error;
      throw new UserError(`your notes cannot be read (${error.message}); open Hamish to repair them`);
    }
  }

  async #readSnapshot(): Promise<{ snapshot: Snapshot; recovered: boolean }> {
    const empty: Snapshot = { version: 1, generation: 0, annotations: [] };
    const path = this.#snapshot.path;
    try {
      const raw = await this.#snapshot.read();
      if (raw === null) {
        // Only a damaged snapshot moved aside (and not yet rewritten) leaves a copy without its original.
        const copy = await this.#backup.read().catch(() => null);
        const parsed = copy && snapshotSchema.safeParse(copy);
        return parsed?.success ? { snapshot: parsed.data, recovered: true } : { snapshot: empty, recovered: false };
      }
      const parsed = snapshotSchema.safeParse(raw);
      if (!parsed.success) throw new StoreReadError(`${ANNOTATIONS_FILE} does not have the shape of Hamish notes`);
      return { snapshot: parsed.data, recovered: false };
    } catch (error) {
      if (!(error instanceof StoreReadError)) throw error;
      const aside = movedAside(path);
      await rename(path, aside);
      const backup = await this.#backup.read().catch(() => null);
      const restored = backup && snapshotSchema.safeParse(backup);
      this.notices.push(
        restored?.success
          ? `Your notes file could not be read (${error.message}). It was kept as ${aside}; your notes were restored from its copy and the changes saved since.`
          : `Your notes file could not be read (${error.message}). It was kept as ${aside}; notes saved since the last snapshot are recovered from the change log.`,
      );
      return { snapshot: restored?.success ? restored.data : empty, recovered: true };
    }
  }

  async #logs(): Promise<{ generation: number; name: string }[]> {
    const names = await readdir(this.dataDir).catch(() => [] as string[]);
    return names
      .map((name) => ({ name, generation: Number(LOG_PATTERN.exec(name)?.[1] ?? NaN) }))
      .filter((log) => Number.isInteger(log.generation))
      .sort((a, b) => a.generation - b.generation);
  }

  async #removeLogsBefore(generation: number, logs?: { generation: number; name: string }[]): Promise<void> {
    for (const log of logs ?? (await this.#logs())) {
      if (log.generation < generation) await unlink(join(this.dataDir, log.name)).catch(() => {});
    }
  }

  async #openLog(generation: number): Promise<FileHandle> {
    const handle = await open(join(this.dataDir, logName(generation)), 'a', 0o600);
    // A new file's name must survive power loss too, or its synced lines go with it.
    await fsyncDirectory(this.dataDir);
    return handle;
  }

  /** Applies a log's entries; returns how many there were, and how many bytes could not be read. */
  #replay(content: string): { entries: number; dropped: number; damagedLines: number } {
    const read = readLogLines(content, (line) => {
      const parsed = entrySchema.safeParse(JSON.parse(line));
      return parsed.success ? parsed.data : null;
    });
    for (const entry of read.entries) {
      if ('put' in entry) this.#records.set(entry.put.id, entry.put);
      else this.#records.delete(entry.del);
    }
    return { entries: read.entries.length, dropped: read.droppedBytes, damagedLines: read.damagedLines };
  }

  /** Says how much of a log could not be read, and keeps a copy of it before compaction folds it away. */
  async #reportDropped(name: string, dropped: number, damagedLines: number, keep: boolean): Promise<void> {
    let kept = '';
    if (keep) {
      const aside = movedAside(join(this.dataDir, name));
      try {
        await copyFile(join(this.dataDir, name), aside);
        kept = ` The file was kept as ${aside}.`;
      } catch (error) {
        kept = ` It could not be kept aside (${(error as Error).message}).`;
      }
    }
    this.notices.push(
      `${dropped} byte(s) of your notes log ${name} could not be read (${damagedLines} damaged line(s)) and were skipped.${kept}`,
    );
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

  #append(lines: string[]): Promise<void> {
    if (!this.#log) return Promise.reject(new UserError('your notes are open read-only (or closed): changes cannot be saved'));
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
        // One handle per batch: a compaction may switch logs meanwhile, and waits for this batch.
        const log = this.#log;
        const batch = this.#pending;
        this.#pending = [];
        try {
          checkFault(this.options.fault);
          await log.appendFile(`${this.#torn ? '\n' : ''}${batch.map((b) => b.line).join('\n')}\n`);
          await log.datasync();
          this.#torn = false;
        } catch (error) {
          this.#torn = true;
          // Kept in memory and in the queue; retried until it lands. Callers hear of it now.
          this.#pending = [...batch, ...this.#pending];
          const message = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          this.#saving.failed(message);
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
        this.#saving.saved();
      }
      this.#maybeCompact();
    })().finally(() => {
      this.#flushing = null;
    });
    return this.#flushing;
  }

  #maybeCompact(): void {
    const threshold = Math.max(this.options.compactAfter ?? 5000, this.#records.size / 4);
    if (this.#logEntries >= threshold && !this.#compacting) void this.compact().catch(() => {});
  }

  /** Writes a snapshot and its copy; both durable before any log they replace is removed. */
  async #writeSnapshot(generation: number, annotations: Annotation[]): Promise<void> {
    const snapshot: Snapshot = { version: 1, generation, annotations };
    await this.#snapshot.write(snapshot);
    await this.#backup.write(snapshot);
  }

  /** Folds the log into a new snapshot; saves go on meanwhile into the next generation's log. */
  compact(): Promise<void> {
    if (this.#compacting) return this.#compacting;
    this.#compacting = (async () => {
      if (!this.#log) return;
      const generation = this.#generation + 1;
      const next = await this.#openLog(generation);
      const previous = this.#log;
      this.#log = next;
      this.#generation = generation;
      this.#logEntries = 0;
      // Records are replaced, never changed in place, so this list is a consistent picture.
      const annotations = [...this.#records.values()];
      // A batch already going to the old log finishes (and syncs) before the old log is closed.
      if (this.#flushing) await this.#flushing;
      await previous.close();
      // If this fails, the older logs stay and a restart replays them all: nothing is lost.
      await this.#writeSnapshot(generation, annotations);
      await this.#removeLogsBefore(generation);
    })().finally(() => {
      this.#compacting = null;
    });
    return this.#compacting;
  }

  /** Replaces every annotation (restore from a backup): one snapshot write, all or nothing. */
  async replaceAll(records: Annotation[]): Promise<void> {
    await this.#compacting?.catch(() => {});
    if (this.#flushing) await this.#flushing;
    if (this.#pending.length) throw new UserError('earlier changes to your notes are not saved yet; try again once they are');
    const generation = this.#generation + 1;
    // Durable before anything else changes: a restart from here on sees exactly these records.
    await this.#writeSnapshot(generation, records);
    const next = await this.#openLog(generation);
    const previous = this.#log;
    this.#log = next;
    this.#generation = generation;
    this.#logEntries = 0;
    this.#records = new Map(records.map((a) => [a.id, a]));
    await previous?.close();
    await this.#removeLogsBefore(generation);
  }

  /** Saves what is pending; rejects if some change could not be written (the caller should say so). */
  async shutdown(): Promise<void> {
    this.#saving.stop();
    await this.#compacting?.catch(() => {});
    await this.#flush();
    const unsaved = this.#pending.length;
    await this.#log?.close();
    this.#log = null;
    if (unsaved)
      throw new UserError(`${unsaved} change(s) to your notes could not be saved before closing (${this.status.error})`);
  }
}
