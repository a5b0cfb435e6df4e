// What an export may read and write, narrowed so that an API call can't reach
// further than exporting notes needs: the template is a small regular text
// file (never a FIFO, a device or a symbolic link), and a note is written only
// to a new file or over one this export wrote before and nobody changed since
// (a manifest in the out folder records them), never through a symbolic link.
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { UserError } from '../../shared/errors';

export const MAX_TEMPLATE_BYTES = 1024 * 1024;
export const TEMPLATE_EXTENSIONS = ['.md', '.txt', '.mustache', '.hbs', '.html'] as const;
/** The out folder's record of the files exports wrote there, and what each held. */
export const EXPORT_MANIFEST = '.hamish-export.json';

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

function digest(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Writes files into one out folder, keeping its manifest. */
export class ExportFolder {
  #manifest: Record<string, string> = {};
  #loaded = false;

  constructor(readonly dir: string) {}

  /**
   * Writes `content` as `name`, or under the next free name ("Title (2).md") when `name` holds
   * a file this export didn't write, one changed since, or anything but a regular file.
   * Returns the path written.
   */
  async write(name: string, content: string, nextName: (n: number) => string): Promise<string> {
    await this.#load();
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? name : nextName(n);
      if (candidate === EXPORT_MANIFEST) continue;
      const path = join(this.dir, candidate);
      if (await this.#mayReplace(candidate, path)) {
        await replaceFile(path, content);
        this.#manifest[candidate] = digest(content);
        await this.#save();
        return path;
      }
    }
    throw new UserError(`could not find a free file name for ${name} in ${this.dir}`);
  }

  async #mayReplace(name: string, path: string): Promise<boolean> {
    let info;
    try {
      info = await lstat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
      throw error;
    }
    // A link, folder or device is never written through or over.
    if (!info.isFile()) return false;
    const recorded = this.#manifest[name];
    if (!recorded) return false;
    try {
      return digest(await readFile(path)) === recorded;
    } catch {
      return false;
    }
  }

  async #load(): Promise<void> {
    if (this.#loaded) return;
    this.#loaded = true;
    try {
      const info = await lstat(join(this.dir, EXPORT_MANIFEST));
      if (!info.isFile()) return;
      const parsed = JSON.parse(await readFile(join(this.dir, EXPORT_MANIFEST), 'utf8')) as { files?: unknown };
      if (parsed.files && typeof parsed.files === 'object') {
        for (const [key, value] of Object.entries(parsed.files)) {
          if (typeof value === 'string') this.#manifest[key] = value;
        }
      }
    } catch {
      // No manifest (or a broken one): nothing here was written by an export.
    }
  }

  async #save(): Promise<void> {
    await replaceFile(join(this.dir, EXPORT_MANIFEST), `${JSON.stringify({ files: this.#manifest }, null, 1)}\n`);
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
