// `hamish search` opens the library file and the search index alone (core/search-reader.ts):
// a fresh process per query pays for every module it loads (issue 12). It must not load the
// whole core, and must still refuse a damaged library file in one line, leaving it as it was.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { hamish } from '../../tests/hamish-cli';
import { seedsDir, tempDir } from '../../tests/temp-dir';

const root = join(seedsDir, '..');
const loaded = vi.hoisted(() => new Set<string>());

vi.mock('../core/container', async (original) => {
  loaded.add('core/container');
  return original();
});
vi.mock('../core/library/library-service', async (original) => {
  loaded.add('core/library/library-service');
  return original();
});

/** A library of the samples, made in another process: this one loads only what the commands under test load. */
async function library(): Promise<string> {
  const dataDir = await tempDir();
  const added = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src', 'cli', 'index.ts'), '--data-dir', dataDir, 'add', seedsDir],
    { cwd: root, encoding: 'utf8' },
  );
  expect(added.status, added.stderr).toBe(0);
  return dataDir;
}

describe('hamish search', () => {
  it('searches without booting the whole core or loading the library’s readers', async () => {
    const dataDir = await library();
    const found = await hamish('--data-dir', dataDir, 'search', 'الكاظمي', '--limit', '1');
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/^\S+ {2}.+\(\d+ match(es)?, score [\d.]+\)\n {4}….*⟪الكاظمي⟫/);
    expect(found.stdout).toContain('(1 more; use --limit)');
    expect([...loaded]).toEqual([]);
    // The probe does see a command that boots the core.
    expect((await hamish('--data-dir', dataDir, 'list')).code).toBe(0);
    expect(loaded.has('core/container')).toBe(true);
  });

  it('refuses a damaged library file in one line and leaves it as it was', async () => {
    const dataDir = await library();
    const path = join(dataDir, 'hamish.json');
    const store = JSON.parse(await readFile(path, 'utf8')) as { documents: { lang: string }[] };
    store.documents[0]!.lang = 'klingon';
    await writeFile(path, JSON.stringify(store));
    const refused = await hamish('--data-dir', dataDir, 'search', 'الكاظمي');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'hamish: the library file cannot be read (hamish.json does not have the shape of a Hamish store); open Hamish to repair it\n',
    );
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(store);
  });
});
