import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/temp-dir';
import { DataDirLock } from './data-dir-lock';

describe('DataDirLock', () => {
  it('refuses a second holder while the first lives, and frees the folder on release', async () => {
    const dir = await tempDir();
    const first = new DataDirLock(dir);
    first.acquire('hamish serve');
    // A live process other than us holds it: pretend the lock is the parent's.
    await writeFile(first.path, JSON.stringify({ pid: process.ppid, owner: 'hamish serve' }));
    expect(() => new DataDirLock(dir).acquire('hamish add')).toThrow(/in use by another Hamish \(hamish serve/);
    await writeFile(first.path, JSON.stringify({ pid: process.pid, owner: 'hamish serve' }));
    first.release();
    const second = new DataDirLock(dir);
    expect(() => second.acquire('hamish add')).not.toThrow();
    second.release();
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'hamish.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, owner: 'crashed' }));
    const lock = new DataDirLock(dir);
    expect(() => lock.acquire('hamish add')).not.toThrow();
    lock.release();
  });
});
