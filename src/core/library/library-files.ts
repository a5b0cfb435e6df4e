// Small helpers of the library's import: why a file was refused, in words; whether
// a path exists; and document ids (short, random, never read as a CLI option).
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
