// Golden files for each citation format, for an Arabic news article with an author and one
// without: names and titles must come out intact (not transliterated, escaped or dropped).
// UPDATE_GOLDEN=1 rewrites them (then read them before committing).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../shared/types';
import { CITATION_EXTENSIONS, formatCitations, quoteWithCitation, type CitationFormat } from './citations';
import { citekeyOf, cslItem, cslNames } from './csl-item';

const base = {
  path: '/articles/a.html',
  format: 'html',
  encoding: 'utf-8',
  lang: 'ar',
  dir: 'rtl',
  words: 400,
  readingMinutes: 2,
  missing: false,
  addedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
} as const;

const withAuthor: DocumentSummary = {
  ...base,
  id: 'k3f9a2b7c1',
  title: 'صعدت السلطات العراقية من مواجهتها للمليشيات',
  outlet: 'اليوم السابع',
  author: 'محمد علي',
  date: '2020-07-12',
  url: 'https://www.youm7.com/story/2020/7/12/4874231',
};
const withoutAuthor: DocumentSummary = {
  ...base,
  id: 'q8w2e4r6t0',
  title: 'الكاظمي يرسم ملامح المواجهة مع الميليشيات',
  outlet: 'الجزيرة نت',
  date: '2020-07-13',
  url: 'https://www.aljazeera.net/news/2020/7/13/kadhimi',
};

const fixtures = join(import.meta.dirname, 'fixtures');

describe('citations', () => {
  for (const format of ['csl', 'bibtex', 'ris', 'apa', 'chicago'] as CitationFormat[]) {
    it(`${format}: an Arabic news article with an author and one without`, async () => {
      const actual = await formatCitations([withAuthor, withoutAuthor], format);
      const path = join(fixtures, `news.${format}.${CITATION_EXTENSIONS[format]}`);
      if (process.env.UPDATE_GOLDEN) await writeFile(path, actual);
      expect(actual).toBe(await readFile(path, 'utf8'));
      for (const words of [withAuthor.title, withoutAuthor.title, 'محمد علي', 'اليوم السابع', 'الجزيرة نت']) {
        expect(actual).toContain(words);
      }
    });
  }

  it('puts a quote before its reference', async () => {
    const text = await quoteWithCitation('هناك مليونا و800 ألف عنصر عسكرى', withAuthor, 'chicago');
    expect(text).toBe(
      '«هناك مليونا و800 ألف عنصر عسكرى»\n\nمحمد علي. “صعدت السلطات العراقية من مواجهتها للمليشيات.” اليوم السابع, July 12, 2020. https://www.youm7.com/story/2020/7/12/4874231.\n',
    );
  });

  it('keeps Arabic names whole and splits Latin ones', () => {
    expect(cslNames('محمد علي، أحمد حسن')).toEqual([{ literal: 'محمد علي' }, { literal: 'أحمد حسن' }]);
    expect(cslNames('Jane Q. Doe and John Smith')).toEqual([
      { family: 'Doe', given: 'Jane Q.' },
      { family: 'Smith', given: 'John' },
    ]);
  });

  it('makes an ASCII citekey that does not change between exports', () => {
    expect(citekeyOf(withAuthor)).toBe('hamish2020k3f9a2b7');
    expect(citekeyOf({ id: 'ab-c', date: undefined })).toBe('hamishndabc');
    expect(cslItem({ ...withoutAuthor, outlet: undefined }).type).toBe('webpage');
  });
});
