import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/temp-dir';
import { STORE_FILE, StoreService } from './store-service';

describe('StoreService', () => {
  it('creates a store in a new data folder and keeps what is written', async () => {
    const dir = await tempDir();
    const store = new StoreService(dir);
    await store.boot();
    expect(store.created).toBe(true);
    await store.update((data) => {
      data.folders.push('/articles');
    });
    const reopened = new StoreService(dir);
    await reopened.boot();
    expect(reopened.created).toBe(false);
    expect(reopened.data.folders).toEqual(['/articles']);
    // Only the store file remains: no temp files left behind by the durable writer.
    expect(await readdir(dir)).toEqual([STORE_FILE]);
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"version":1,"seeded":tr'],
    ['NUL-filled', '\0\0\0\0'],
    ['null', 'null'],
    ['wrong-shaped', '{"version":1,"documents":"lots"}'],
  ])('moves a %s store file aside, starts empty and tells the user', async (_kind, content) => {
    const dir = await tempDir();
    await writeFile(join(dir, STORE_FILE), content);
    const store = new StoreService(dir);
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
    await expect(new StoreService(dir).boot()).rejects.toThrow('newer Hamish');
    expect(await readFile(join(dir, STORE_FILE), 'utf8')).toBe(newer);
  });

  it('runs concurrent updates one at a time, in order', async () => {
    const store = new StoreService(await tempDir());
    await store.boot();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update((data) => {
          data.folders.push(String(i));
        }),
      ),
    );
    const reopened = new StoreService(store.dataDir);
    await reopened.boot();
    expect(reopened.data.folders).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
  });
});

describe('StoreService migrations', () => {
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
    const store = new StoreService(dir);
    await store.boot();
    expect(store.data.version).toBe(2);
    expect(store.data.documents[0]).toMatchObject({ id: 'a1', missing: false, readingMinutes: 5 });
    expect(JSON.parse(await readFile(join(dir, `${STORE_FILE}.v1.bak`), 'utf8'))).toEqual(v1);
    expect(JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8')).version).toBe(2);
  });
});
