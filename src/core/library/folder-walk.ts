// The import's walk: the files under the paths the user named. The importer compares each file's
// stat against what it knows (unchanged files are not read again); a plain file found in a folder
// is stat'ed by the importer, beside the parsing, not here (a folder of 15,000 files walks at once).
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../shared/errors';
import type { ImportReport } from '../../shared/types';
import { formatOfPath, SUPPORTED_EXTENSIONS } from './formats';
import { errorReason, FS_CONCURRENCY, mapLimit } from './library-files';

export interface CollectedFile {
  path: string;
  /** The added folder it was found in. */
  folder?: string;
  /** Its size and modification time, when the walk stat'ed it (else see fileInfo). */
  info?: FileInfo;
}

export interface FileInfo {
  size: number;
  mtimeMs: number;
}

/** A collected file's size and modification time, stat'ed now if the walk did not. */
export async function fileInfo(file: CollectedFile): Promise<FileInfo> {
  if (file.info) return file.info;
  const info = await stat(file.path);
  if (!info.isFile()) throw new UserError('not a regular file');
  return { size: info.size, mtimeMs: info.mtimeMs };
}

/** Walks a path into `out`, reporting what can't be walked; returns true when it is a folder. */
export async function collectFiles(
  path: string,
  out: CollectedFile[],
  report: ImportReport,
  seen: Set<string>,
  explicit: boolean,
  folder?: string,
): Promise<boolean> {
  try {
    const info = await stat(path);
    if (info.isFile()) {
      // Inside a folder, files of other types are passed over quietly (images, PDFs...);
      // a file the user named is reported.
      if (explicit || formatOfPath(path)) out.push({ path, folder, info: { size: info.size, mtimeMs: info.mtimeMs } });
      return false;
    }
    if (!info.isDirectory()) {
      report.errors.push({ path, reason: 'not a regular file or folder' });
      return false;
    }
    const real = await realpath(path);
    if (seen.has(real)) {
      report.errors.push({ path, reason: 'symbolic link loop (folder already visited)' });
      return true;
    }
    seen.add(real);
    const before = out.length;
    const entries = await readdir(path, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    // Files are stat'ed many at once (one after another, a folder of 15,000 took seconds), each
    // subfolder after them, in order, so the list comes out as a walk one by one would make it.
    const inner = folder ?? (explicit ? path : undefined);
    const visible = entries.filter((entry) => !entry.name.startsWith('.'));
    const found = await mapLimit(visible, FS_CONCURRENCY, async (entry) => {
      if (entry.isDirectory()) return null;
      const child = join(path, entry.name);
      // A plain file: its type is in its name, and its stat waits for the importer.
      if (entry.isFile()) return formatOfPath(child) ? [{ path: child, folder: inner }] : [];
      const files: CollectedFile[] = [];
      await collectFiles(child, files, report, seen, false, inner);
      return files;
    });
    for (const [i, files] of found.entries()) {
      if (files) out.push(...files);
      else await collectFiles(join(path, visible[i]!.name), out, report, seen, false, inner);
    }
    if (explicit && out.length === before) {
      report.errors.push({ path, reason: `no articles in this folder (Hamish reads ${SUPPORTED_EXTENSIONS})` });
    }
    return true;
  } catch (error) {
    report.errors.push({ path, reason: errorReason(error) });
    return false;
  }
}
