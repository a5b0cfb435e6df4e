// Parses files in worker threads, each parse bounded in time and memory: a hostile file
// (a page that makes jsdom grow to gigabytes, nesting that makes Readability run for
// minutes) stops its worker and is reported, while the thread that answers the user goes
// on. A small pool of workers lives as long as the process and is reused across files.
import { Worker } from 'node:worker_threads';
import { UserError } from '../../shared/errors';
import { workerEntry } from '../worker-entry';
import type { LoadedDocument, DocumentAnalysis } from './load-document';
import { PARSE_MEMORY_LIMIT_MB, PARSE_TIME_LIMIT_MS } from './parse-limits';
import { Vocabulary } from '../search/doc-terms';
import type { TextDictionary } from '../search/text-blob';
import type { CompressedText, DictionaryMessage, ParseFailure, ParseRequest, ParseResponse } from './parse-protocol';

export interface ParsePoolOptions {
  /** Workers parsing at once (default 2: the parse of one big file must not hold up the rest). */
  workers?: number;
  timeLimitMs?: number;
  memoryLimitMb?: number;
}

export interface ParseResult {
  loaded: LoadedDocument;
  analysis?: DocumentAnalysis;
  /** The text compressed for the search index, when asked (compressWith): loaded.parsed.text is empty then. */
  compressed?: CompressedText;
}

/** Reads and parses files; what LibraryService needs of the pool (tests may pass their own). */
export interface DocumentLoader {
  load(path: string, options?: LoadOptions): Promise<ParseResult>;
  /** Lets idle readers go (after an import), giving their memory back; the next load starts one again. */
  release?(): void;
  /** The dictionary analysed loads may compress their text with (see LoadOptions.compressWith); null: none. */
  setTextDictionary?(dictionary: TextDictionary | null): void;
}

export interface LoadOptions {
  /** Also derive the importer's figures (language, words, fingerprint, title, index terms); no blocks come back. */
  analyze?: boolean;
  /** An analysed file's text comes back compressed with this dictionary (by its id), when it is the one set. */
  compressWith?: number;
}

interface Job {
  request: ParseRequest;
  resolve: (result: ParseResult) => void;
  reject: (error: Error) => void;
}

function toError(failure: ParseFailure): Error {
  if (failure.user) return new UserError(failure.message);
  return Object.assign(new Error(failure.message), failure.code ? { code: failure.code } : {});
}

/**
 * Files handed to one worker ahead of the one it parses: an article parses in a fraction of a
 * millisecond, so a worker waiting for the main thread's next message would idle most of the time.
 */
const PIPELINE = 8;

/** One worker and the jobs handed to it, parsed one after another; the first is the one being parsed. */
class ParseWorker {
  readonly worker: Worker;
  ready = false;
  readonly jobs: Job[] = [];
  /** The worker's vocabulary, rebuilt from what each analysed file adds to it. */
  readonly #vocabulary = new Vocabulary();
  #timer: NodeJS.Timeout | null = null;
  #stopReason: string | null = null;

  constructor(
    private readonly pool: ParsePool,
    private readonly limits: Required<Omit<ParsePoolOptions, 'workers'>>,
    dictionary: TextDictionary | null,
  ) {
    this.worker = new Worker(workerEntry(import.meta.url, 'parse-worker'), {
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryLimitMb },
    });
    if (dictionary) this.setTextDictionary(dictionary);
    this.worker.on('message', (message: ParseResponse | { ready: true }) => {
      if ('ready' in message) {
        this.ready = true;
        this.pool.dispatch();
        return;
      }
      const job = this.jobs.shift();
      this.#clearTimer();
      if (this.jobs.length) this.#startTimer();
      // Every analysed response is received, in order, job or not: the vocabulary follows the worker's.
      const analysis = message.ok &&
        message.analysis && { ...message.analysis, terms: this.#vocabulary.receive(message.analysis.terms) };
      if (job) {
        if (message.ok) {
          const { loaded, compressed } = message;
          job.resolve({ loaded, ...(analysis ? { analysis } : {}), ...(compressed ? { compressed } : {}) });
        } else job.reject(toError(message.error));
      }
      this.pool.dispatch();
    });
    this.worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        this.#stopReason = `needed more than ${this.limits.memoryLimitMb} MB of memory to read (stopped)`;
      else this.#stopReason ??= `the reader failed: ${error.message}`;
    });
    this.worker.on('exit', () => {
      this.#clearTimer();
      // The file being parsed is the one that stopped the worker; the files queued behind it go to another.
      const [stopped, ...waiting] = this.jobs.splice(0);
      this.pool.retire(
        this,
        waiting,
        // A worker that never got ready would fail the same way again: the waiting files fail with it.
        this.ready ? null : new Error(`the parse worker did not start: ${this.#stopReason ?? 'it exited'}`),
      );
      stopped?.reject(new UserError(this.#stopReason ?? 'the reader stopped unexpectedly'));
    });
  }

  get idle(): boolean {
    return this.ready && this.jobs.length < PIPELINE;
  }

  /** Messages arrive in order: the requests posted after this one compress with it. */
  setTextDictionary(dictionary: TextDictionary | null): void {
    this.worker.postMessage({ dictionary } satisfies DictionaryMessage);
  }

  run(job: Job): void {
    this.jobs.push(job);
    if (this.jobs.length === 1) this.#startTimer();
    this.worker.postMessage(job.request);
  }

  /** The time limit of the job at the head, the one the worker is parsing. */
  #startTimer(): void {
    this.#timer = setTimeout(() => {
      const seconds = (this.limits.timeLimitMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
      this.#stopReason = `took longer than ${seconds} s to read (stopped)`;
      void this.worker.terminate();
    }, this.limits.timeLimitMs);
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

export class ParsePool implements DocumentLoader {
  #workers: ParseWorker[] = [];
  #queue: Job[] = [];
  #nextId = 1;
  #dictionary: TextDictionary | null = null;
  readonly #size: number;
  readonly #limits: Required<Omit<ParsePoolOptions, 'workers'>>;

  constructor(options: ParsePoolOptions = {}) {
    this.#size = Math.max(1, options.workers ?? 2);
    this.#limits = {
      timeLimitMs: options.timeLimitMs ?? PARSE_TIME_LIMIT_MS,
      memoryLimitMb: options.memoryLimitMb ?? PARSE_MEMORY_LIMIT_MB,
    };
  }

  /** Reads and parses a file in a worker; a UserError says why a file was refused or stopped. */
  load(path: string, options: LoadOptions = {}): Promise<ParseResult> {
    const { analyze = false, compressWith } = options;
    return new Promise((resolve, reject) => {
      const request = { id: this.#nextId++, path, analyze, ...(compressWith === undefined ? {} : { compressWith }) };
      this.#queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  /** Hands queued jobs to workers, starting workers (up to the pool's size) as needed. */
  dispatch(): void {
    this.#assign();
    // Workers hold the process open only while there is work: an idle pool never keeps the CLI from exiting.
    const busy = this.#queue.length > 0;
    for (const w of this.#workers) {
      if (busy || w.jobs.length) w.worker.ref();
      else w.worker.unref();
    }
  }

  #assign(): void {
    while (this.#queue.length) {
      // The least loaded worker that can take one more.
      const candidates = this.#workers.filter((w) => w.idle).sort((a, b) => a.jobs.length - b.jobs.length);
      const starting = this.#workers.filter((w) => !w.ready).length;
      // A free worker slot and jobs waiting beyond the workers starting up: start another.
      if (this.#workers.length < this.#size && starting === 0 && !candidates.some((w) => w.jobs.length === 0)) {
        this.#workers.push(new ParseWorker(this, this.#limits, this.#dictionary));
        continue;
      }
      const worker = candidates[0];
      if (!worker) return;
      worker.run(this.#queue.shift()!);
    }
  }

  /**
   * A worker that exited (stopped, crashed or closed) leaves the pool; the files queued behind the one
   * it stopped on go first to the others, and the next job starts a new one.
   */
  retire(worker: ParseWorker, waiting: Job[], startFailure: Error | null): void {
    this.#workers = this.#workers.filter((w) => w !== worker);
    this.#queue.unshift(...waiting);
    if (startFailure) for (const job of this.#queue.splice(0)) job.reject(startFailure);
    this.dispatch();
  }

  setTextDictionary(dictionary: TextDictionary | null): void {
    this.#dictionary = dictionary;
    for (const w of this.#workers) w.setTextDictionary(dictionary);
  }

  /**
   * Stops the workers that have nothing to do: each holds the heap it grew while parsing (~50–100 MB
   * after thousands of files), which an import's search index build needs more.
   */
  release(): void {
    const idle = this.#workers.filter((w) => !w.jobs.length && w.ready);
    // Out of the pool at once: a file loaded meanwhile goes to a new worker, not to one stopping.
    this.#workers = this.#workers.filter((w) => !idle.includes(w));
    for (const w of idle) void w.worker.terminate();
  }

  /** Stops the workers (tests; the process does not wait for idle workers anyway). */
  async close(): Promise<void> {
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}

/** The process's pool, shared by every library (the app has one; tests boot many). */
export const sharedParsePool = new ParsePool();
