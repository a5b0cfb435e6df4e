import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchoring';
import type { Annotation, DocumentSummary } from '../../shared/types';
import { documentMarkdown, escapeBidi, fileNameFor } from './markdown-export';

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
];

describe('documentMarkdown', () => {
  it('matches the golden file', async () => {
    const golden = await readFile(join(import.meta.dirname, 'fixtures', 'iraq.golden.md'), 'utf8');
    expect(documentMarkdown(doc, annotations, '2026-11-23T12:00:00.000Z')).toBe(golden);
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
