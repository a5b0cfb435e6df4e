import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchoring';
import type { Annotation, DocumentSummary } from '../../shared/types';
import { withRegion } from './managed-region';
import { checkTemplate, documentMarkdown, escapeBidi, fileNameFor } from './markdown-export';

const otherText = 'مليون و800 ألف منتسب في الجيش والشرطة.';
const text = 'صعدت السلطات العراقية من مواجهتها للمليشيات. هناك مليونا و800 ألف عنصر عسكرى ضمن القوات.';
const doc: DocumentSummary = {
  id: 'doc1',
  title: 'صعدت السلطات العراقية',
  path: '/articles/iraq.txt',
  format: 'txt',
  encoding: 'utf-8',
  outlet: 'اليوم السابع',
  date: '2020-07-12',
  lang: 'ar',
  dir: 'rtl',
  words: 15,
  readingMinutes: 1,
  missing: false,
  addedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function annotation(id: string, quote: string | null, extra: Partial<Annotation> = {}): Annotation {
  const at = quote ? text.indexOf(quote) : -1;
  return {
    id,
    docId: 'doc1',
    kind: 'highlight',
    ...(quote ? { selectors: describeRange(text, at, at + quote.length) } : {}),
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

const annotations: Annotation[] = [
  annotation('a2', 'مليونا و800 ألف عنصر عسكرى', {
    note: 'المصدر الآخر يغفل الرقم',
    tags: ['العراق/الجيش', 'أرقام'],
    color: 'green',
  }),
  annotation('a1', 'صعدت السلطات العراقية', { note: 'عنوان\u202Eمقلوب' }),
  annotation('n1', null, { kind: 'note', note: 'ملاحظة على المقال كله', tags: ['مراجعة'] }),
  annotation('b1', 'هناك', { kind: 'bookmark', name: 'الرقم' }),
  annotation('gone', 'للمليشيات', { deletedAt: '2026-11-21T00:00:00.000Z' }),
  annotation('l1', 'مليونا و800 ألف عنصر', {
    kind: 'link',
    color: 'blue',
    note: 'المصدر الآخر يقول 1.8 مليون',
    target: { docId: 'doc2', selectors: describeRange(otherText, 0, 'مليون و800 ألف منتسب'.length), orphaned: false },
  }),
];

const titles: Record<string, string> = { doc2: 'الكاظمي يواجه الفصائل' };
const exportedAt = '2026-11-23T12:00:00.000Z';

describe('documentMarkdown', () => {
  it('matches the golden file', async () => {
    const golden = await readFile(join(import.meta.dirname, 'fixtures', 'iraq.golden.md'), 'utf8');
    if (process.env.UPDATE_GOLDEN)
      await writeFile(
        join(import.meta.dirname, 'fixtures', 'iraq.golden.md'),
        documentMarkdown(doc, annotations, exportedAt, { titleOf: (id) => titles[id] }),
      );
    expect(documentMarkdown(doc, annotations, exportedAt, { titleOf: (id) => titles[id] })).toBe(golden);
  });

  it('shows a link from the other document too, its own passage first', () => {
    const other = { ...doc, id: 'doc2', title: titles.doc2! };
    const md = documentMarkdown(other, [annotations.at(-1)!], exportedAt, { titleOf: () => doc.title });
    expect(md.indexOf('> مليون و800 ألف منتسب')).toBeLessThan(md.indexOf('> مليونا و800 ألف عنصر'));
    // A wiki-link to the other document's note (Obsidian's graph), its hamish:// link beside it.
    expect(md).toContain('↔ [[صعدت السلطات العراقية]] · [Open in Hamish](hamish://open?doc=doc1&at=50)');
    expect(md).toContain('(hamish://compare?left=doc2&right=doc1&link=l1)');
  });

  it('follows a user template with the same placeholders', () => {
    const template = '# {{title}} ({{outlet}})\n{{#highlights}}\n* {{text}} — {{note}}\n{{/highlights}}';
    expect(documentMarkdown(doc, annotations, exportedAt, { template })).toBe(
      withRegion(
        '',
        '# صعدت السلطات العراقية (اليوم السابع)\n* صعدت السلطات العراقية — عنوان[U+202E]مقلوب\n* مليونا و800 ألف عنصر عسكرى — المصدر الآخر يغفل الرقم\n',
      ),
    );
  });

  it('says what is wrong with a broken template', () => {
    expect(() => checkTemplate('{{#highlights}} no end')).toThrow(/Unclosed section "highlights"/);
  });

  it('escapes bidi controls and keeps highlights in reading order', () => {
    const md = documentMarkdown(doc, annotations, 'x');
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(md).toContain('[U+202E]');
    expect(md.indexOf('> صعدت السلطات')).toBeLessThan(md.indexOf('> مليونا'));
    expect(md).not.toContain('للمليشيات\n');
  });
});

describe('file names', () => {
  it('keeps Arabic, drops unsafe characters and never repeats a name', () => {
    const taken = new Set<string>();
    expect(fileNameFor('الكاظمي: "خطة" جديدة?', taken)).toBe('الكاظمي خطة جديدة.md');
    expect(fileNameFor('الكاظمي: "خطة" جديدة?', taken)).toBe('الكاظمي خطة جديدة (2).md');
    expect(escapeBidi('a\u2066b')).toBe('a[U+2066]b');
  });
});
