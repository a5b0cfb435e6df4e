// What an export may read and write, narrowed so that an API call can't reach
// further than exporting notes needs: the template is a small regular text
// file (never a FIFO, a device or a symbolic link), and a note is written only
// to a new file or over an earlier export of the same note (it carries the
// document's hamish:// link), never through a symbolic link.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { UserError } from '../../shared/errors';

export const MAX_TEMPLATE_BYTES = 1024 * 1024;
export const TEMPLATE_EXTENSIONS = ['.md', '.txt', '.mustache', '.hbs', '.html'] as const;

/** O_NOFOLLOW and O_NONBLOCK where the platform has them (Windows has neither, and no FIFOs to open). */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** A user's template: refused unless it is a regular text file of at most 1 MB, read without following a link. */
export async function readTemplate(path: string): Promise<string> {
  const extension = extname(path).toLowerCase();
  if (!(TEMPLATE_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UserError(`a template is a text file named ${TEMPLATE_EXTENSIONS.join(', ')}, not "${basename(path)}"`);
  }
  let handle;
  try {
    // Non-blocking: opening a FIFO must not wait for a writer.
    handle = await open(path, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UserError(`the template ${path} is a symbolic link; give the file it points to`);
    throw new UserError(`cannot read the template ${path}: ${(error as Error).message}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UserError(`the template ${path} is not a regular file`);
    if (info.size > MAX_TEMPLATE_BYTES) throw new UserError(`the template ${path} is larger than 1 MB`);
    // Bounded even if the file grows after the check.
    const buffer = Buffer.alloc(MAX_TEMPLATE_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (!bytesRead) break;
      length += bytesRead;
      if (length > MAX_TEMPLATE_BYTES) throw new UserError(`the template ${path} is larger than 1 MB`);
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** An existing note larger than this is not read to look for the marker: it is not replaced. */
const MAX_MARKED_BYTES = 16 * 1024 * 1024;

/** Where a note goes: a new file (`existing` null) or an earlier export of it, with its text. */
export interface NoteTarget {
  path: string;
  existing: string | null;
}

/** Writes notes into one out folder, never over a file that isn't an earlier export of the same note. */
export class ExportFolder {
  constructor(readonly dir: string) {}

  /**
   * Where a note named `name` goes: `name`, or the next free name ("Title (2).md") when `name` holds
   * anything but a regular file carrying `marker` (the document's own hamish:// link, which every
   * note Hamish exports holds): a user's file of the same name, a link, a folder or a device. An
   * earlier export found there comes with its text, so the user's writing in it can be kept.
   */
  async find(name: string, marker: string, nextName: (n: number) => string, claimed = new Set<string>()): Promise<NoteTarget> {
    for (let n = 1; n < 1000; n++) {
      const path = join(this.dir, n === 1 ? name : nextName(n));
      if (claimed.has(path)) continue;
      const found = await replaceable(path, marker);
      if (found) return { path, existing: found.text };
    }
    throw new UserError(`could not find a free file name for ${name} in ${this.dir}`);
  }

  /** Writes a note where find() said it goes. */
  async put(target: NoteTarget, content: string): Promise<string> {
    await replaceFile(target.path, content);
    return target.path;
  }

  /** find() then put(): `content` as `name` or the next free name. Returns the path written. */
  async write(name: string, content: string, marker: string, nextName: (n: number) => string): Promise<string> {
    return this.put(await this.find(name, marker, nextName), content);
  }
}

/** A path that may be written: nothing there (text null), or a regular file holding `marker` (its text). */
async function replaceable(path: string, marker: string): Promise<{ text: string | null } | null> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (error) {
    // Nothing there: a new file. A symbolic link (ELOOP) or anything unreadable: never replaced.
    const free = (error as NodeJS.ErrnoException).code === 'ENOENT' && !(await lstat(path).catch(() => null));
    return free ? { text: null } : null;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_MARKED_BYTES) return null;
    const text = await handle.readFile('utf8');
    return text.includes(marker) ? { text } : null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** Writes a new file beside `path` (exclusive, so never through a link) and renames it over `path`. */
async function replaceFile(path: string, content: string): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
