// One Hamish per data folder: the web shell and CLI hold a lock file with their
// pid (Electron also takes its single-instance lock). A lock left by a process
// that is gone is taken over.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../shared/errors';
import { isRunning } from './process';

const LOCK_FILE = 'hamish.lock';

export class DataDirLock {
  readonly path: string;
  #held = false;

  constructor(dataDir: string) {
    this.path = join(dataDir, LOCK_FILE);
  }

  acquire(owner: string): void {
    mkdirSync(join(this.path, '..'), { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(this.path, JSON.stringify({ pid: process.pid, owner }), { flag: 'wx' });
        this.#held = true;
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = this.#readHolder();
      if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
        throw new UserError(
          `the data folder is in use by another Hamish (${holder.owner}, pid ${holder.pid}); close it first or use another --data-dir`,
        );
      }
      unlinkSync(this.path);
    }
    throw new UserError(`could not lock the data folder (${this.path})`);
  }

  #readHolder(): { pid: number; owner: string } | null {
    try {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as { pid?: unknown; owner?: unknown };
      return typeof parsed.pid === 'number' ? { pid: parsed.pid, owner: String(parsed.owner ?? 'unknown') } : null;
    } catch {
      return null;
    }
  }

  release(): void {
    if (!this.#held) return;
    this.#held = false;
    try {
      unlinkSync(this.path);
    } catch {
      // Already gone: nothing to release.
    }
  }
}
