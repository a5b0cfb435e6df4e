// The data folder's one owner: it opens the library file and the annotation log
// beside it, moves notes out of a pre-version-3 library file into the log, shows
// the two files' save states and boot notices as one, and closes both.
import { randomBytes } from 'node:crypto';
import { open, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { SaveStatus } from '../../shared/types';
import { AnnotationLog, type AnnotationLogOptions } from './annotation-log';
import { LibraryFile } from './library-file';
import type { WriterOptions } from './save-retry';

export interface DataFolderOptions {
  libraryFile?: WriterOptions;
  annotationLog?: AnnotationLogOptions;
}

/** What a read-only data folder's session is told, in the banner. */
export function readOnlyNotice(dataDir: string): string {
  return `This data folder (${dataDir}) is read-only: you can read, search and export, but changes can't be saved.`;
}

export class DataFolder {
  /**
   * Whether the folder exists but can't be written (a read-only mount, no permission): tried by
   * creating a file, since permission bits don't tell (root, network file systems, mounts).
   */
  static async isReadOnly(dataDir: string): Promise<boolean> {
    if (!(await stat(dataDir).catch(() => null))?.isDirectory()) return false;
    const probe = join(dataDir, `.hamish-write-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      await (await open(probe, 'wx', 0o600)).close();
      await unlink(probe);
      return false;
    } catch (error) {
      return ['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '');
    }
  }

  readonly libraryFile: LibraryFile;
  /** Highlights, notes, bookmarks and links: a log of their own beside the library file (see annotation-log.ts). */
  readonly annotationLog: AnnotationLog;
  #onStatus?: (status: SaveStatus) => void;
  #readOnlyNotice: string[] = [];

  constructor(
    readonly dataDir: string,
    options: DataFolderOptions = {},
  ) {
    this.libraryFile = new LibraryFile(dataDir, options.libraryFile);
    this.annotationLog = new AnnotationLog(dataDir, options.annotationLog);
    const report = () => this.#onStatus?.(this.status);
    this.libraryFile.onStatus = report;
    this.annotationLog.onStatus = report;
  }

  /** Called whenever either file's save status changes, with the combined status. */
  set onStatus(listener: ((status: SaveStatus) => void) | undefined) {
    this.#onStatus = listener;
  }

  /** Whether every change is on disk, the library file's and the notes', as one for the user. */
  get status(): SaveStatus {
    const failed = [this.libraryFile.status, this.annotationLog.status].find((s) => s.unsaved);
    return failed ? { ...failed } : { unsaved: false, error: null };
  }

  /** What happened at boot that the user should hear of (a repaired file, for instance). */
  get notices(): string[] {
    return [...this.#readOnlyNotice, ...this.libraryFile.notices, ...this.annotationLog.notices];
  }

  /**
   * readOnly: for commands that only look (CLI list/show), and for a folder that can't be written
   * (readOnlyFolder: the session is told so); nothing is written, and a change is refused in one line.
   */
  async boot({ readOnly = false, readOnlyFolder = false } = {}): Promise<void> {
    if (readOnlyFolder) this.#readOnlyNotice = [readOnlyNotice(this.dataDir)];
    await this.libraryFile.boot({ readOnly: readOnly || readOnlyFolder });
    readOnly ||= readOnlyFolder;
    try {
      await this.annotationLog.boot({ readOnly });
      if (!readOnly) await this.#moveLegacyNotes();
    } catch (error) {
      await this.annotationLog.shutdown().catch(() => {});
      throw error;
    }
  }

  /** Library files before version 3 kept annotations: they move to the log, durably there first. */
  async #moveLegacyNotes(): Promise<void> {
    const legacy = this.libraryFile.data.annotations;
    if (!legacy.length) return;
    await this.annotationLog.put(legacy.filter((a) => !this.annotationLog.get(a.id)));
    await this.annotationLog.compact();
    await this.libraryFile.update((data) => {
      data.annotations = [];
    });
  }

  /** Waits for pending writes and makes a last try at saving; both files get theirs even if the other fails. */
  async shutdown(): Promise<void> {
    const results = await Promise.allSettled([this.annotationLog.shutdown(), this.libraryFile.shutdown()]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
