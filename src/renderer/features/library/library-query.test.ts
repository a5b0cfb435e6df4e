import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/types';
import { normalizeArabic } from '../../../shared/arabic';
import { defaultQuery, facets, fold, LibraryIndex, queryLibrary, titleSortKey } from './library-query';

function doc(partial: Partial<DocumentSummary> & { id: string; title: string }): DocumentSummary {
  return {
    path: `/articles/${partial.id}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    lang: 'ar',
    dir: 'rtl',
    words: 100,
    readingMinutes: 1,
    missing: false,
    addedAt: '',
    updatedAt: '',
    ...partial,
  };
}

const docs = [
  doc({ id: 'a', title: 'الكاظمي يرسم ملامح المواجهة', outlet: 'البيان', date: '2020-07-10', words: 327, folder: '/news' }),
  doc({ id: 'b', title: 'صعدت السلطات العراقية', outlet: 'اليوم السابع', date: '2020-07-12', words: 414, folder: '/news' }),
  doc({ id: 'c', title: 'Baghdad briefing', lang: 'en', dir: 'ltr', words: 60 }),
  doc({ id: 'd', title: 'ملخص صحفي', lang: 'mixed', words: 43, missing: true, folder: '/other' }),
];

const ids = (list: DocumentSummary[]) => list.map((d) => d.id);

describe('queryLibrary', () => {
  it('filters by text across spelling variants, by language, outlet and folder', () => {
    expect(ids(queryLibrary(docs, { ...defaultQuery, text: 'الكاظمى' }))).toEqual(['a']);
    expect(ids(queryLibrary(docs, { ...defaultQuery, lang: 'en' }))).toEqual(['c']);
    expect(ids(queryLibrary(docs, { ...defaultQuery, outlet: 'اليوم السابع' }))).toEqual(['b']);
    expect(ids(queryLibrary(docs, { ...defaultQuery, folder: '/news' })).sort()).toEqual(['a', 'b']);
  });

  it('sorts by each column, both ways, with undated documents last', () => {
    expect(ids(queryLibrary(docs, { ...defaultQuery, sort: 'words' }))).toEqual(['d', 'c', 'a', 'b']);
    expect(ids(queryLibrary(docs, { ...defaultQuery, sort: 'words', descending: true }))).toEqual(['b', 'a', 'c', 'd']);
    expect(ids(queryLibrary(docs, { ...defaultQuery, sort: 'date', descending: true })).slice(0, 2)).toEqual(['b', 'a']);
    expect(ids(queryLibrary(docs, { ...defaultQuery, sort: 'date' })).slice(0, 2)).toEqual(['a', 'b']);
  });

  it('lists the outlets and folders to filter by, and counts missing files', () => {
    expect(facets(docs)).toEqual({ outlets: ['البيان', 'اليوم السابع'], folders: ['/news', '/other'], missing: 1 });
  });

  it('sorts titles by their words, not the punctuation they open with', () => {
    const quoted = [
      doc({ id: 'q1', title: '«ياسمين» في الصحافة' }),
      doc({ id: 'q2', title: '"باريس" تستضيف' }),
      doc({ id: 'q3', title: '… ثم عاد' }),
      doc({ id: 'q4', title: '.. أمس' }),
      doc({ id: 'q5', title: 'Zebra' }),
      doc({ id: 'q6', title: '“apple”' }),
    ];
    expect(ids(queryLibrary(quoted, defaultQuery))).toEqual(['q4', 'q2', 'q3', 'q1', 'q6', 'q5']);
    expect(titleSortKey('«…»')).toBe('«…»');
  });

  it('keeps its sort orders, so a keystroke only filters', () => {
    const index = new LibraryIndex(docs);
    expect(ids(index.query({ ...defaultQuery, text: 'ا' }))).toEqual(ids(queryLibrary(docs, { ...defaultQuery, text: 'ا' })));
    expect(ids(index.query({ ...defaultQuery, text: 'articles/b' }))).toEqual(['b']);
    expect(index.query({ ...defaultQuery, text: 'missing-from-everything' })).toEqual([]);
  });

  it('folds as search does, word by word or ASCII alone', () => {
    for (const text of ['/Home/Reader/Articles/A b.HTML', 'الكاظمى  يُرسم ﻻ ٢٠٢٥', 'Éclair «قال» — x', ' الة  ', '']) {
      expect(fold(text)).toBe(normalizeArabic(text));
      expect(fold(text)).toBe(normalizeArabic(text)); // again, from the cache
    }
  });

  it('sorts a reloaded list as a fresh one would, starting from the previous order', () => {
    const before = new LibraryIndex(docs);
    before.query(defaultQuery);
    const changed = [...docs.slice(1), doc({ id: 'e', title: 'أول الأخبار' }), { ...docs[0]!, title: 'يأتي أخيرًا' }];
    const after = new LibraryIndex(changed, before);
    expect(ids(after.query(defaultQuery))).toEqual(ids(new LibraryIndex(changed).query(defaultQuery)));
    expect(ids(after.query(defaultQuery)).at(-2)).toBe('a');
  });
});
