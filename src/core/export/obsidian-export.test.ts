// Golden files for the Obsidian export: a note in Arabic, two linked documents' notes joined by
// [[wiki-links]], tags as Obsidian reads them, and the managed region kept across re-exports.
// UPDATE_GOLDEN=1 rewrites the golden files (then read them before committing).
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { describeRange } from '../../shared/anchoring';
import type { Annotation, DocumentSummary } from '../../shared/types';
import { HamishCore } from '../container';
import { mergeInto, propertyKeys, readExisting, REGION_BEGIN } from './managed-region';
import { documentMarkdown, renderNote } from './markdown-export';
import { noteNames, obsidianTag } from './obsidian-names';

const fixtures = join(import.meta.dirname, 'fixtures');

async function golden(name: string, actual: string): Promise<void> {
  const path = join(fixtures, name);
  if (process.env.UPDATE_GOLDEN) await writeFile(path, actual);
  expect(actual).toBe(await readFile(path, 'utf8'));
}

const leftText = 'صعدت السلطات العراقية من مواجهتها للمليشيات. هناك مليونا و800 ألف عنصر عسكرى ضمن القوات.';
const rightText = 'الكاظمي يرسم ملامح المواجهة. مليون و800 ألف منتسب في الجيش والشرطة.';

const base = {
  format: 'html',
  encoding: 'utf-8',
  lang: 'ar',
  dir: 'rtl',
  words: 15,
  readingMinutes: 1,
  missing: false,
  addedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
} as const;

const left: DocumentSummary = {
  ...base,
  id: 'k3f9a2b7c1',
  title: 'صعدت السلطات العراقية من مواجهتها للمليشيات',
  path: '/articles/youm7.html',
  outlet: 'اليوم السابع',
  author: 'محمد علي',
  date: '2020-07-12',
  url: 'https://www.youm7.com/story/2020/7/12/4874231',
};
const right: DocumentSummary = {
  ...base,
  id: 'q8w2e4r6t0',
  title: 'الكاظمي يرسم ملامح المواجهة مع الميليشيات',
  path: '/articles/aljazeera.html',
  outlet: 'الجزيرة نت',
  date: '2020-07-13',
  url: 'https://www.aljazeera.net/news/2020/7/13/kadhimi',
};
const exportedAt = '2026-11-23T12:00:00.000Z';

function passage(text: string, words: string) {
  const at = text.indexOf(words);
  return describeRange(text, at, at + words.length);
}

function annotation(id: string, extra: Partial<Annotation>): Annotation {
  return {
    id,
    docId: left.id,
    kind: 'highlight',
    color: 'yellow',
    style: 'highlight',
    note: '',
    tags: [],
    orphaned: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...extra,
  };
}

const link = annotation('l1', {
  kind: 'link',
  color: 'blue',
  selectors: passage(leftText, 'مليونا و800 ألف عنصر'),
  note: 'الرقم نفسه بصياغة أخرى',
  tags: ['مقارنة'],
  target: { docId: right.id, selectors: passage(rightText, 'مليون و800 ألف منتسب'), orphaned: false },
});
const annotations: Annotation[] = [
  annotation('h1', {
    selectors: passage(leftText, 'صعدت السلطات العراقية'),
    note: 'العنوان يبالغ',
    // A leading '#' typed by the user, a nested tag, a tag with a space, one of digits only.
    tags: ['#مقارنة', 'العراق/الجيش', 'حقوق الإنسان', '2020'],
    color: 'green',
  }),
  link,
  annotation('n1', { kind: 'note', note: 'ملاحظة على المقال كله' }),
];

const titles = new Map([left, right].map((d) => [d.id, d.title]));
const names = noteNames([left, right]);
const options = { titleOf: (id: string) => titles.get(id), noteOf: (id: string) => names.get(id) };

describe('the Obsidian export', () => {
  it('writes an Arabic note: Arabic headings, labels and dates, the source URL and CSL fields', async () => {
    await golden('arabic.golden.md', documentMarkdown(left, annotations, exportedAt, { ...options, lang: 'ar' }));
  });

  it('joins two linked documents with wiki-links to each other’s note, the hamish:// link beside', async () => {
    const leftNote = documentMarkdown(left, annotations, exportedAt, options);
    const rightNote = documentMarkdown(right, [link], exportedAt, options);
    await golden('linked-left.golden.md', leftNote);
    await golden('linked-right.golden.md', rightNote);
    expect(leftNote).toContain(`[[${right.title}]]`);
    expect(rightNote).toContain(`[[${left.title}]]`);
  });

  it('never doubles a tag’s #, keeps nested tags, and writes spaces as Obsidian expects', () => {
    expect(obsidianTag('#مقارنة')).toBe('مقارنة');
    expect(obsidianTag('##مقارنة')).toBe('مقارنة');
    expect(obsidianTag('العراق/الجيش')).toBe('العراق/الجيش');
    expect(obsidianTag('حقوق الإنسان')).toBe('حقوق_الإنسان');
    expect(obsidianTag('/a//b/')).toBe('a/b');
    expect(obsidianTag('2020')).toBe('_2020');
    expect(obsidianTag('a,b.c')).toBe('a_b_c');
    expect(obsidianTag('#')).toBe('');
    const note = documentMarkdown(left, annotations, exportedAt, options);
    expect(note).not.toContain('##مقارنة');
    expect(note).toContain('#مقارنة #العراق/الجيش #حقوق_الإنسان #_2020');
  });

  it('names notes stably: a shared title gets a short id on every export, whatever is exported', () => {
    const twin = { ...right, id: 'z9y8x7w6', title: left.title };
    const all = noteNames([left, right, twin]);
    expect(all.get(right.id)).toBe(right.title);
    expect(all.get(left.id)).toBe(`${left.title} (k3f9a2)`);
    expect(all.get(twin.id)).toBe(`${left.title} (z9y8x7)`);
  });

  it('keeps what the user wrote outside the managed region and their own properties', async () => {
    const first = documentMarkdown(left, annotations, exportedAt, options);
    // In Obsidian: a property added, a line above the region and a paragraph below it.
    const edited = first
      .replace('hamish: hamish://', 'status: قيد القراءة\nhamish: hamish://')
      .replace(REGION_BEGIN, `سطر كتبته فوق المنطقة\n\n${REGION_BEGIN}`)
      .concat('\n## ملاحظاتي\n\nفقرة كتبتها بنفسي في Obsidian.\n');
    const next = renderNote(left, annotations.slice(0, 2), '2026-11-24T08:00:00.000Z', options);
    const existing = readExisting(edited, propertyKeys(next.frontMatter))!;
    expect(existing.edited).toBe(false);
    // A marker deleted by hand: Hamish can't tell its part from the user's, so it asks (edited).
    expect(readExisting(first.replace(/<!-- hamish:end .*-->/, ''), new Set())!.edited).toBe(true);
    expect(readExisting('# a note without markers', new Set())).toBeNull();
    await golden('managed-region.golden.md', mergeInto(existing, next.frontMatter, next.body));
  });
});

describe('re-exporting into a vault', () => {
  async function coreWithNote() {
    const dataDir = await tempDir();
    const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    await core.library.add([seedsDir]);
    const doc = core.library.list()[0]!;
    await core.annotations.add({ docId: doc.id, kind: 'note', note: 'ملاحظة أولى', tags: ['#مراجعة'] });
    return { core, doc };
  }

  it("keeps a Markdown article's source url from import to export", async () => {
    const dataDir = await tempDir();
    const articles = await tempDir();
    await writeFile(
      join(articles, 'a.md'),
      '---\ntitle: خبر\nsource: https://www.youm7.com/story/2020/7/12/4874231\n---\nنص الخبر.\n',
    );
    const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    await core.library.add([articles]);
    const doc = core.library.list()[0]!;
    expect(doc.url).toBe('https://www.youm7.com/story/2020/7/12/4874231');
    const [file] = await core.exports.markdown(await tempDir(), { docId: doc.id });
    expect(await readFile(file!, 'utf8')).toContain('url: https://www.youm7.com/story/2020/7/12/4874231');
    await core.shutdown();
  });

  it('keeps a line the user added outside the region; stops at an edit inside it unless forced', async () => {
    const { core, doc } = await coreWithNote();
    const out = await tempDir();
    const [file] = await core.exports.markdown(out, { lang: 'ar' });
    await appendFile(file!, '\nسطري الخاص خارج المنطقة\n');
    await core.annotations.add({ docId: doc.id, kind: 'note', note: 'ملاحظة ثانية' });
    const [again] = await core.exports.markdown(out, { lang: 'ar' });
    expect(again).toBe(file);
    let text = await readFile(file!, 'utf8');
    expect(text).toContain('سطري الخاص خارج المنطقة');
    expect(text).toContain('ملاحظة ثانية');

    // An edit inside the region: nothing is written, and the error says how to go on.
    await writeFile(file!, text.replace('ملاحظة أولى', 'ملاحظة أولى عدّلتها'));
    await expect(core.exports.markdown(out, { lang: 'ar' })).rejects.toThrow(/edited inside the part Hamish writes.*--force/);
    text = await readFile(file!, 'utf8');
    expect(text).toContain('عدّلتها');
    // Forced: Hamish's part is rewritten, the user's line outside it still kept.
    await core.exports.markdown(out, { lang: 'ar', force: true });
    text = await readFile(file!, 'utf8');
    expect(text).not.toContain('عدّلتها');
    expect(text).toContain('سطري الخاص خارج المنطقة');
    await core.shutdown();
  });
});
