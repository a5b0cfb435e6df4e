// What both writers of the data folder (the library file and the annotation log)
// do when a write fails: keep the change, say so in one status, and try again
// later, waiting twice as long each time up to 30 s, without keeping a CLI
// process alive. Also the one way files are named when moved aside.
import type { SaveStatus } from '../../shared/types';

/** For tests: called as each write starts; the error it returns fails the write as a full disk would. */
export type WriteFault = () => Error | null;

export interface WriterOptions {
  fault?: WriteFault;
  /** The first wait before retrying a failed write; it doubles on each failure, up to 30 s. */
  retryDelayMs?: number;
}

export const FIRST_RETRY_MS = 1000;
export const MAX_RETRY_MS = 30_000;

/** Throws the fault's error, if it returns one (where a write starts). */
export function checkFault(fault: WriteFault | undefined): void {
  const error = fault?.();
  if (error) throw error;
}

/** A timestamp fit for a file name: 2026-01-31T10-20-30-123Z. */
export function fileTimestamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Where a damaged file is kept when it is moved aside: `<path>.corrupt-<timestamp>`. */
export function movedAside(path: string, date = new Date()): string {
  return `${path}.corrupt-${fileTimestamp(date)}`;
}

/** One writer's save status and its retry timer. */
export class SaveRetry {
  /** Called whenever `status` changes. */
  onStatus?: (status: SaveStatus) => void;
  #status: SaveStatus = { unsaved: false, error: null };
  #delay: number;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  /** `retry` is called when the wait is over; it should write again and report back with failed() or saved(). */
  constructor(
    private readonly retry: () => void,
    private readonly firstDelayMs = FIRST_RETRY_MS,
  ) {
    this.#delay = firstDelayMs;
  }

  get status(): SaveStatus {
    return this.#status;
  }

  /** A write failed: the status says why, and a retry is scheduled (one at a time). */
  failed(reason: string): void {
    this.#set({ unsaved: true, error: reason });
    if (this.#stopped || this.#timer) return;
    const delay = this.#delay;
    this.#delay = Math.min(delay * 2, MAX_RETRY_MS);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.retry();
    }, delay);
    // Waiting to retry must not keep a CLI process alive.
    this.#timer.unref();
  }

  /** A write landed: everything is saved, and the next failure waits the first delay again. */
  saved(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#delay = this.firstDelayMs;
    this.#set({ unsaved: false, error: null });
  }

  /** No more retries (shutting down); the caller makes its own last try. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #set(status: SaveStatus): void {
    if (status.unsaved === this.#status.unsaved && status.error === this.#status.error) return;
    this.#status = status;
    this.onStatus?.(status);
  }
}
