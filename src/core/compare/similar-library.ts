// Keeps the library's similar-reports index (see similar-index.ts) in step with
// the library, off the user's path: loads the saved index at start, and builds a
// new one in the background when it is missing, stale or unreadable, or after
// the library changes. Analysing a news article takes ~1.3 ms, so a library of
// 15,000 takes ~20 s: the build runs in slices of a few tens of milliseconds on
// the event loop, yielding between them (a worker thread would need its own
// bundle entry in all three shells), so the thread that answers the user never
// waits long. A finished build is saved; a half-built one never is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DocumentRecord } from '../../shared/types';
import type { LibraryChange } from '../library/library-service';
import { readSimilarFile, writeSimilarFile } from './similar-file';
import { type SimilarAnalysis, SimilarIndex, SimilarIndexBuilder } from './similar-index';

/** A document's plain text (preferably from the search index's texts: see SearchService.textOf). */
export type SimilarTexts = (record: DocumentRecord) => Promise<string> | string;

export interface SimilarLibraryOptions {
  /** Quiet time after a change before rebuilding: an import sends its changes in bursts. */
  debounceMs?: number;
  /** Never write the index file (a read-only session, such as the CLI's reading commands). */
  readOnly?: boolean;
  /** Work between two yields to the event loop. */
  sliceMs?: number;
}

const DEBOUNCE_MS = 1500;
const MAX_WAIT_MS = 30_000;
const SLICE_MS = 20;
/** Documents weighed between checks of the clock (~20 µs a document), and inverted (~3 µs). */
const WEIGH_STEP = 100;
const INVERT_STEP = 1000;
/** Texts that arrive with changes are kept for the next build, up to this many (beyond, it reads them again). */
const KEEP_TEXTS = 1000;

class Cancelled extends Error {}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class SimilarLibrary {
  readonly path: string;
  readonly #debounceMs: number;
  readonly #sliceMs: number;
  readonly #readOnly: boolean;
  #index: SimilarIndex | null = null;
  /** The document versions the current index stands for, id → fingerprint (unreadable ones included). */
  #cover = new Map<string, string>();
  /**
   * Every document's analysis from this process's last build: a rebuild after a change analyses only what
   * changed (~2 s for 15,000 articles instead of 10–20 s, for ~15 MB of memory). Not saved: the first
   * change after a start that loaded the file analyses everything once.
   */
  #analyses = new Map<string, { fingerprint: string; analysis: SimilarAnalysis }>();
  /** Texts from the library's changes, not yet in a build. */
  readonly #known = new Map<string, { fingerprint: string; text: string }>();
  #timer: NodeJS.Timeout | null = null;
  #waitingSince: number | null = null;
  #building: Promise<void> | null = null;
  /** A change came while building: build again after. */
  #again = false;
  #closed = false;
  // Settles whenever the library goes quiet (no build running or waiting); ready() waits on it.
  #idle: Promise<void>;
  #settleIdle: (() => void) | null = null;

  constructor(
    dataDir: string,
    private readonly records: () => readonly DocumentRecord[],
    private readonly texts: SimilarTexts,
    private readonly log: (message: string) => void = () => {},
    options: SimilarLibraryOptions = {},
  ) {
    this.path = join(dataDir, 'similar-index.bin');
    this.#debounceMs = options.debounceMs ?? DEBOUNCE_MS;
    this.#sliceMs = options.sliceMs ?? SLICE_MS;
    this.#readOnly = options.readOnly ?? false;
    // Busy until boot() has loaded or started a build.
    this.#idle = new Promise((resolve) => (this.#settleIdle = resolve));
  }

  /** A build is running or about to (after a change); current() may be older than the library. */
  get indexing(): boolean {
    return this.#building !== null || this.#timer !== null;
  }

  /** The index as it is now: possibly a little behind the library while indexing; null before the first. */
  current(): SimilarIndex | null {
    return this.#index;
  }

  /** The index once it covers the library (waits for a build in progress or pending). */
  async ready(): Promise<SimilarIndex> {
    for (;;) {
      if (this.#closed) throw new Error('the similar-reports index is shut down');
      if (!this.indexing && this.#settleIdle === null) {
        if (this.#index) return this.#index;
        throw new Error('the similar-reports index could not be built');
      }
      await this.#idle;
    }
  }

  /** Loads the saved index; returns at once, building in the background when needed (see ready()). */
  async boot(): Promise<void> {
    const loaded = await this.#load().catch((error: unknown) => {
      this.log(`similar-reports index unreadable (${(error as Error).message}); rebuilding`);
      return false;
    });
    // A stale index still answers (most of the library is the same) until the new one is in.
    if (!loaded || this.#stale()) this.#schedule(0);
    else this.#quiet();
  }

  /** Follows the library's changes: rebuilds in the background after a quiet moment. */
  apply(change: LibraryChange): void {
    if (this.#closed) return;
    for (const id of change.removed) this.#known.delete(id);
    for (const { record, text } of change.upserts) {
      if (this.#known.size < KEEP_TEXTS || this.#known.has(record.id))
        this.#known.set(record.id, { fingerprint: record.fingerprint, text });
    }
    const changes =
      change.removed.some((id) => this.#cover.has(id)) ||
      change.upserts.some(({ record }) => this.#cover.get(record.id) !== record.fingerprint);
    if (changes) this.#schedule(this.#debounceMs);
  }

  /** Stops a build in progress (nothing half-built is saved) and waits for it to stop. */
  async shutdown(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#building;
    this.#settleIdle?.();
    this.#settleIdle = null;
  }

  // --- state -------------------------------------------------------------------

  async #load(): Promise<boolean> {
    if (!existsSync(this.path)) return false;
    const file = await readSimilarFile(this.path);
    if (!file) return false;
    const { header, data } = file;
    await nextTurn(); // parsing and checking the file, then the maps of ids and terms: two turns, not one
    this.#index = SimilarIndex.fromData(data);
    this.#cover = new Map(header.ids.map((id, doc) => [id, header.fingerprints[doc]!]));
    for (const [id, fingerprint] of header.unread) this.#cover.set(id, fingerprint);
    return true;
  }

  /** The index misses a readable document's version, or holds one the library no longer has. */
  #stale(): boolean {
    const records = this.records();
    if (records.some((r) => this.#cover.get(r.id) !== r.fingerprint && !r.missing)) return true;
    const ids = new Set(records.map((r) => r.id));
    for (const id of this.#cover.keys()) if (!ids.has(id)) return true;
    return false;
  }

  #busy(): void {
    this.#idle = this.#settleIdle ? this.#idle : new Promise((resolve) => (this.#settleIdle = resolve));
  }

  #quiet(): void {
    if (this.indexing || !this.#settleIdle) return;
    this.#settleIdle();
    this.#settleIdle = null;
  }

  #schedule(delay: number): void {
    if (this.#closed) return;
    this.#busy();
    if (this.#timer) clearTimeout(this.#timer);
    // Changes that never stop coming (a long import) still get a build every MAX_WAIT_MS.
    this.#waitingSince ??= performance.now();
    const wait = Math.max(0, Math.min(delay, this.#waitingSince + MAX_WAIT_MS - performance.now()));
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#waitingSince = null;
      if (this.#building) this.#again = true;
      else this.#building = this.#run();
    }, wait);
  }

  async #run(): Promise<void> {
    try {
      do {
        this.#again = false;
        await this.#build().catch((error: unknown) => {
          if (!(error instanceof Cancelled)) this.log(`similar-reports index build failed: ${(error as Error).message}`);
        });
      } while (this.#again && !this.#closed);
    } finally {
      this.#building = null;
      this.#quiet();
    }
  }

  // --- building ------------------------------------------------------------------

  async #build(): Promise<void> {
    const started = performance.now();
    const records = this.records();
    const builder = new SimilarIndexBuilder({ keepAnalyses: true });
    const fingerprints: string[] = [];
    const unread: [string, string][] = [];
    let slice = performance.now();
    const pause = async () => {
      if (performance.now() - slice < this.#sliceMs) return;
      await nextTurn();
      if (this.#closed) throw new Cancelled();
      slice = performance.now();
    };
    for (const record of records) {
      if (this.#closed) throw new Cancelled();
      const analysed = this.#analyses.get(record.id);
      if (analysed?.fingerprint === record.fingerprint) {
        builder.addAnalysis(record.id, analysed.analysis);
        fingerprints.push(record.fingerprint);
        await pause();
        continue;
      }
      const known = this.#known.get(record.id);
      let text: string;
      try {
        text = known?.fingerprint === record.fingerprint ? known.text : await this.texts(record);
      } catch {
        // Unreadable now (a missing file): covered as such, read again when the library re-reads it.
        unread.push([record.id, record.fingerprint]);
        continue;
      }
      builder.add({ id: record.id, text });
      fingerprints.push(record.fingerprint);
      await pause();
    }
    while (builder.weighed < builder.size) {
      builder.weigh(WEIGH_STEP);
      await pause();
    }
    while (builder.inverted < builder.size) {
      builder.invert(INVERT_STEP);
      await pause();
    }
    // Finishing (~30 ms for 15,000 articles) and what follows get turns of their own.
    await nextTurn();
    if (this.#closed) throw new Cancelled();
    const index = builder.finish();
    await nextTurn();
    if (this.#closed) throw new Cancelled();
    this.#index = index;
    this.#analyses = new Map(
      fingerprints.map((fingerprint, doc) => [index.data().ids[doc]!, { fingerprint, analysis: builder.analysis(doc) }]),
    );
    this.#cover = new Map([...index.data().ids.map((id, doc): [string, string] => [id, fingerprints[doc]!]), ...unread]);
    for (const [id, fingerprint] of this.#cover) {
      if (this.#known.get(id)?.fingerprint === fingerprint) this.#known.delete(id);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    this.log(`similar-reports index: ${index.size} documents in ${seconds} s`);
    if (this.#readOnly) return;
    await writeSimilarFile(this.path, index.data(), { fingerprints, unread }).catch((error: unknown) =>
      this.log(`saving the similar-reports index: ${(error as Error).message}`),
    );
  }
}
