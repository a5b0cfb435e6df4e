// hamish import: restore or merge a backup, with a preview; anything that is not a
// backup is refused in one line and changes nothing.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hamish } from '../../tests/hamish-cli';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { HamishCore } from '../core/container';

const boot = (dataDir: string) => HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });

/** A library of the samples with one note, and a backup of it. */
async function backedUpLibrary() {
  const dataDir = await tempDir();
  const core = await boot(dataDir);
  await core.library.add([seedsDir]);
  const [a, b] = core.library.list();
  const note = await core.annotations.add({ docId: a!.id, kind: 'note', note: 'في النسخة الاحتياطية' });
  const out = await tempDir();
  const [backup] = (await core.exports.exportNotes({ format: 'json', out })).files;
  await core.shutdown();
  return { dataDir, backup: backup!, ids: [a!.id, b!.id], note };
}

async function notesIn(dataDir: string): Promise<string[]> {
  const core = await HamishCore.boot({ dataDir, shell: 'cli', version: 'test', readOnly: true });
  return core.annotations
    .list({})
    .map((a) => a.note)
    .sort();
}

describe('hamish import --merge', () => {
  it('previews, then adds what is missing and keeps both sides of a conflict, saying so', async () => {
    const { dataDir, backup, note } = await backedUpLibrary();
    // Since the backup: a new note here, and the backed-up note edited.
    const core = await boot(dataDir);
    await core.annotations.update(note.id, { note: 'عدلت بعد النسخة' });
    await core.annotations.add({ docId: note.docId, kind: 'note', note: 'جديدة' });
    await core.shutdown();
    const other = await tempDir();
    const otherCore = await boot(other);
    await otherCore.shutdown();

    const preview = await hamish('--data-dir', dataDir, 'import', backup, '--merge', '--preview');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('documents: 0 added, 2 already there');
    expect(preview.stdout).toContain('notes: 0 added, 0 already there, 1 in conflict (both kept)');
    expect(preview.stdout).toContain('conflict: note "في النسخة الاحتياطية" differs here and in the backup; both are kept');
    expect(await notesIn(dataDir)).toEqual(['جديدة', 'عدلت بعد النسخة'].sort());

    const merged = await hamish('--data-dir', dataDir, 'import', backup, '--merge', '--json');
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({ mode: 'merge', notes: { conflicts: 1 } });
    expect(await notesIn(dataDir)).toEqual(['جديدة', 'عدلت بعد النسخة', 'في النسخة الاحتياطية'].sort());
    // Merging the same backup again changes nothing more.
    expect((await hamish('--data-dir', dataDir, 'import', backup, '--merge', '--preview')).stdout).toContain(
      'notes: 0 added, 1 already there, 0 in conflict',
    );

    // Into an empty library: the documents and the note come in with their ids.
    const into = await hamish('--data-dir', other, 'import', backup, '--merge');
    expect(into.stdout).toContain('documents: 2 added');
    expect(await notesIn(other)).toEqual(['في النسخة الاحتياطية']);
  });

  it('refuses a file that is not a backup in one line, changing nothing', async () => {
    const { dataDir } = await backedUpLibrary();
    const before = await readFile(join(dataDir, 'hamish.json'), 'utf8');
    const files = await readdir(dataDir);
    const notJson = join(await tempDir(), 'article.txt');
    await writeFile(notJson, 'مقال عادي، ليس نسخة احتياطية');
    const otherJson = join(await tempDir(), 'package.json');
    await writeFile(otherJson, '{"name":"x"}');
    for (const [file, why] of [
      [notJson, 'it is not a JSON file'],
      [otherJson, 'make one with hamish export'],
    ] as const) {
      for (const extra of [[], ['--merge'], ['--merge', '--preview']]) {
        const result = await hamish('--data-dir', dataDir, 'import', file, ...extra);
        expect(result.code).toBe(1);
        expect(result.stderr).toBe(`hamish: ${file} is not a Hamish backup (${result.stderr.split('(')[1]}`);
        expect(result.stderr).toContain(why);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
      }
    }
    expect(await readFile(join(dataDir, 'hamish.json'), 'utf8')).toBe(before);
    expect((await readdir(dataDir)).sort()).toEqual(files.sort());
  });
});
