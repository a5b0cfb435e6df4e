import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { runCli } from '../../cli/cli';
import { HamishCore } from '../hamish-core';
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

describe('hamish notes', () => {
  it('adds by quote and lists as JSON; a missing quote is a clear error', async () => {
    const { core, doc, dataDir } = await boot();
    await core.shutdown();
    let out = '';
    let err = '';
    const ctx = { appRoot: '.', version: 'x', env: {}, stdout: (t: string) => (out += t), stderr: (t: string) => (err += t) };
    expect(
      await runCli(
        [
          '--data-dir',
          dataDir,
          'notes',
          'add',
          '--doc',
          doc.id,
          '--quote',
          'الكاظمى فى فرض الأمن',
          '--note',
          'مهم',
          '--tag',
          'أمن',
          '--color',
          'blue',
        ],
        ctx,
      ),
    ).toBe(0);
    out = '';
    await runCli(['--data-dir', dataDir, 'notes', 'list', '--json'], ctx);
    expect(JSON.parse(out)).toEqual([
      {
        id: expect.any(String),
        docId: doc.id,
        kind: 'highlight',
        quote: 'الكاظمى فى فرض الأمن',
        note: 'مهم',
        tags: ['أمن'],
        color: 'blue',
        orphaned: false,
      },
    ]);
    expect(await runCli(['--data-dir', dataDir, 'notes', 'add', '--doc', doc.id, '--quote', 'لا يوجد هذا النص'], ctx)).toBe(1);
    expect(err).toContain('is not in the document');
  });
});
