// `hamish search`'s lean path must answer as the whole core does, keep its index in step
// the same way, and refuse a damaged library file in the same words, touching nothing.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { UserError } from '../shared/errors';
import { createApiHandlers } from './api-handlers';
import { HamishCore } from './container';
import { SearchReader } from './search-reader';
import { STORE_FILE } from './store/library-file';

async function library(): Promise<string> {
  const dataDir = await tempDir();
  const core = await HamishCore.boot({ dataDir, shell: 'cli', version: 'test', lockOwner: 'test' });
  await core.library.add([seedsDir]);
  await core.shutdown();
  return dataDir;
}

async function coreSearch(dataDir: string, query: string) {
  const core = await HamishCore.boot({ dataDir, shell: 'cli', version: 'test', readOnly: true });
  try {
    return await createApiHandlers(core).search({ query });
  } finally {
    await core.search.shutdown();
  }
}

/** Why opening failed, as the user reads it. */
async function refusal(open: () => Promise<unknown>): Promise<string> {
  const error = await open().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
}

describe('SearchReader', () => {
  it('answers as the whole core does', async () => {
    const dataDir = await library();
    const reader = await SearchReader.open(dataDir);
    try {
      for (const query of ['الكاظمي', '"الفصائل المسلحة"', 'الك*', 'lang:ar -الكاظمي'])
        expect(reader.search({ query }), query).toEqual(await coreSearch(dataDir, query));
      expect(reader.search({ query: 'الكاظمي' }).hits).toHaveLength(2);
    } finally {
      await reader.close();
    }
  });

  it('rebuilds a missing index from the files, as the core does', async () => {
    const dataDir = await library();
    const expected = await coreSearch(dataDir, 'الكاظمي');
    for (const name of ['search-index.bin', 'search-live.json']) await rm(join(dataDir, name), { force: true });
    const reader = await SearchReader.open(dataDir);
    expect(reader.search({ query: 'الكاظمي' })).toEqual(expected);
    await reader.close();
    // Saved for the next search, as before.
    expect((await readFile(join(dataDir, 'search-index.bin'))).length).toBeGreaterThan(0);
  });

  it('refuses a damaged library file in the words the core uses, and leaves it as it was', async () => {
    for (const damage of [
      (store: Record<string, unknown>) => JSON.stringify({ ...store, documents: [{ id: 1 }] }),
      (store: Record<string, unknown>) => JSON.stringify({ ...store, settings: { theme: 'neon' } }),
      (store: Record<string, unknown>) => JSON.stringify(store).slice(0, 100),
      () => '',
    ]) {
      const dataDir = await library();
      const path = join(dataDir, STORE_FILE);
      const damaged = damage(JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>);
      await writeFile(path, damaged);
      const words = await refusal(() => SearchReader.open(dataDir));
      expect(words).toMatch(/^the library file cannot be read \(.+\); open Hamish to repair it$/);
      expect(words).toBe(await refusal(() => HamishCore.boot({ dataDir, shell: 'cli', version: 'test', readOnly: true })));
      expect(await readFile(path, 'utf8')).toBe(damaged);
    }
  });
});
