// Files that failed or were stopped, remembered by path, size and modification time: the
// start-up reconcile and the watcher don't read them again (a file that once took the
// parse's whole time or memory would cost that at every start) until they change.
import { UserError } from '../../shared/errors';
import type { FailedFile } from '../../shared/model/document';

/** Remembered at most: the oldest are forgotten (and so tried once more). */
const MAX_REMEMBERED = 10_000;

/**
 * Only failures that are the file's own doing are remembered (a refused or stopped parse, a
 * UserError); "permission denied" or "too many open files" may pass without the file changing.
 */
export function isFileFailure(error: unknown): boolean {
  return error instanceof UserError;
}

export class FailedFiles {
  #byPath: Map<string, FailedFile>;
  #changed = false;

  constructor(failed: readonly FailedFile[]) {
    this.#byPath = new Map(failed.map((f) => [f.path, f]));
  }

  /** Whether this path failed before (in any version). */
  knows(path: string): boolean {
    return this.#byPath.has(path);
  }

  /** The remembered failure of this version of the file, if it failed before and is unchanged since. */
  unchanged(path: string, info: { size: number; mtimeMs: number }): FailedFile | undefined {
    const failed = this.#byPath.get(path);
    return failed && failed.size === info.size && failed.mtimeMs === info.mtimeMs ? failed : undefined;
  }

  remember(path: string, info: { size: number; mtimeMs: number }, reason: string): void {
    this.#byPath.delete(path);
    this.#byPath.set(path, { path, size: info.size, mtimeMs: info.mtimeMs, reason });
    this.#changed = true;
  }

  forget(path: string): void {
    if (this.#byPath.delete(path)) this.#changed = true;
  }

  get changed(): boolean {
    return this.#changed;
  }

  /** The list to store: the newest MAX_REMEMBERED. */
  list(): FailedFile[] {
    return [...this.#byPath.values()].slice(-MAX_REMEMBERED);
  }
}

/** The report's reason for a file not read again: the first reason, and why it was not retried. */
export function notRetriedReason(failed: FailedFile): string {
  return `${failed.reason} (not read again until the file changes)`;
}
