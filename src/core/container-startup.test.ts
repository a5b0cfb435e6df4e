// What an app shell's core does at start: the library answers before the search index
// is loaded (a search waits for it), and the similar-reports index waits to be asked for.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { createApiHandlers } from './api-handlers';
import { HamishCore } from './container';

let core: HamishCore | undefined;
afterEach(async () => {
  await core?.shutdown();
  core = undefined;
});

describe('HamishCore start-up', () => {
  it('answers a search made before the index loaded, with the documents the library had', async () => {
    const dataDir = await tempDir();
    const cli = await HamishCore.boot({ dataDir, shell: 'cli', version: 'test', lockOwner: 'test' });
    await cli.library.add([seedsDir]);
    await cli.shutdown();

    core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test', watch: true });
    const handlers = createApiHandlers(core);
    expect(await handlers.listDocuments({})).toHaveLength(2);
    expect(core.search.size).toBe(0); // not loaded yet
    const { hits } = await handlers.search({ query: 'الكاظمي' });
    expect(hits.length).toBe(2);
    await core.ready;
    // Nothing asked for similar reports: their index was neither loaded nor built.
    expect(core.similar.current()).toBeNull();
    expect(core.similar.indexing).toBe(false);
    await handlers.similarDocuments({ id: hits[0]!.docId });
    expect(core.similar.current() ?? core.similar.indexing).toBeTruthy();
    await core.similar.ready();
    await core.shutdown();
    core = undefined;
    expect(existsSync(join(dataDir, 'similar-index.bin'))).toBe(true);
  });
});
