import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { HamishCore } from '../hamish-core';

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
