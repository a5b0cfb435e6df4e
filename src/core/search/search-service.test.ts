import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { marker, writeLargeFolder } from '../../../tests/large-folder';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { HamishCore } from '../container';
import { sharedParsePool } from '../library/parse-pool';

async function boot(dataDir: string) {
  const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
  await core.search.ready();
  return core;
}

const titles = (core: HamishCore, q: string) => core.search.search({ query: q }).hits.map((h) => h.title);

describe('SearchService', () => {
  it('indexes what the library imports and keeps it across restarts without rebuilding', async () => {
    const dataDir = await tempDir();
    let core = await boot(dataDir);
    await core.library.add([seedsDir]);
    await core.search.ready();
    expect(titles(core, 'الكاظمي')).toHaveLength(2);
    await core.shutdown();

    const before = await stat(join(dataDir, 'search-index.bin'));
    core = await boot(dataDir);
    expect(core.search.indexing).toBe(false);
    expect(titles(core, 'الكاظمي')).toHaveLength(2);
    const after = await stat(join(dataDir, 'search-index.bin'));
    expect(after.mtimeMs).toBe(before.mtimeMs);
    await core.shutdown();
  });

  it('follows changes: a new file, an edited file and a removed document', async () => {
    const dataDir = await tempDir();
    const folder = await tempDir();
    let core = await boot(dataDir);
    await writeFile(join(folder, 'a.md'), '# البصرة\n\nتقرير عن المياه في البصرة.');
    await core.library.add([folder]);
    await core.search.ready();
    expect(titles(core, 'المياه')).toEqual(['البصرة']);

    await writeFile(join(folder, 'b.md'), '# الموصل\n\nتقرير عن الكهرباء في الموصل.');
    await writeFile(join(folder, 'a.md'), '# البصرة\n\nتقرير عن النفط في البصرة، وقد تغير.');
    await core.library.add([folder]);
    expect(titles(core, 'المياه')).toEqual([]);
    expect(titles(core, 'النفط')).toEqual(['البصرة']);
    expect(titles(core, 'الكهرباء')).toEqual(['الموصل']);
    const mosul = core.library.list().find((d) => d.title === 'الموصل')!;
    await core.library.remove([mosul.id]);
    expect(titles(core, 'الكهرباء')).toEqual([]);
    await core.shutdown();

    core = await boot(dataDir);
    expect(titles(core, 'النفط')).toEqual(['البصرة']);
    expect(titles(core, 'الكهرباء')).toEqual([]);
    await core.shutdown();
  });

  it('rebuilds an unreadable cache instead of failing', async () => {
    const dataDir = await tempDir();
    let core = await boot(dataDir);
    await core.library.add([seedsDir]);
    await core.shutdown();
    await writeFile(join(dataDir, 'search-index.bin'), 'garbage');
    core = await boot(dataDir);
    expect(titles(core, 'الكاظمي')).toHaveLength(2);
    await core.shutdown();
  });
});

describe('SearchService: the index file', () => {
  it('rebuilds a file cut short (a torn write) instead of failing', async () => {
    const dataDir = await tempDir();
    let core = await boot(dataDir);
    await core.library.add([seedsDir]);
    await core.shutdown();
    const path = join(dataDir, 'search-index.bin');
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length - 10));
    core = await boot(dataDir);
    expect(titles(core, 'الكاظمي')).toHaveLength(2);
    await core.shutdown();
    expect((await stat(path)).size).toBeGreaterThan(bytes.length - 10);
  });
});

/** A library of the two samples and a folder of short reports, with changes since its index file was written. */
async function changedLibrary() {
  const dataDir = await tempDir();
  const folder = await tempDir();
  await writeFile(join(folder, 'a.md'), '# البصرة\n\nتقرير عن المياه في البصرة.');
  await writeFile(join(folder, 'b.md'), '# الموصل\n\nتقرير عن الكهرباء في الموصل.');
  const core = await boot(dataDir);
  await core.library.add([seedsDir, folder]);
  await core.search.ready();
  await writeFile(join(folder, 'a.md'), '# البصرة\n\nتقرير عن النفط في البصرة، وقد تغير.');
  await writeFile(join(folder, 'c.md'), '# كربلاء\n\nتقرير عن الزوار في كربلاء و8642 زائرا.');
  await core.library.add([folder]);
  await core.library.remove([core.library.list().find((d) => d.title === 'الموصل')!.id]);
  return { dataDir, core };
}

function expectChanged(core: HamishCore): void {
  expect(titles(core, 'المياه')).toEqual([]);
  expect(titles(core, 'النفط')).toEqual(['البصرة']);
  expect(titles(core, 'الكهرباء')).toEqual([]);
  expect(titles(core, '8642')).toEqual(['كربلاء']);
  expect(titles(core, 'الكاظمي')).toHaveLength(2);
  expect(core.search.size).toBe(4);
}

describe('SearchService: merging changes into a new index file', () => {
  it('folds the live changes in: a new file, no live file, the same results, after a restart too', async () => {
    const { dataDir, core } = await changedLibrary();
    const path = join(dataDir, 'search-index.bin');
    const before = await readFile(path);
    await core.search.merge();
    expect(existsSync(join(dataDir, 'search-live.json'))).toBe(false);
    expect((await readFile(path)).equals(before)).toBe(false);
    expectChanged(core);
    await core.shutdown();
    const again = await boot(dataDir);
    expect(again.search.indexing).toBe(false);
    expectChanged(again);
    await again.shutdown();
  });

  it('leaves the old index and the live file usable when the merge fails before its rename', async () => {
    const { dataDir, core } = await changedLibrary();
    const path = join(dataDir, 'search-index.bin');
    await core.shutdown(); // the live file is saved
    const before = await readFile(path);
    const live = await readFile(join(dataDir, 'search-live.json'));
    const again = await boot(dataDir);
    // The temp file the merge writes can't be created: it fails as a crash mid-write would.
    await mkdir(`${path}.${process.pid}.tmp`);
    await again.search.merge();
    expect((await readFile(path)).equals(before)).toBe(true);
    expect((await readFile(join(dataDir, 'search-live.json'))).equals(live)).toBe(true);
    expectChanged(again);
    await again.shutdown();
    await rm(`${path}.${process.pid}.tmp`, { recursive: true });
    const third = await boot(dataDir);
    expectChanged(third);
    await third.shutdown();
  });

  it('loads right after a crash between the rename and clearing the live file (its changes applied twice)', async () => {
    const { dataDir, core } = await changedLibrary();
    await core.shutdown();
    const live = await readFile(join(dataDir, 'search-live.json'));
    const again = await boot(dataDir);
    await again.search.merge();
    await again.shutdown();
    await writeFile(join(dataDir, 'search-live.json'), live);
    const third = await boot(dataDir);
    expect(third.search.indexing).toBe(false);
    expectChanged(third);
    await third.shutdown();
  });

  it('searches a large import whose texts the parse workers compressed, and shows them as they were', async () => {
    const dataDir = await tempDir();
    const folder = await tempDir();
    await writeLargeFolder(folder);
    const dictionaries = vi.spyOn(sharedParsePool, 'setTextDictionary');
    let core = await boot(dataDir);
    await core.library.add([folder]);
    await core.search.ready();
    expect(dictionaries.mock.calls.map(([d]) => d && d.bytes.length > 1000)).toEqual([true, null]);
    dictionaries.mockRestore();
    const check = async () => {
      for (const n of [3, 299, 598]) {
        const { hits } = core.search.search({ query: marker(n) });
        expect(hits.map((h) => h.title)).toEqual([`تقرير ${marker(n)} الخاص`]);
        expect(hits[0]!.snippets[0]!.text).toContain(marker(n));
      }
      // The index's copy of each text (compressed by a worker for the last ~100) is the text the library reads.
      for (const record of core.libraryFile.data.documents)
        expect(core.search.textOf(record.id, record.fingerprint)).toBe(await core.library.textOf(record.id));
    };
    await check(); // from memory, as built
    await core.shutdown();
    core = await boot(dataDir);
    await check(); // from the index file
    await core.shutdown();
  }, 60_000);
});
