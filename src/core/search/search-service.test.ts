import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { HamishCore } from '../container';

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

describe('SearchService: cache files that do not belong together', () => {
  it('rebuilds when the texts file comes from another build', async () => {
    const dataDir = await tempDir();
    let core = await boot(dataDir);
    await core.library.add([seedsDir]);
    await core.shutdown();
    // Without an index file the next start builds one with both documents in it.
    await rm(join(dataDir, 'search-index.bin'));
    core = await boot(dataDir);
    await core.shutdown();
    const built = (await stat(join(dataDir, 'search-index.bin'))).mtimeMs;
    // Same size, another build: only the id at its start differs.
    const texts = join(dataDir, 'search-texts.bin');
    const bytes = await readFile(texts);
    bytes.write('0'.repeat(32), 0, 'ascii');
    await writeFile(texts, bytes);
    await new Promise((resolve) => setTimeout(resolve, 20)); // a later mtime for the rebuilt file
    core = await boot(dataDir);
    await core.shutdown();
    expect((await stat(join(dataDir, 'search-index.bin'))).mtimeMs).toBeGreaterThan(built);
    core = await boot(dataDir);
    expect(titles(core, 'الكاظمي')).toHaveLength(2);
    await core.shutdown();
  });
});
