// Reads a file within the size cap, checked on the file as opened: a file that grows
// between the folder walk's stat and the read (or while it is read) never gets past the cap.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../../shared/errors';
import { MAX_FILE_BYTES, megabytes } from './parse-limits';

export interface ReadFile {
  bytes: Buffer;
  /** The opened file's size and modification time: the version that was read. */
  size: number;
  mtimeMs: number;
}

const tooLarge = (bytes: number) =>
  new UserError(`file is larger than the ${megabytes(MAX_FILE_BYTES)} limit (${(bytes / 1048576).toFixed(1)} MB)`);

/**
 * Opens, fstats and reads at most `limit` bytes. Synchronous: it runs in a parse worker (or on
 * article-sized files), and one read call per file beats the thread pool's round trips.
 */
export function readBounded(path: string, limit = MAX_FILE_BYTES): ReadFile {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!info.isFile()) throw new UserError('not a regular file');
    if (info.size > limit) throw tooLarge(info.size);
    // One byte more than the size tells a file that grew since the fstat (read on below); no more:
    // an import reads tens of thousands of files, and every byte allocated is memory to give back.
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, info.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) throw new UserError(`file grew past the ${megabytes(limit)} limit while it was read`);
    if (length === buffer.length) {
      // Grew since the fstat but still under the cap: read the rest.
      const rest: Buffer[] = [buffer];
      let total = length;
      for (;;) {
        const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
        if (!chunk.length) break;
        const n = readSync(fd, chunk, 0, chunk.length, total);
        if (n === 0) break;
        rest.push(chunk.subarray(0, n));
        total += n;
        if (total > limit) throw new UserError(`file grew past the ${megabytes(limit)} limit while it was read`);
      }
      return { bytes: Buffer.concat(rest), size: total, mtimeMs: info.mtimeMs };
    }
    return { bytes: buffer.subarray(0, length), size: length, mtimeMs: info.mtimeMs };
  } finally {
    closeSync(fd);
  }
}
