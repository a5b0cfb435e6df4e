// A document whose file is gone still opens, from the text the search index holds, and is found
// again by adding its new path (Locate…): same document, same notes.
import { copyFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { HamishCore } from '../container';

let core: HamishCore | undefined;
afterEach(async () => {
  await core?.shutdown();
  core = undefined;
});

describe('a missing file', () => {
  it('opens from the saved text, and Locate (adding its new path) finds the same document again', async () => {
    const folder = await tempDir();
    const file = join(folder, 'report.txt');
    await copyFile(join(seedsDir, 'al-kadhimi-confronts-militias.txt'), file);
    core = await HamishCore.boot({ dataDir: await tempDir(), shell: 'web', version: 'test', lockOwner: 'test' });
    await core.library.add([file]);
    await core.search.ready();
    const [doc] = core.library.list();
    const original = await core.library.get(doc!.id);
    expect(original.savedCopy).toBeUndefined();

    const moved = join(folder, 'moved.txt');
    await rename(file, moved);
    const saved = await core.library.get(doc!.id);
    expect(saved.savedCopy).toBe(true);
    expect(saved.text).toBe(original.text);
    expect(saved.blocks.map((b) => saved.text.slice(b.start, b.end))).toEqual(
      original.blocks.map((b) => original.text.slice(b.start, b.end)),
    );
    // Annotating it works from the same text.
    expect(await core.library.textOf(doc!.id)).toBe(original.text);

    const report = await core.library.add([moved]);
    expect(report).toMatchObject({ added: 0, updated: 1 });
    const found = await core.library.get(doc!.id);
    expect(found.path).toBe(moved);
    expect(found.savedCopy).toBeUndefined();
  });
});
