// A damaged library file in a library's first hours: the backup of its first save,
// or, with no backup at all, a library rebuilt from what remains with the notes attached.
import { cp, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { HamishCore } from '../container';
import { STORE_FILE } from './library-file';

const boot = (dataDir: string) => HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test', seedsDir });

/** A new library with the samples, a folder of its own and a note on each of two documents. */
async function newLibraryWithNotes() {
  const dataDir = await tempDir();
  const folder = join(await tempDir(), 'articles');
  await cp(seedsDir, folder, { recursive: true });
  const core = await boot(dataDir);
  await core.library.add([folder]);
  const sample = core.library.list().find((d) => d.path.startsWith(join(dataDir, 'samples')))!;
  const own = core.library.list().find((d) => d.path.startsWith(folder))!;
  await core.annotations.add({ docId: sample.id, kind: 'note', note: 'on a sample' });
  await core.annotations.add({ docId: own.id, kind: 'note', note: 'on my file' });
  const ids = core.library
    .list()
    .map((d) => `${d.path} ${d.id}`)
    .sort();
  await core.shutdown();
  return { dataDir, ids };
}

async function damage(dataDir: string, { backups }: { backups: boolean }) {
  await writeFile(join(dataDir, STORE_FILE), '{"version":3,"documents":[{"id"');
  if (!backups) {
    for (const name of await readdir(dataDir)) if (name.startsWith(`${STORE_FILE}.bak`)) await rm(join(dataDir, name));
  }
}

async function attachedNotes(core: HamishCore): Promise<string[]> {
  return core.annotations
    .list({})
    .filter((a) => core.library.has(a.docId))
    .map((a) => a.note ?? '')
    .sort();
}

describe('a damaged library file', () => {
  it('is restored from the backup its first save made, with the notes attached', async () => {
    const { dataDir, ids } = await newLibraryWithNotes();
    await damage(dataDir, { backups: true });
    const core = await boot(dataDir);
    expect(core.libraryFile.repaired).toBe(true);
    expect(
      core.library
        .list()
        .map((d) => `${d.path} ${d.id}`)
        .sort(),
    ).toEqual(ids);
    expect(await attachedNotes(core)).toEqual(['on a sample', 'on my file']);
    await core.shutdown();
  });

  it('with no backup, is rebuilt from what remains: same ids, notes attached, samples not copied again', async () => {
    const { dataDir, ids } = await newLibraryWithNotes();
    await damage(dataDir, { backups: false });
    const core = await boot(dataDir);
    expect(
      core.library
        .list()
        .map((d) => `${d.path} ${d.id}`)
        .sort(),
    ).toEqual(ids);
    expect(await attachedNotes(core)).toEqual(['on a sample', 'on my file']);
    expect(core.info().notices.join('\n')).toContain('found again');
    expect(core.libraryFile.data.seeded).toBe(true);
    await core.shutdown();
  });

  it('without any remains, still gives the re-copied samples their old ids (derived from file and text)', async () => {
    const { dataDir, ids } = await newLibraryWithNotes();
    await damage(dataDir, { backups: false });
    for (const name of await readdir(dataDir)) if (name.startsWith('search-')) await rm(join(dataDir, name));
    const core = await boot(dataDir);
    const samples = ids.filter((line) => line.startsWith(join(dataDir, 'samples')));
    expect(
      core.library
        .list()
        .map((d) => `${d.path} ${d.id}`)
        .sort(),
    ).toEqual(expect.arrayContaining(samples));
    expect((await attachedNotes(core)).includes('on a sample')).toBe(true);
    await core.shutdown();
  });
});
