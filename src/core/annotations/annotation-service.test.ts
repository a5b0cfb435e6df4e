import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { createApiHandlers } from '../api-handlers';
import { HamishCore } from '../container';
import { cleanTags, findQuote } from './annotation-service';

async function boot() {
  const dataDir = await tempDir();
  const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
  await core.library.add([seedsDir]);
  const doc = core.library.list().find((d) => d.title.startsWith('صعدت'))!;
  return { core, doc, dataDir };
}

describe('findQuote', () => {
  it('finds a quote by its words, spelling folded, and maps back to the original letters', () => {
    const text = 'قال مُصْطَفَى الكاظِمِيّ إن الحكومة ستواجه.';
    const range = findQuote(text, 'مصطفى الكاظمى');
    expect(text.slice(range.start, range.end)).toBe('مُصْطَفَى الكاظِمِيّ');
  });

  it('says when a quote is absent or ambiguous', () => {
    expect(() => findQuote('نص عن البصرة', 'كركوك')).toThrow('is not in the document');
    expect(() => findQuote('البصرة ثم البصرة', 'البصرة')).toThrow('2 times');
  });

  it('cleans tags, Arabic and nested ones kept', () => {
    expect(cleanTags([' العراق / الأمن ', 'العراق/الأمن', 'ميليشيات', ''])).toEqual(['العراق/الأمن', 'ميليشيات']);
  });
});

describe('AnnotationService', () => {
  it('adds a highlight with a note and tags, lists it in reading order, and filters by nested tag', async () => {
    const { core, doc } = await boot();
    const late = await core.annotations.add({ docId: doc.id, quote: 'مليونا و800 ألف عنصر عسكرى', tags: ['العراق/الجيش'] });
    const early = await core.annotations.add({
      docId: doc.id,
      quote: 'صعدت السلطات العراقية',
      note: 'بداية الخبر',
      color: 'green',
    });
    expect(core.annotations.list({ docId: doc.id }).map((a) => a.id)).toEqual([early.id, late.id]);
    expect(core.annotations.list({ tag: 'العراق' }).map((a) => a.id)).toEqual([late.id]);
    expect(early).toMatchObject({ kind: 'highlight', color: 'green', note: 'بداية الخبر', orphaned: false });
    await core.shutdown();
  });

  it('deletes softly and restores (undo)', async () => {
    const { core, doc } = await boot();
    const a = await core.annotations.add({ docId: doc.id, quote: 'صعدت السلطات العراقية' });
    await core.annotations.remove(a.id);
    expect(core.annotations.list()).toEqual([]);
    expect(core.annotations.list({ includeDeleted: true })).toHaveLength(1);
    await core.annotations.restore(a.id);
    expect(core.annotations.list().map((x) => x.id)).toEqual([a.id]);
    expect(core.annotations.list()[0]!.deletedAt).toBeUndefined();
    // Purged 30 days after deletion, not before.
    await core.annotations.remove(a.id);
    expect(await core.annotations.purge(Date.now() + 29 * 86_400_000)).toBe(0);
    expect(await core.annotations.purge(Date.now() + 31 * 86_400_000)).toBe(1);
    await core.shutdown();
  });

  it('follows an edited document: moved passages re-anchor, deleted ones become orphans, none is dropped', async () => {
    const dataDir = await tempDir();
    const folder = await tempDir();
    const file = join(folder, 'a.txt');
    await writeFile(file, 'عنوان\nالفقرة الأولى عن البصرة.\nالفقرة الثانية عن كركوك والنفط.');
    const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    await core.library.add([folder]);
    const doc = core.library.list()[0]!;
    const kirkuk = await core.annotations.add({ docId: doc.id, quote: 'كركوك والنفط' });
    const basra = await core.annotations.add({ docId: doc.id, quote: 'عن البصرة' });
    await writeFile(file, 'عنوان\nمقدمة جديدة تماما.\nالفقرة الثانية عن كركوك والنفط.');
    await core.library.add([folder]);
    const after = Object.fromEntries(core.annotations.list().map((a) => [a.id, a]));
    expect(after[kirkuk.id]!.orphaned).toBe(false);
    const { text } = await core.library.get(doc.id);
    const sel = after[kirkuk.id]!.selectors!.position;
    expect(text.slice(sel.start, sel.end)).toBe('كركوك والنفط');
    expect(after[basra.id]!.orphaned).toBe(true);
    await core.shutdown();
  });
});

describe('cross-document links', () => {
  it('links passages of two documents, shows the link on both and follows edits of either', async () => {
    const dataDir = await tempDir();
    const folder = await tempDir();
    await writeFile(join(folder, 'a.txt'), 'الخبر الأول\nقالت الوزارة إن عدد القوات مليون و800 ألف عنصر.');
    await writeFile(join(folder, 'b.txt'), 'الخبر الثاني\nقال المتحدث إن القوات جاهزة.');
    const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    await core.library.add([folder]);
    const [a, b] = ['الخبر الأول', 'الخبر الثاني'].map((t) => core.library.list().find((d) => d.title === t)!);
    const link = await core.annotations.add({
      docId: a!.id,
      quote: 'مليون و800 ألف عنصر',
      target: { docId: b!.id, quote: 'القوات جاهزة' },
      note: 'المصدر ب يغفل الرقم',
    });
    expect(link).toMatchObject({ kind: 'link', docId: a!.id, target: { docId: b!.id, orphaned: false } });
    expect(core.annotations.list({ docId: a!.id }).map((x) => x.id)).toEqual([link.id]);
    expect(core.annotations.list({ docId: b!.id }).map((x) => x.id)).toEqual([link.id]);
    // In b's list, the link takes its place in b's reading order (by b's passage), among b's own notes.
    const early = await core.annotations.add({ docId: b!.id, quote: 'قال المتحدث' });
    const docNote = await core.annotations.add({ docId: b!.id, kind: 'note', note: 'عامة' });
    expect(core.annotations.list({ docId: b!.id }).map((x) => x.id)).toEqual([docNote.id, early.id, link.id]);
    await core.annotations.remove(early.id);
    await core.annotations.remove(docNote.id);

    // The other document is edited: its end moves with its words; then its words go: that end is orphaned, the link kept.
    await writeFile(join(folder, 'b.txt'), 'الخبر الثاني\nمقدمة أطول من قبل.\nقال المتحدث إن القوات جاهزة.');
    await core.library.add([folder]);
    const { text } = await core.library.get(b!.id);
    const moved = core.annotations.list({ docId: b!.id })[0]!.target!;
    expect(text.slice(moved.selectors.position.start, moved.selectors.position.end)).toBe('القوات جاهزة');
    await writeFile(join(folder, 'b.txt'), 'الخبر الثاني\nنص مختلف تماما لا علاقة له.');
    await core.library.add([folder]);
    expect(core.annotations.list({ orphaned: true }).map((x) => x.id)).toEqual([link.id]);
    expect(core.annotations.list({ docId: a!.id })[0]!.orphaned).toBe(false);

    // Re-attached to a new passage in the other document.
    const edited = (await core.library.get(b!.id)).text;
    const at = edited.indexOf('نص مختلف');
    const reattached = await core.annotations.reattach(link.id, at, at + 'نص مختلف'.length, 'target');
    expect(reattached.target).toMatchObject({ orphaned: false, selectors: { quote: { exact: 'نص مختلف' } } });
    await expect(
      core.annotations.add({ docId: a!.id, quote: 'الوزارة', target: { docId: a!.id, quote: 'القوات' } }),
    ).rejects.toThrow('two different documents');
    await core.shutdown();
  });
});

describe('the notes list', () => {
  it('filters by colour, kind and words (spelling folded, as search does)', async () => {
    const { core, doc } = await boot();
    const green = await core.annotations.add({
      docId: doc.id,
      quote: 'صعدت السلطات العراقية',
      color: 'green',
      note: 'عن الكاظمي',
    });
    const mark = await core.annotations.add({ docId: doc.id, kind: 'bookmark', name: 'توقفت هنا' });
    expect(core.annotations.list({ color: 'green' }).map((a) => a.id)).toEqual([green.id]);
    expect(core.annotations.list({ kind: 'bookmark' }).map((a) => a.id)).toEqual([mark.id]);
    // The note says الكاظمي; a search for الكاظمى (alef maqsura) finds it, and the quote's words too.
    expect(core.annotations.list({ query: 'الكاظمى' }).map((a) => a.id)).toEqual([green.id]);
    expect(core.annotations.list({ query: 'السلطات' }).map((a) => a.id)).toEqual([green.id]);
    expect(core.annotations.list({ query: 'توقفت' }).map((a) => a.id)).toEqual([mark.id]);
    expect(core.annotations.list({ query: 'البصرة' })).toEqual([]);
    // -word excludes, as in library search.
    expect(core.annotations.list({ query: 'السلطات -الكاظمي' })).toEqual([]);
    // Through the contract: the first page and how many there are in all.
    const handlers = createApiHandlers(core);
    expect(await handlers.listAnnotations({ limit: 1 })).toMatchObject({ items: [expect.any(Object)], total: 2 });
    await core.shutdown();
  });

  it('moves notes out of a version 2 library file into the notes store, losing none', async () => {
    const dataDir = await tempDir();
    const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    await core.library.add([seedsDir]);
    const doc = core.library.list()[0]!;
    const a = await core.annotations.add({ docId: doc.id, kind: 'note', note: 'قديمة' });
    await core.shutdown();
    // Write the file as version 2 kept it: the note inside the library file, no notes store.
    const file = join(dataDir, 'hamish.json');
    const v2 = { ...JSON.parse(await readFile(file, 'utf8')), version: 2, annotations: [a] };
    await writeFile(file, JSON.stringify(v2));
    for (const name of await readdir(dataDir)) if (name.startsWith('annotations')) await rm(join(dataDir, name));
    const upgraded = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    expect(upgraded.annotations.list().map((x) => x.note)).toEqual(['قديمة']);
    expect(upgraded.libraryFile.data.annotations).toEqual([]);
    await upgraded.shutdown();
    expect(JSON.parse(await readFile(`${file}.v2.bak`, 'utf8')).annotations).toHaveLength(1);
  });
});
