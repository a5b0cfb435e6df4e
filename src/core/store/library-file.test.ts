import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../tests/temp-dir';
import { UserError } from '../../shared/errors';
import { emptyStore, STORE_VERSION } from './schema';
import type { SaveStatus } from '../../shared/types';
import { LibraryFile, STORE_FILE } from './library-file';

/** A valid store file holding these folders. */
function storeWith(...folders: string[]): string {
  return JSON.stringify({ ...emptyStore(), folders });
}

async function foldersOnDisk(dir: string): Promise<string[]> {
  const store = new LibraryFile(dir);
  await store.boot();
  return store.data.folders;
}

/** The library file's own files (the notes log beside it is annotation-log.test.ts's business). */
async function libraryFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith(STORE_FILE) || name.endsWith('.tmp')).sort();
}

describe('LibraryFile', () => {
  it('creates a store in a new data folder and keeps what is written', async () => {
    const dir = await tempDir();
    const store = new LibraryFile(dir);
    await store.boot();
    expect(store.created).toBe(true);
    await store.update((data) => {
      data.folders.push('/articles');
    });
    const reopened = new LibraryFile(dir);
    await reopened.boot();
    expect(reopened.created).toBe(false);
    expect(reopened.data.folders).toEqual(['/articles']);
    // No temp files left behind by the durable writer; reading a good store backed it up.
    expect(await libraryFiles(dir)).toEqual([STORE_FILE, `${STORE_FILE}.bak.1`]);
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"version":1,"seeded":tr'],
    ['NUL-filled', '\0\0\0\0'],
    ['BOM-prefixed', `\uFEFF${storeWith()}`],
    ['null', 'null'],
    ['wrong-shaped', '{"version":1,"documents":"lots"}'],
  ])('moves a %s store file aside, starts empty and tells the user', async (_kind, content) => {
    const dir = await tempDir();
    await writeFile(join(dir, STORE_FILE), content);
    const store = new LibraryFile(dir);
    await store.boot();
    expect(store.data.documents).toEqual([]);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain('could not be read');
    const aside = (await readdir(dir)).find((name) => name.startsWith(`${STORE_FILE}.corrupt-`));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside!), 'utf8')).toBe(content);
  });

  it('refuses a store written by a newer version instead of overwriting it', async () => {
    const dir = await tempDir();
    const newer = JSON.stringify({ version: 99, seeded: true, documents: [], folders: [] });
    await writeFile(join(dir, STORE_FILE), newer);
    await expect(new LibraryFile(dir).boot()).rejects.toThrow('newer Hamish');
    expect(await readFile(join(dir, STORE_FILE), 'utf8')).toBe(newer);
  });

  it('runs concurrent updates one at a time, in order', async () => {
    const store = new LibraryFile(await tempDir());
    await store.boot();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update((data) => {
          data.folders.push(String(i));
        }),
      ),
    );
    const reopened = new LibraryFile(store.dataDir);
    await reopened.boot();
    expect(reopened.data.folders).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
  });
});

describe('LibraryFile backups', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('backs up a good store at each boot, keeping three', async () => {
    const dir = await tempDir();
    const store = new LibraryFile(dir);
    await store.boot();
    for (const folder of ['a', 'b', 'c', 'd']) {
      const next = new LibraryFile(dir);
      await next.boot();
      await next.update((data) => {
        data.folders.push(folder);
      });
    }
    await new LibraryFile(dir).boot();
    const backups = await Promise.all([1, 2, 3].map(async (n) => readFile(join(dir, `${STORE_FILE}.bak.${n}`), 'utf8')));
    expect(backups.map((text) => JSON.parse(text).folders)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['a', 'b', 'c'],
      ['a', 'b'],
    ]);
  });

  it('backs up a new store only after the first read, and never on a read-only boot', async () => {
    const dir = await tempDir();
    await new LibraryFile(dir).boot();
    await new LibraryFile(dir).boot({ readOnly: true });
    expect(await libraryFiles(dir)).toEqual([STORE_FILE]);
  });

  it('refreshes the backup at most once an hour while running', async () => {
    const dir = await tempDir();
    const store = new LibraryFile(dir);
    await store.boot();
    const push = (folder: string) =>
      store.update((data) => {
        data.folders.push(folder);
      });
    await push('a');
    // The first save makes a backup: a new library is covered from then on, not after an hour.
    expect(await libraryFiles(dir)).toEqual([STORE_FILE, `${STORE_FILE}.bak.1`]);
    await push('b');
    expect(JSON.parse(await readFile(join(dir, `${STORE_FILE}.bak.1`), 'utf8')).folders).toEqual(['a']);
    const anHourOn = Date.now() + 60 * 60 * 1000;
    vi.spyOn(Date, 'now').mockReturnValue(anHourOn);
    await push('c');
    await push('d');
    expect(JSON.parse(await readFile(join(dir, `${STORE_FILE}.bak.1`), 'utf8')).folders).toEqual(['a', 'b', 'c']);
  });

  it("restores the first save's backup when a new library's file is damaged within its first hour", async () => {
    const dir = await tempDir();
    const store = new LibraryFile(dir);
    await store.boot();
    await store.update((data) => {
      data.folders.push('/first');
    });
    await store.shutdown();
    await writeFile(join(dir, STORE_FILE), '{"version":3,"docu');
    const reopened = new LibraryFile(dir);
    await reopened.boot();
    expect(reopened.data.folders).toEqual(['/first']);
    expect(reopened.repaired).toBe(true);
    expect(reopened.notices[0]).toContain('restored from its backup');
  });

  it('boots, with a notice, when the backup cannot be made', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, STORE_FILE), storeWith('/kept'));
    // Rotating .bak.2 onto a folder full of files fails.
    await writeFile(join(dir, `${STORE_FILE}.bak.2`), storeWith());
    await mkdir(join(dir, `${STORE_FILE}.bak.3`, 'in-the-way'), { recursive: true });
    const store = new LibraryFile(dir);
    await store.boot();
    expect(store.data.folders).toEqual(['/kept']);
    expect(store.notices).toEqual([expect.stringContaining('could not be backed up')]);
  });

  it('restores the newest backup when the store is damaged, and says from when', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, STORE_FILE), '{"version":');
    await writeFile(join(dir, `${STORE_FILE}.bak.1`), storeWith('/newest'));
    await writeFile(join(dir, `${STORE_FILE}.bak.2`), storeWith('/older'));
    const savedAt = new Date('2024-05-01T10:00:00.000Z');
    await utimes(join(dir, `${STORE_FILE}.bak.1`), savedAt, savedAt);
    const store = new LibraryFile(dir);
    await store.boot();
    expect(store.data.folders).toEqual(['/newest']);
    expect(store.created).toBe(false);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain('could not be read');
    expect(store.notices[0]).toContain('restored from its backup of 2024-05-01T10:00:00.000Z');
    expect((await readdir(dir)).some((name) => name.startsWith(`${STORE_FILE}.corrupt-`))).toBe(true);
    const reopened = new LibraryFile(dir);
    await reopened.boot();
    expect(reopened.notices).toEqual([]);
    expect(reopened.data.folders).toEqual(['/newest']);
  });

  it('passes over a damaged backup for an older good one', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, STORE_FILE), '');
    await writeFile(join(dir, `${STORE_FILE}.bak.1`), '\0\0\0');
    await writeFile(join(dir, `${STORE_FILE}.bak.2`), storeWith('/older'));
    await writeFile(join(dir, `${STORE_FILE}.bak.3`), storeWith('/oldest'));
    const store = new LibraryFile(dir);
    await store.boot();
    expect(store.notices[0]).toContain(`(${STORE_FILE}.bak.2)`);
    expect(await foldersOnDisk(dir)).toEqual(['/older']);
  });

  it('starts empty when no backup reads either', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, STORE_FILE), 'null');
    await writeFile(join(dir, `${STORE_FILE}.bak.1`), '{"version":1,"documents":"lots"}');
    const store = new LibraryFile(dir);
    await store.boot();
    expect(store.created).toBe(true);
    expect(store.notices[0]).toContain('a new, empty library was started');
  });
});

describe('LibraryFile when writes fail', () => {
  const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

  /** A store whose writes fail while `disk.full` is set. */
  async function storeOnDisk(retryDelayMs?: number) {
    const disk = { full: false, failedAt: [] as number[] };
    const dir = await tempDir();
    const store = new LibraryFile(dir, {
      retryDelayMs,
      fault: () => {
        if (!disk.full) return null;
        disk.failedAt.push(performance.now());
        return noSpace();
      },
    });
    await store.boot();
    const push = (folder: string) =>
      store.update((data) => {
        data.folders.push(folder);
      });
    return { dir, store, disk, push };
  }

  it('keeps the change, says so, and saves it on a retry', async () => {
    const { dir, store, disk, push } = await storeOnDisk(10);
    const statuses: SaveStatus[] = [];
    const saved = new Promise<void>((resolve) => {
      store.onStatus = (status) => {
        statuses.push(status);
        if (!status.unsaved) resolve();
      };
    });
    disk.full = true;
    const failed = push('/kept');
    await expect(failed).rejects.toThrow(UserError);
    await expect(failed).rejects.toThrow(
      'Could not save your library (ENOSPC: no space left on device, write). The change is kept and will be saved when possible.',
    );
    expect(store.data.folders).toEqual(['/kept']);
    expect(store.status).toEqual({ unsaved: true, error: 'ENOSPC: no space left on device, write' });
    disk.full = false;
    await saved;
    expect(statuses).toEqual([
      { unsaved: true, error: 'ENOSPC: no space left on device, write' },
      { unsaved: false, error: null },
    ]);
    expect(await foldersOnDisk(dir)).toEqual(['/kept']);
    await store.shutdown();
  });

  it('waits longer between each retry', async () => {
    const { store, disk, push } = await storeOnDisk(20);
    disk.full = true;
    await push('/kept').catch(() => {});
    await vi.waitFor(() => expect(disk.failedAt.length).toBeGreaterThanOrEqual(4), { timeout: 2000 });
    await store.shutdown().catch(() => {});
    const gaps = disk.failedAt.slice(1, 4).map((at, i) => at - disk.failedAt[i]!);
    // Timers never fire early (give or take a millisecond's rounding): 20, 40, 80 ms at least.
    expect(gaps[0]).toBeGreaterThanOrEqual(19);
    expect(gaps[1]).toBeGreaterThanOrEqual(39);
    expect(gaps[2]).toBeGreaterThanOrEqual(79);
  });

  it('saves a kept change with the next update', async () => {
    const { dir, store, disk, push } = await storeOnDisk();
    disk.full = true;
    await expect(push('first')).rejects.toThrow(UserError);
    // The failed write's temp file is gone.
    expect(await libraryFiles(dir)).toEqual([STORE_FILE]);
    disk.full = false;
    await push('second');
    expect(store.status).toEqual({ unsaved: false, error: null });
    expect(await foldersOnDisk(dir)).toEqual(['first', 'second']);
    await store.shutdown();
  });

  it('tries a last time at shutdown, and says when the change is lost', async () => {
    const healed = await storeOnDisk();
    healed.disk.full = true;
    await healed.push('/kept').catch(() => {});
    healed.disk.full = false;
    await healed.store.shutdown();
    expect(await foldersOnDisk(healed.dir)).toEqual(['/kept']);

    const full = await storeOnDisk();
    full.disk.full = true;
    await full.push('/lost').catch(() => {});
    await expect(full.store.shutdown()).rejects.toThrow('the latest changes are lost');
  });
});

describe('LibraryFile migrations', () => {
  it('upgrades a version 1 store, keeping the original as a backup', async () => {
    const dir = await tempDir();
    const v1 = {
      version: 1,
      seeded: true,
      folders: [],
      documents: [
        {
          id: 'a1',
          path: '/x.txt',
          format: 'txt',
          encoding: 'utf-8',
          title: 'عنوان',
          lang: 'ar',
          dir: 'rtl',
          words: 900,
          fingerprint: 'f',
          size: 1,
          mtimeMs: 1,
          addedAt: 'then',
          updatedAt: 'then',
        },
      ],
    };
    await writeFile(join(dir, STORE_FILE), JSON.stringify(v1));
    const store = new LibraryFile(dir);
    await store.boot();
    expect(store.data.version).toBe(STORE_VERSION);
    expect(store.data.documents[0]).toMatchObject({ id: 'a1', missing: false, readingMinutes: 5 });
    expect(JSON.parse(await readFile(join(dir, `${STORE_FILE}.v1.bak`), 'utf8'))).toEqual(v1);
    expect(JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8')).version).toBe(STORE_VERSION);
  });
});
