import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir } from '../../../tests/temp-dir';
import { parseQuery } from '../../shared/search/query';
import { SearchIndex, type IndexedDoc } from './search-index';

function doc(id: string, title: string, extra: Partial<IndexedDoc> = {}): IndexedDoc {
  return { id, title, lang: 'ar', fingerprint: id, ...extra };
}

async function samples() {
  const kadhimi = await readFile(join(seedsDir, 'al-kadhimi-confronts-militias.txt'), 'utf8');
  const iraq = await readFile(join(seedsDir, 'iraq-escalates-against-militias.txt'), 'utf8');
  return SearchIndex.build([
    { doc: doc('kadhimi', 'الكاظمي يرسم ملامح المواجهة مع الميليشيات', { outlet: 'البيان', date: '2020-07-10' }), text: kadhimi },
    { doc: doc('iraq', 'صعدت السلطات العراقية', { outlet: 'اليوم السابع', date: '2020-07-12' }), text: iraq },
  ]);
}

function build(texts: Record<string, string>) {
  return SearchIndex.build(Object.entries(texts).map(([id, text]) => ({ doc: doc(id, id), text })));
}

const ids = (index: SearchIndex, q: string, options: { stemming?: boolean; prefix?: boolean } = {}) =>
  index.search(parseQuery(q, options)).hits.map((h) => h.docId);

describe('SearchIndex: Arabic matching', () => {
  it('finds الكاظمي in both sample articles, though one spells it الكاظمى', async () => {
    const index = await samples();
    expect(ids(index, 'الكاظمي').sort()).toEqual(['iraq', 'kadhimi']);
    expect(ids(index, 'الكاظمى').sort()).toEqual(['iraq', 'kadhimi']);
  });

  it('matches الميليشيات and المليشيات to each other', async () => {
    const index = await samples();
    expect(ids(index, 'الميليشيات').sort()).toEqual(['iraq', 'kadhimi']);
    expect(ids(index, 'المليشيات').sort()).toEqual(['iraq', 'kadhimi']);
    const only = build({ a: 'تهديدات المليشيات للحكومة', b: 'خطة لمواجهة الميليشيات' });
    expect(ids(only, 'الميليشيات').sort()).toEqual(['a', 'b']);
    expect(ids(only, 'المليشيات').sort()).toEqual(['a', 'b']);
  });

  it('folds hamza forms, ta marbuta, alef maqsura, tashkeel and digits both ways', () => {
    const index = build({
      hamza: 'أعلنت الوزارة إعلان الخطة',
      city: 'في مدينة البصرة',
      vowels: 'قالَ مُصْطَفَى الكاظِمِيّ',
      year: 'في عام ٢٠٢٥ بدأت الخطة',
      other: 'نص آخر بلا صلة',
    });
    for (const q of ['إعلان', 'اعلان', 'أعلان']) expect(ids(index, q, { stemming: false })).toEqual(['hamza']);
    expect(ids(index, 'مدينه')).toEqual(['city']);
    expect(ids(index, 'مصطفى الكاظمي')).toEqual(['vowels']);
    expect(ids(build({ bare: 'قال مصطفى الكاظمي' }), 'مُصْطَفَى')).toEqual(['bare']);
    expect(ids(index, '2025')).toEqual(['year']);
    expect(ids(build({ ascii: 'in 2025 the plan' }), '٢٠٢٥')).toEqual(['ascii']);
  });

  it('stems light prefixes and suffixes, and ranks exact words above stemmed ones', () => {
    const index = build({
      stemmed: 'وقع الطرفان بإتفاق جديد',
      exact: 'هذا اتفاق مهم وهذا اتفاق آخر',
      militia: 'انتشار الميليشيات',
    });
    expect(ids(index, 'اتفاق')).toEqual(['exact', 'stemmed']);
    expect(ids(index, 'اتفاق', { stemming: false })).toEqual(['exact']);
    expect(ids(index, 'ميليشيا')).toEqual(['militia']);
    const ranked = build({ a: 'اتفاق', b: 'باتفاق' });
    expect(ids(ranked, 'اتفاق')).toEqual(['a', 'b']);
  });

  it('matches a quoted phrase only when its words are adjacent and in order', () => {
    const index = build({ together: 'قال رئيس الوزراء أمس', apart: 'قال رئيس مجلس الوزراء', reversed: 'الوزراء رئيس' });
    expect(ids(index, '"رئيس الوزراء"')).toEqual(['together']);
    expect(ids(index, 'رئيس الوزراء').sort()).toEqual(['apart', 'reversed', 'together']);
  });

  it('handles prefixes while typing, excluded words, and filters', async () => {
    const index = await samples();
    expect(ids(index, 'الكاظ', { prefix: true }).sort()).toEqual(['iraq', 'kadhimi']);
    expect(ids(index, 'الكاظ')).toEqual([]);
    expect(ids(index, 'الكاظمي -كركوك')).toEqual(['kadhimi']);
    expect(ids(index, 'الكاظمي outlet:البيان')).toEqual(['kadhimi']);
    expect(ids(index, 'الكاظمي from:2020-07-11')).toEqual(['iraq']);
    expect(ids(index, 'الكاظمي to:2020-07-11')).toEqual(['kadhimi']);
    expect(ids(index, 'الكاظمي lang:en')).toEqual([]);
  });

  it('boosts title matches', () => {
    const index = SearchIndex.build([
      { doc: doc('body', 'تقرير'), text: 'تقرير عن الموازنة والعراق' },
      { doc: doc('title', 'الموازنة العامة'), text: 'تقرير عن الموازنة والعراق' },
    ]);
    expect(ids(index, 'الموازنة')).toEqual(['title', 'body']);
  });
});

describe('SearchIndex: snippets map back to the original text', () => {
  it('highlights the whole vowelled word, diacritics included, and nothing beyond it', () => {
    const text = 'وقالَ مُصْطَفَى الكاظِمِيّ، إنّ الحكومة ستواجه.';
    const index = build({ v: text });
    const [hit] = index.search(parseQuery('الكاظمي')).hits;
    const snippet = hit!.snippets[0]!;
    const [match] = snippet.matches;
    expect(snippet.text.slice(match!.start, match!.end)).toBe('الكاظِمِيّ');
    expect(text.slice(snippet.start + match!.start, snippet.start + match!.end)).toBe('الكاظِمِيّ');
  });

  it('gives each hit a match count and at most two snippets', async () => {
    const index = await samples();
    const hit = index.search(parseQuery('الكاظمي')).hits.find((h) => h.docId === 'iraq')!;
    expect(hit.matchCount).toBeGreaterThan(3);
    expect(hit.snippets.length).toBe(2);
    for (const s of hit.snippets)
      for (const m of s.matches) expect(normalizeLoosely(s.text.slice(m.start, m.end))).toBe('الكاظمي');
  });

  it('forgets removed documents and finds replaced ones by their new text', () => {
    const index = build({ a: 'نص عن البصرة', b: 'نص عن كركوك' });
    index.remove('a');
    expect(ids(index, 'البصرة')).toEqual([]);
    index.upsert(doc('b', 'b'), 'نص جديد عن الموصل', () => {});
    expect(ids(index, 'كركوك')).toEqual([]);
    expect(ids(index, 'الموصل')).toEqual(['b']);
    expect(index.size).toBe(1);
  });
});

function normalizeLoosely(word: string): string {
  return word.replace(/ى/g, 'ي');
}

describe('SearchIndex: what the review found', () => {
  it('finds names that begin like a clitic, with and without one', () => {
    const index = build({ a: 'زار الوفد وبغداد ثم بيروت', b: 'من دمشق وبيروت', c: 'قضية لفلسطين' });
    expect(ids(index, 'بغداد')).toEqual(['a']);
    expect(ids(index, 'بيروت').sort()).toEqual(['a', 'b']);
    expect(ids(index, 'فلسطين')).toEqual(['c']);
  });

  it('does not let الآن match every أن, and keeps سوريا with سورية', () => {
    const index = build({ now: 'قال الآن إن الخطة جاهزة', other: 'يريد أن يقول', syria: 'زيارة إلى سورية', wall: 'سور المدينة' });
    expect(ids(index, 'الآن')).toEqual(['now']);
    expect(ids(index, 'سوريا')).toEqual(['syria']);
  });

  it('matches spelling variants both ways', () => {
    const index = build({ short: 'قال ترمب', long: 'قال ترامب' });
    expect(ids(index, 'ترامب').sort()).toEqual(['long', 'short']);
    expect(ids(index, 'ترمب').sort()).toEqual(['long', 'short']);
  });

  it('ranks one exact match above two matches of other forms', () => {
    const index = build({ exact: 'أعلنت الحكومة خطة جديدة للمياه', stem: 'أعلنت حكومة المدينة وحكومة الإقليم خطة' });
    expect(ids(index, 'الحكومة')).toEqual(['exact', 'stem']);
  });

  it('excludes a quoted phrase and reads quoted filter values', () => {
    const index = SearchIndex.build([
      { doc: doc('basra', 'ب', { outlet: 'Al Jazeera' }), text: 'النفط في البصرة' },
      { doc: doc('kirkuk', 'ك', { outlet: 'الجزيرة' }), text: 'النفط في كركوك' },
    ]);
    expect(ids(index, 'النفط -"في البصرة"')).toEqual(['kirkuk']);
    expect(ids(index, 'النفط outlet:"Al Jazeera"')).toEqual(['basra']);
    expect(ids(index, 'النفط outlet:Al_Jazeera')).toEqual(['basra']);
    expect(ids(index, 'النفط outlet:الجزيره')).toEqual(['kirkuk']);
  });

  it('takes a year or a month as a date range bound', () => {
    const index = SearchIndex.build([
      { doc: doc('march', 'م', { date: '2025-03-15' }), text: 'خبر عن النفط' },
      { doc: doc('next', 'ن', { date: '2026-01-02' }), text: 'خبر عن النفط' },
    ]);
    expect(ids(index, 'النفط to:2025')).toEqual(['march']);
    expect(ids(index, 'النفط from:2025-03 to:2025-03')).toEqual(['march']);
    expect(ids(index, 'النفط from:٢٠٢٦')).toEqual(['next']);
  });

  it('finds a word that is only in the title', () => {
    const index = SearchIndex.build([{ doc: doc('t', 'الكاظمي في واشنطن'), text: 'نص الخبر دون ذكر المدينة' }]);
    expect(ids(index, 'واشنطن')).toEqual(['t']);
  });

  it('keeps a word whole across an invisible character', () => {
    expect(ids(build({ zwnj: 'قال الكاظ\u200Cمي' }), 'الكاظمي')).toEqual(['zwnj']);
  });
});

describe('SearchIndex: prefixes with many completions', () => {
  it('keeps the most frequent completions, not the alphabetically first', () => {
    const rare = Array.from({ length: 700 }, (_, i) => ({
      doc: doc(`r${i}`, 'r'),
      text: `المل${String.fromCharCode(0x0621 + (i % 26))}${String.fromCharCode(0x0621 + Math.floor(i / 26))}ات`,
    }));
    const common = Array.from({ length: 5 }, (_, i) => ({ doc: doc(`king${i}`, 'k'), text: 'زيارة الملك إلى بغداد' }));
    const index = SearchIndex.build([...rare, ...common]);
    const hits = index.search(parseQuery('المل', { prefix: true }), { limit: 1000 }).hits.map((h) => h.docId);
    for (let i = 0; i < 5; i++) expect(hits).toContain(`king${i}`);
  });
});
