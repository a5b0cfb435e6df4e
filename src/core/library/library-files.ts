// Small helpers of the library's import: why a file was refused, in words; whether
// paths exist (many at once: a file system call waits on the thread pool, so one after
// another a library of 15,000 took seconds); and document ids (short, random, never read
// as a CLI option).
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { UserError } from '../../shared/errors';

/** Why a file or folder could not be read, as the import report says it. */
export function errorReason(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'EMFILE' || code === 'ENFILE') return 'too many open files; try again';
  return error instanceof Error ? error.message : String(error);
}

// Ids come from a pool of random bytes: one randomBytes call per id costs ~40 µs, too much for 10,000 files.
let idPool = Buffer.alloc(0);
let idOffset = 0;

export function newId(): string {
  for (;;) {
    if (idOffset + 6 > idPool.length) {
      idPool = randomBytes(6 * 1024);
      idOffset = 0;
    }
    idOffset += 6;
    const id = idPool.toString('base64url', idOffset - 6, idOffset);
    // An id starting with "-" would read as an option on the command line (hamish show -x…).
    if (/^[A-Za-z0-9]/.test(id)) return id;
  }
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** File system calls in flight at once: enough to keep the thread pool busy, few enough not to run out of descriptors. */
export const FS_CONCURRENCY = 32;

/** `work` on every item, `limit` at a time; the results in the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** The paths that exist, in order, checked FS_CONCURRENCY at a time. */
export async function existing(paths: readonly string[]): Promise<string[]> {
  const found = await mapLimit(paths, FS_CONCURRENCY, exists);
  return paths.filter((_, i) => found[i]);
}
