import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/temp-dir';
import { DataDirLock, EMPTY_LOCK_GRACE_MS, UNREFRESHED_LOCK_MS, type DataFolderBusy } from './data-dir-lock';
import { ownStartedAt, processStartedAt, processStartTicks } from './process';

const onLinux = existsSync('/proc/self/stat');

async function age(file: string, ms: number): Promise<void> {
  const then = new Date(Date.now() - ms);
  await utimes(file, then, then);
}

/** A live process other than us, with its real identity (pid and start time). */
async function otherProcess<T>(work: (pid: number) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('spawn', resolve));
  try {
    return await work(child.pid!);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    await exited;
  }
}

describe('DataDirLock', () => {
  it('refuses a second holder while the first lives, and frees the folder on release', async () => {
    const dir = await tempDir();
    await otherProcess(async (pid) => {
      const lock = join(dir, 'hamish.lock');
      await writeFile(lock, JSON.stringify({ pid, owner: 'hamish serve', startTicks: processStartTicks(pid), id: 'x' }));
      expect(() => new DataDirLock(dir).acquire('hamish add')).toThrow(
        /in use by another Hamish \(hamish serve, pid \d+\).*If no Hamish is running, delete .*hamish\.lock/,
      );
    });
    // The holder has exited now: its lock is taken over.
    const second = new DataDirLock(dir);
    expect(() => second.acquire('hamish add')).not.toThrow();
    const third = new DataDirLock(dir);
    second.release();
    expect(existsSync(second.path)).toBe(false);
    expect(() => third.acquire('hamish add')).not.toThrow();
    third.release();
  });

  it('writes its pid, start time and a private file', async () => {
    const dir = await tempDir();
    const lock = new DataDirLock(dir);
    lock.acquire('hamish serve');
    const written = JSON.parse(await readFile(lock.path, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ pid: process.pid, owner: 'hamish serve' });
    expect(typeof written.id).toBe('string');
    if (onLinux) expect(written.startTicks).toBe(processStartTicks(process.pid));
    if (process.platform !== 'win32') expect((await stat(lock.path)).mode & 0o777).toBe(0o600);
    lock.release();
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'hamish.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, owner: 'crashed' }));
    const lock = new DataDirLock(dir);
    expect(() => lock.acquire('hamish add')).not.toThrow();
    lock.release();
  });

  it.skipIf(!onLinux)('takes over a lock naming a live unrelated process (pid 1, another start time)', async () => {
    const dir = await tempDir();
    const ticks = processStartTicks(1);
    expect(ticks).not.toBeNull();
    const wrong = String(Number(ticks) + 12345);
    await writeFile(join(dir, 'hamish.lock'), JSON.stringify({ pid: 1, owner: 'hamish serve', startTicks: wrong, id: 'old' }));
    const lock = new DataDirLock(dir);
    expect(() => lock.acquire('hamish add')).not.toThrow();
    lock.release();
  });

  it('refuses a live pid it cannot identify until the lock has gone unrefreshed, then takes it over', async () => {
    const dir = await tempDir();
    const file = join(dir, 'hamish.lock');
    // An older Hamish's lock (no start time) naming a live process.
    await writeFile(file, JSON.stringify({ pid: 1, owner: 'hamish serve' }));
    expect(() => new DataDirLock(dir).acquire('hamish add')).toThrow(/in use by another Hamish.*delete/);
    await age(file, UNREFRESHED_LOCK_MS + 60_000);
    const lock = new DataDirLock(dir);
    expect(() => lock.acquire('hamish add')).not.toThrow();
    lock.release();
  });

  it('treats an empty or unreadable lock as another process mid-write until it is old, then as stale', async () => {
    const dir = await tempDir();
    const file = join(dir, 'hamish.lock');
    for (const content of ['', '{"pi']) {
      await writeFile(file, content);
      expect(() => new DataDirLock(dir).acquire('hamish add')).toThrow(/opening this data folder just now.*try again/);
      expect(await readFile(file, 'utf8')).toBe(content);
      await age(file, EMPTY_LOCK_GRACE_MS + 1000);
      const lock = new DataDirLock(dir);
      expect(() => lock.acquire('hamish add')).not.toThrow();
      lock.release();
    }
  });

  it('release() leaves alone a lock that is no longer its own', async () => {
    const dir = await tempDir();
    const first = new DataDirLock(dir);
    first.acquire('hamish serve');
    // Another process judged it stale and took over.
    const theirs = JSON.stringify({ pid: 1, owner: 'hamish add', id: 'theirs' });
    await writeFile(first.path, theirs);
    first.release();
    expect(await readFile(first.path, 'utf8')).toBe(theirs);
  });

  it('leaves no files of its own beside the lock', async () => {
    const dir = await tempDir();
    const lock = new DataDirLock(dir);
    await writeFile(join(dir, 'hamish.lock'), JSON.stringify({ pid: 2 ** 22 + 1, owner: 'crashed' }));
    lock.acquire('hamish add');
    lock.release();
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('process start times', () => {
  it.skipIf(process.platform === 'win32')('ps tells when a process started, to the second', () => {
    const started = processStartedAt(process.pid);
    if (started === null) return; // No ps on this machine.
    expect(Math.abs(started - ownStartedAt())).toBeLessThan(3000);
    expect(processStartedAt(2 ** 22 + 12345)).toBeNull();
  });

  it('says where a running app takes calls, in a lock only its user can read; only a loopback address counts', async () => {
    const dir = await tempDir();
    const lock = new DataDirLock(dir);
    lock.acquire('hamish serve');
    lock.advertise({ url: 'http://127.0.0.1:4567', token: 'secret' });
    const path = join(dir, 'hamish.lock');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const written = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ owner: 'hamish serve', address: { url: 'http://127.0.0.1:4567', token: 'secret' } });
    await otherProcess(async (pid) => {
      for (const [url, seen] of [
        ['http://127.0.0.1:4567', true],
        ['http://evil.example:80', false],
      ] as const) {
        await writeFile(
          path,
          JSON.stringify({ ...written, pid, startTicks: processStartTicks(pid), address: { url, token: 't' } }),
        );
        try {
          new DataDirLock(dir).acquire('hamish add');
          expect.unreachable();
        } catch (error) {
          expect((error as DataFolderBusy).holder.address !== null).toBe(seen);
        }
      }
    });
    lock.release();
  });
});
