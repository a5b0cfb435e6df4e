import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { HamishCore } from '../container';

async function libraryWithNotes() {
  const dataDir = await tempDir();
  const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
  await core.library.add([seedsDir]);
  const [a, b] = core.library.list();
  await core.annotations.add({ docId: b!.id, quote: 'مليونا و800 ألف عنصر عسكرى', note: 'رقم مهم', tags: ['العراق/الجيش'] });
  await core.annotations.add({ docId: a!.id, kind: 'note', note: 'ملاحظة عامة' });
  await core.libraryFile.update((data) => {
    data.settings = { ...data.settings, theme: 'sepia', uiLanguage: 'ar' };
    data.positions = { [a!.id]: 120 };
    data.pairs = { [`${a!.id}|${b!.id}`]: [[2, 3]] };
  });
  return { core, dataDir, ids: [a!.id, b!.id] };
}

describe('ExportService', () => {
  it('backs up everything and restores it without loss', async () => {
    const { core, ids } = await libraryWithNotes();
    const deleted = await core.annotations.add({ docId: ids[0]!, kind: 'bookmark', name: 'هنا' });
    await core.annotations.remove(deleted.id);
    const everything = (c: HamishCore) =>
      JSON.parse(JSON.stringify({ ...c.libraryFile.data, annotations: c.annotations.list({ includeDeleted: true }) }));
    const before = everything(core);
    const backup = join(await tempDir(), 'backup.json');
    await core.exports.backup(backup);
    await core.shutdown();

    const dataDir = await tempDir();
    const other = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    const result = await other.backups.import(backup, 'restore', { watchFolders: true });
    expect(result).toMatchObject({ documents: { added: 2 }, notes: { added: 3 }, folders: [seedsDir], watched: true });
    expect(everything(other)).toEqual(before);
    // What it replaced is kept as a backup of its own, not overwritten.
    expect(JSON.parse(await readFile(result.kept, 'utf8')).store.documents).toEqual([]);
    await other.shutdown();
    // And it is all on disk: a new start reads the same.
    const reopened = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    expect(everything(reopened)).toEqual(before);
    await reopened.shutdown();
  });

  it("restores a backup's watched folders only when asked, and names them either way", async () => {
    const { core } = await libraryWithNotes();
    const backup = join(await tempDir(), 'backup.json');
    await core.exports.backup(backup);
    await core.shutdown();
    const other = await HamishCore.boot({ dataDir: await tempDir(), shell: 'web', version: 'test', lockOwner: 'test' });
    const result = await other.backups.import(backup, 'restore');
    expect(result).toMatchObject({ documents: { added: 2 }, folders: [seedsDir], watched: false });
    expect(other.libraryFile.data.folders).toEqual([]);
    await other.shutdown();
  });

  it('refuses a file that is not a backup, changing nothing', async () => {
    const { core } = await libraryWithNotes();
    const bogus = join(await tempDir(), 'bogus.json');
    await writeFile(bogus, JSON.stringify({ hello: 'world' }));
    const before = JSON.stringify(core.libraryFile.data);
    await expect(core.backups.import(bogus, 'restore')).rejects.toThrow('is not a Hamish backup');
    expect(JSON.stringify(core.libraryFile.data)).toBe(before);
    await core.shutdown();
  });
});
