import { mkdir, readFile, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LARGE_FOLDER_FILES, writeLargeFolder } from '../../../tests/large-folder';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { LibraryFile } from '../store/library-file';
import { LibraryService, type LibraryChange } from './library-service';

async function openLibrary() {
  const store = new LibraryFile(await tempDir());
  await store.boot();
  return { store, library: new LibraryService(store) };
}

describe('LibraryService', () => {
  it('adds the sample articles with their metadata and reads them back as text and blocks', async () => {
    const { library, store } = await openLibrary();
    const progress: number[] = [];
    const report = await library.add([seedsDir], { onProgress: (p) => progress.push(p.done) });
    expect(report).toEqual({ added: 2, updated: 0, skipped: 0, errors: [] });
    expect(progress.at(-1)).toBe(2);
    const docs = library.list();
    expect(docs.map((d) => [d.lang, d.dir, d.format])).toEqual([
      ['ar', 'rtl', 'txt'],
      ['ar', 'rtl', 'txt'],
    ]);
    const kadhimi = docs.find((d) => d.title === 'الكاظمي يرسم ملامح المواجهة مع الميليشيات')!;
    expect(kadhimi.words).toBeGreaterThan(300);
    const view = await library.get(kadhimi.id);
    expect(view.text).toContain('مصطفى الكاظمي');
    expect(view.blocks[0]).toMatchObject({ type: 'heading', start: 0 });
    for (const block of view.blocks) expect(view.text.slice(block.start, block.end).trim()).not.toBe('');
    // Durable: a second service over the same folder sees the same library.
    const again = new LibraryFile(store.dataDir);
    await again.boot();
    expect(again.data.documents.map((d) => d.id).sort()).toEqual(docs.map((d) => d.id).sort());
  });

  it('skips unchanged files and re-reads a changed one, keeping its id', async () => {
    const { library } = await openLibrary();
    const dir = await tempDir();
    const file = join(dir, 'a.txt');
    await writeFile(file, 'عنوان\nنص أول.');
    await library.add([dir]);
    const [before] = library.list();
    expect(await library.add([dir])).toEqual({ added: 0, updated: 0, skipped: 1, errors: [] });
    await writeFile(file, 'عنوان جديد\nنص ثان أطول من الأول.');
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    expect(await library.add([dir])).toMatchObject({ added: 0, updated: 1 });
    const [after] = library.list();
    expect(after!.id).toBe(before!.id);
    expect(after!.title).toBe('عنوان جديد');
  });

  it('reports each bad path with its reason and changes nothing else', async () => {
    const { library, store } = await openLibrary();
    await library.add([seedsDir]);
    const storeBefore = await readFile(store.path, 'utf8');
    const dir = await tempDir();
    await mkdir(join(dir, 'empty'));
    await writeFile(join(dir, 'photo.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    await writeFile(join(dir, 'blank.md'), '');
    await writeFile(join(dir, 'data.json'), '{}');
    const report = await library.add([
      join(dir, 'missing'),
      join(dir, 'empty'),
      join(dir, 'photo.txt'),
      join(dir, 'blank.md'),
      join(dir, 'data.json'),
    ]);
    expect(report.added + report.updated).toBe(0);
    expect(Object.fromEntries(report.errors.map((e) => [e.path.slice(dir.length + 1), e.reason]))).toEqual({
      missing: 'no such file or folder',
      empty: 'no articles in this folder (Hamish reads .txt, .text, .md, .markdown, .html, .htm, .xhtml, .docx, .epub)',
      'photo.txt': 'not a text file (it contains binary data)',
      'blank.md': 'file is empty',
      'data.json': 'unsupported file type ".json" (Hamish reads .txt, .text, .md, .markdown, .html, .htm, .xhtml, .docx, .epub)',
    });
    expect(await readFile(store.path, 'utf8')).toBe(storeBefore);
  });

  it('survives a symbolic link loop inside an added folder', async () => {
    const { library } = await openLibrary();
    const dir = await tempDir();
    await writeFile(join(dir, 'a.md'), '# Title\n\nBody text.');
    await symlink(dir, join(dir, 'loop'));
    const report = await library.add([dir]);
    expect(report.added).toBe(1);
    expect(report.errors).toEqual([{ path: join(dir, 'loop'), reason: 'symbolic link loop (folder already visited)' }]);
  });

  it('says which document is missing when its id is unknown or its file is gone', async () => {
    const { library } = await openLibrary();
    await expect(library.get('nope')).rejects.toThrow('No document with id "nope"');
    const dir = await tempDir();
    await writeFile(join(dir, 'gone.md'), '# Gone soon\n\nText.');
    await library.add([dir]);
    await rm(join(dir, 'gone.md'));
    await expect(library.get(library.list()[0]!.id)).rejects.toThrow('Cannot open "Gone soon": no such file or folder');
  });
});

describe('LibraryService: identity, missing files, cancelling', () => {
  it('keeps the id of a renamed or moved file, recognised by its text', async () => {
    const { library } = await openLibrary();
    const dir = await tempDir();
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'a.txt'), 'عنوان\nنص المقال الذي سينقل.');
    await library.add([dir]);
    const [before] = library.list();
    await rename(join(dir, 'a.txt'), join(dir, 'sub', 'renamed.txt'));
    await library.markMissing([join(dir, 'a.txt')]);
    expect(library.list()[0]!.missing).toBe(true);
    expect(await library.add([dir])).toMatchObject({ added: 0, updated: 1 });
    const after = library.list();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: before!.id, path: join(dir, 'sub', 'renamed.txt'), missing: false });
  });

  it('reconciles at start: new and changed files in added folders come in, vanished ones are marked missing', async () => {
    const { library, store } = await openLibrary();
    const dir = await tempDir();
    await writeFile(join(dir, 'keep.md'), '# Keep\n\nText.');
    await writeFile(join(dir, 'gone.md'), '# Gone\n\nOther text.');
    await library.add([dir]);
    expect(store.data.folders).toEqual([dir]);
    await rm(join(dir, 'gone.md'));
    await writeFile(join(dir, 'new.md'), '# New\n\nFresh text.');
    const fresh = new LibraryFile(store.dataDir);
    await fresh.boot();
    const reopened = new LibraryService(fresh);
    const report = await reopened.reconcile();
    expect(report).toMatchObject({ added: 1, skipped: 1 });
    const byTitle = Object.fromEntries(reopened.list().map((d) => [d.title, d.missing]));
    expect(byTitle).toEqual({ Keep: false, Gone: true, New: false });
  });

  it('stops an import when cancelled and keeps what it read', async () => {
    const { library } = await openLibrary();
    const dir = await tempDir();
    for (let i = 0; i < 200; i++) await writeFile(join(dir, `n${i}.txt`), `عنوان ${i}\nنص رقم ${i}.`);
    const running = library.add([dir], {
      onProgress: (p) => {
        if (p.done >= 20) library.cancelImport();
      },
    });
    const report = await running;
    expect(report.cancelled).toBe(true);
    expect(report.added).toBeGreaterThan(0);
    expect(report.added).toBeLessThan(200);
    expect(library.list()).toHaveLength(report.added);
  });

  it('removes documents but not their files, and refuses unknown ids', async () => {
    const { library } = await openLibrary();
    await library.add([seedsDir]);
    const [first, second] = library.list();
    await expect(library.remove(['nope'])).rejects.toThrow('No document with id "nope"');
    expect(await library.remove([first!.id])).toBe(1);
    expect(library.list().map((d) => d.id)).toEqual([second!.id]);
    await expect(readFile(first!.path, 'utf8')).resolves.toContain('الكاظمي');
  });
});

describe('LibraryService: what the review found', () => {
  it('keeps both of two identical files moved together', async () => {
    const { library } = await openLibrary();
    const root = await tempDir();
    await mkdir(join(root, 'A'));
    await writeFile(join(root, 'A', 'x.txt'), 'عنوان\nنص متطابق.');
    await writeFile(join(root, 'A', 'y.txt'), 'عنوان\nنص متطابق.');
    await library.add([join(root, 'A')]);
    const ids = library
      .list()
      .map((d) => d.id)
      .sort();
    await rename(join(root, 'A'), join(root, 'B'));
    await library.add([join(root, 'B')]);
    const after = library.list();
    expect(after.map((d) => d.id).sort()).toEqual(ids);
    expect(after.map((d) => d.path).sort()).toEqual([join(root, 'B', 'x.txt'), join(root, 'B', 'y.txt')]);
  });

  it('reads a file named twice once, and does not remember a folder inside a remembered one', async () => {
    const { library, store } = await openLibrary();
    const dir = await tempDir();
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'a.txt'), 'عنوان\nنص.');
    expect(await library.add([dir, join(dir, 'sub', 'a.txt'), join(dir, 'sub')])).toMatchObject({ added: 1 });
    expect(library.list()).toHaveLength(1);
    expect(store.data.folders).toEqual([dir]);
  });

  it('keeps a removed document out when its folder is reconciled, until the user adds it by name', async () => {
    const { library, store } = await openLibrary();
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), 'عنوان أ\nنص.');
    await writeFile(join(dir, 'b.txt'), 'عنوان ب\nنص آخر.');
    await library.add([dir]);
    const a = library.list().find((d) => d.title === 'عنوان أ')!;
    await library.remove([a.id]);
    await library.reconcile();
    await library.add([dir], { explicit: false });
    expect(library.list().map((d) => d.title)).toEqual(['عنوان ب']);
    await library.add([join(dir, 'a.txt')]);
    expect(library.list()).toHaveLength(2);
    expect(store.data.excluded).toEqual([]);
  });

  it('does not remember the folder of a cancelled import', async () => {
    const { library, store } = await openLibrary();
    const dir = await tempDir();
    for (let i = 0; i < 100; i++) await writeFile(join(dir, `n${i}.txt`), `عنوان ${i}\nنص.`);
    const report = await library.add([dir], { onProgress: () => library.cancelImport() });
    expect(report.cancelled).toBe(true);
    expect(store.data.folders).toEqual([]);
  });
});

describe('document ids', () => {
  it('never start with a character the command line would take for an option', async () => {
    const { library } = await openLibrary();
    const dir = await tempDir();
    for (let i = 0; i < 300; i++) await writeFile(join(dir, `n${i}.txt`), `عنوان ${i}\nنص ${i}.`);
    await library.add([dir]);
    for (const doc of library.list()) expect(doc.id).toMatch(/^[A-Za-z0-9]/);
  });
});

describe('LibraryService as the annotations’ DocumentTexts', () => {
  it('keeps the text of a document it read, until the document is re-read with another text', async () => {
    const { library } = await openLibrary();
    const dir = await tempDir();
    const file = join(dir, 'a.md');
    await writeFile(file, '# A\n\nFirst text.');
    await library.add([file]);
    const [doc] = library.list();
    expect(library.has(doc!.id)).toBe(true);
    expect(library.has('nope')).toBe(false);
    expect(await library.textOf(doc!.id)).toContain('First text.');
    // Not read again: the file can be gone and the text is still there, as the reader shows it.
    await rename(file, join(dir, 'aside'));
    expect(await library.textOf(doc!.id)).toContain('First text.');
    await rename(join(dir, 'aside'), file);
    // A changed file, once re-read, has a new fingerprint: its new text is read.
    await writeFile(file, '# A\n\nSecond text, longer.');
    await library.add([file]);
    expect(await library.textOf(doc!.id)).toContain('Second text, longer.');
    await expect(library.textOf('nope')).rejects.toThrow('No document with id "nope"');
  });

  it('hands a large import to the search index with each text compressed by the parse workers, read back whole', async () => {
    const { library } = await openLibrary();
    const dir = await tempDir();
    await writeLargeFolder(dir);
    const changes: LibraryChange[] = [];
    library.onChange = (change) => void changes.push(change);
    await library.add([dir]);
    const [change] = changes;
    expect(change!.upserts).toHaveLength(LARGE_FOLDER_FILES);
    expect(change!.textDictionary?.length).toBeGreaterThan(1000);
    // The first ~500 texts chose the dictionary; the rest came back compressed.
    const compressed = change!.upserts.filter((u) => u.blob);
    expect(compressed.length).toBeGreaterThan(50);
    expect(compressed.length).toBeLessThan(150);
    for (const upsert of change!.upserts) {
      expect(upsert.text).toBe(await library.textOf(upsert.record.id));
      expect(upsert.terms?.ids.length).toBeGreaterThan(500);
    }
  }, 60_000);
});
