// Small helpers of the library's import: why a file was refused, in words; whether
// paths exist (many at once: a file system call waits on the thread pool, so one after
// another a library of 15,000 took seconds); and document ids (short, never read as a
// CLI option): derived from the file's path and text, so a library rebuilt from its
// files finds the same ids and the notes stay attached.
import { createHash } from 'node:crypto';
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

/**
 * A new document's id, derived from what identifies it (its path and the fingerprint of its text):
 * the same file with the same text gets the same id in any library, rebuilt or not. `salt` picks
 * another id when the first is taken (a record of an older library holding it by chance).
 */
export function derivedId(path: string, fingerprint: string, salt = 0): string {
  for (let retry = 0; ; retry++) {
    const input = `${path}\0${fingerprint}${salt ? `\0${salt}` : ''}${retry ? `\0-${retry}` : ''}`;
    const id = createHash('sha256').update(input).digest('base64url').slice(0, 8);
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
