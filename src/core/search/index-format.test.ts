import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { parseQuery } from '../../shared/search/query';
import { skeleton, stem, stemKeys } from '../../shared/search/stem';
import { tokenize } from '../../shared/search/tokenize';
import { INDEX_FORMAT, readIndexFile, textDictionary, writeIndexFile } from './index-file';
import { PackedTerms } from './packed-terms';
import { SegmentReader, STEM_KEY, VARIANT_KEY } from './segment';
import { SearchIndex, type IndexedDoc, type SearchPage } from './search-index';

function doc(id: string, extra: Partial<IndexedDoc> = {}): IndexedDoc {
  return { id, title: id, lang: 'ar', fingerprint: id, ...extra };
}

async function corpus(): Promise<{ doc: IndexedDoc; text: string }[]> {
  const kadhimi = await readFile(join(seedsDir, 'al-kadhimi-confronts-militias.txt'), 'utf8');
  const iraq = await readFile(join(seedsDir, 'iraq-escalates-against-militias.txt'), 'utf8');
  const outlets = ['عكاظ', 'صحيفة الرافدين', 'okaz', 'الجزيرة'];
  return [
    {
      doc: doc('kadhimi', { title: 'الكاظمي يرسم ملامح المواجهة مع الميليشيات', outlet: 'البيان', date: '2020-07-10' }),
      text: kadhimi,
    },
    { doc: doc('iraq', { title: 'صعدت السلطات العراقية', outlet: 'اليوم السابع', date: '2020-07-12' }), text: iraq },
    ...Array.from({ length: 60 }, (_, i) => ({
      doc: doc(`r${i}`, {
        title: `تقرير رقم ${i}`,
        outlet: outlets[i % 4],
        date: `2015-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
        lang: i % 5 === 0 ? ('en' as const) : ('ar' as const),
      }),
      text: `تقرير رقم ${i} عن الميليشيات في بغداد والبصرة، و${800 + i} مقاتل. ${i % 3 ? 'مواجهة مسلحة' : 'المواجهة'} قرب النهر.`,
    })),
  ];
}

/** What a search shows, without the score's last digits. */
function shown(index: SearchIndex, q: string, page: Partial<SearchPage> = {}, prefix = false) {
  const { hits, total } = index.search(parseQuery(q, { prefix }), page);
  return { total, hits: hits.map((h) => ({ id: h.docId, score: h.score, matchCount: h.matchCount, snippets: h.snippets })) };
}

const QUERIES = ['الكاظمي', 'الميليشيات', '"مواجهة مسلحة"', 'المواجهة -مسلحة', 'بغداد outlet:عكاظ', '850', 'مليشيات البصره'];

describe('index file: the format', () => {
  it('reads back what it wrote: the same results, scores and snippets as the index built in memory', async () => {
    const entries = await corpus();
    const built = SearchIndex.build(entries);
    const path = join(await tempDir(), 'search-index.bin');
    const dictionary = textDictionary(entries.map((e) => e.text));
    await writeIndexFile(path, { format: INDEX_FORMAT, analyzer: 'test', docs: built.docs }, built.compact, dictionary, (i) => ({
      text: entries[i]!.text,
    }));
    const loaded = (await readIndexFile(path, 'test'))!;
    expect(loaded.header.docs).toEqual(entries.map((e) => e.doc));
    expect(loaded.texts.text(1)).toBe(entries[1]!.text);
    const index = new SearchIndex(loaded.segment, loaded.header.docs, loaded.texts);
    for (const q of QUERIES) expect(shown(index, q), q).toEqual(shown(built, q));
    expect(shown(index, 'الم', {}, true)).toEqual(shown(built, 'الم', {}, true));
    expect(await readIndexFile(path, 'another analyzer')).toBeNull();
    loaded.texts.close();
  });

  it('merges changes into a segment that searches as one built from scratch', async () => {
    const entries = await corpus();
    const index = SearchIndex.build(entries.slice(0, 40));
    const remember = () => {};
    for (const e of entries.slice(40)) index.upsert(e.doc, e.text, remember);
    index.remove('r3');
    index.upsert(doc('r5', { title: 'تقرير جديد', outlet: 'عكاظ', date: '2016-01-01' }), 'نص جديد عن الكهرباء', remember);
    const final = entries.filter((e) => e.doc.id !== 'r3' && e.doc.id !== 'r5');
    final.push({ doc: doc('r5', { title: 'تقرير جديد', outlet: 'عكاظ', date: '2016-01-01' }), text: 'نص جديد عن الكهرباء' });
    const { segment, docs, from } = index.merged();
    expect(docs.map((d) => d.id).sort()).toEqual(final.map((e) => e.doc.id).sort());
    // Texts of the live documents are kept by the service (not here): take them all from the entries.
    const textOf = (d: IndexedDoc) => final.find((e) => e.doc.id === d.id)!.text;
    const merged = new SearchIndex(segment, docs, { text: (docNum) => textOf(docs[docNum]!) });
    expect(from.every((old, docNum) => index.docs[old] === docs[docNum])).toBe(true);
    const fresh = SearchIndex.build(docs.map((d) => final.find((e) => e.doc.id === d.id)!));
    for (const q of [...QUERIES, 'الكهرباء']) expect(shown(merged, q), q).toEqual(shown(fresh, q));
    expect(merged.deadCount).toBe(0);
    expect(merged.liveCount).toBe(0);
  });
});

describe('packed dictionary', () => {
  it('finds words and prefix ranges in place, Arabic, Latin and other scripts mixed', () => {
    const words = ['abc', 'abd', 'café', 'الم', 'المياه', 'الموصل', 'پل', 'ژاله', '中国', '😀'].sort();
    const terms = PackedTerms.from(words);
    words.forEach((w, i) => {
      expect(terms.find(w)).toBe(i);
      expect(terms.word(i)).toBe(w);
    });
    expect(terms.find('ال')).toBe(-1);
    const [from, to] = terms.prefixRange('الم');
    expect(words.slice(from, to)).toEqual(['الم', 'الموصل', 'المياه']);
    expect(terms.prefixRange('ab').map((i) => words[i])).toEqual(['abc', 'café']);
    expect(terms.prefixRange('x')).toEqual([terms.prefixRange('x')[0], terms.prefixRange('x')[0]]);
  });

  it('round-trips many blocks of front-coded words with their data ranges, in any order of access', () => {
    // Shared prefixes short and long, rests over 15 bytes, escapes, a block boundary inside a run.
    const stems = ['ال', 'الم', 'المملكه', 'مستشفيات', 'x', 'a'.repeat(40), 'ڤ', '中'];
    const set = new Set<string>();
    for (const s of stems) for (let i = 0; i < 37; i++) set.add(s + (i % 2 ? 'ب'.repeat(i % 19) : String(i * 7919)));
    const words = [...set].sort();
    const lengths = words.map((_, i) => (i * 37) % 300);
    const terms = PackedTerms.from(words, (i) => lengths[i]!);
    expect(terms.count).toBe(words.length);
    const starts = lengths.map((_, i) => lengths.slice(0, i).reduce((a, b) => a + b, 0));
    const check = (i: number) => {
      expect(terms.word(i)).toBe(words[i]);
      expect(terms.dataStart(i)).toBe(starts[i]);
      expect(terms.dataLength(i)).toBe(lengths[i]);
      expect(terms.find(words[i]!)).toBe(i);
    };
    for (let i = 0; i < words.length; i++) check(i);
    for (let i = words.length - 1; i >= 0; i -= 7) check(i);
    for (const prefix of ['ال', 'الم', 'المم', 'a', 'aa', 'x1', 'مست', 'ڤ', '中', 'ى', '']) {
      const expected = words.flatMap((w, i) => (w.startsWith(prefix) ? [i] : []));
      const [from, to] = terms.prefixRange(prefix);
      expect(to - from, prefix).toBe(expected.length);
      if (expected.length) expect(from, prefix).toBe(expected[0]);
    }
    for (const absent of ['', 'الا', 'zzz', 'ب', 'a'.repeat(41)]) expect(terms.find(absent), absent).toBe(-1);
    const empty = PackedTerms.from([]);
    expect([empty.count, empty.find('x'), ...empty.prefixRange('x')]).toEqual([0, -1, 0, 0]);
  });
});

describe('stem and variant keys', () => {
  it('give every word that has a key, its own spelling included, as the full lists did', async () => {
    const entries = await corpus();
    const index = SearchIndex.build([
      ...entries,
      { doc: doc('forms'), text: 'كتب الكتب والكتب بالكتاب كتاب مكتبه سوريه سوريا ميليشي الميليشيات المليشيات' },
    ]);
    const segment = index.compact;
    const reader = new SegmentReader(segment);
    const words = Array.from({ length: segment.terms.count }, (_, id) => segment.terms.word(id));
    const wordKeys = words.map((w) => [...stemKeys(w).map((k) => STEM_KEY + k), VARIANT_KEY + skeleton(stem(w))]);
    const keys = new Set(wordKeys.flat());
    let selfOnly = 0;
    for (const key of keys) {
      const expected = words.flatMap((_, id) => (wordKeys[id]!.includes(key) ? [id] : []));
      expect(reader.keyed(key), key).toEqual(expected);
      // A key only the word spelled as it has needs no list: it is not stored.
      if (expected.length === 1 && words[expected[0]!] === key.slice(1)) {
        expect(segment.keys.find(key), key).toBe(-1);
        selfOnly++;
      }
    }
    expect(selfOnly).toBeGreaterThan(0);
    expect(segment.keys.count).toBe(keys.size - selfOnly);
    expect(reader.keyed(STEM_KEY + 'لايوجد')).toEqual([]);
  });
});

describe('merging, written and read back', () => {
  it('searches as an index built from scratch: words, phrases, prefixes, stems and variants', async () => {
    const entries = await corpus();
    const index = SearchIndex.build(entries.slice(0, 30));
    for (const e of entries.slice(30)) index.upsert(e.doc, e.text, () => {});
    index.remove('r7');
    const { segment, docs } = index.merged();
    const textOf = (d: IndexedDoc) => entries.find((e) => e.doc.id === d.id)!.text;
    const path = join(await tempDir(), 'search-index.bin');
    const dictionary = textDictionary(docs.map(textOf));
    await writeIndexFile(path, { format: INDEX_FORMAT, analyzer: 'test', docs }, segment, dictionary, (i) => ({
      text: textOf(docs[i]!),
    }));
    const loaded = (await readIndexFile(path, 'test'))!;
    const read = new SearchIndex(loaded.segment, loaded.header.docs, loaded.texts);
    const fresh = SearchIndex.build(docs.map((d) => ({ doc: d, text: textOf(d) })));
    for (const q of [...QUERIES, 'والميليشيات', 'مواجهه', 'تقرير -بغداد']) expect(shown(read, q), q).toEqual(shown(fresh, q));
    for (const q of ['الم', 'تق', 'مو', '8']) expect(shown(read, q, {}, true), q).toEqual(shown(fresh, q, {}, true));
    loaded.texts.close();
  });
});

describe('numbers', () => {
  const index = SearchIndex.build([
    { doc: doc('glued'), text: 'وصل و800 مقاتل إلى المدينة' },
    { doc: doc('thousands'), text: 'بلغ العدد 9,000 شخص' },
    { doc: doc('plain'), text: 'قرابة 9000 نازح' },
    { doc: doc('indic'), text: 'نحو ٩٠٠٠ عائلة' },
    { doc: doc('other'), text: 'و80 فقط' },
  ]);
  const ids = (q: string) => index.search(parseQuery(q)).hits.map((h) => h.docId);

  it('finds a number glued to a clitic by the number, and highlights the number', () => {
    expect(ids('800')).toEqual(['glued']);
    expect(ids('و800')).toEqual(['glued']);
    const snippet = index.search(parseQuery('800')).hits[0]!.snippets[0]!;
    const m = snippet.matches[0]!;
    expect(snippet.text.slice(m.start, m.end)).toBe('800');
  });

  it('takes 9,000, 9000 and ٩٠٠٠ as one number', () => {
    for (const q of ['9000', '9,000', '٩٠٠٠', '٩٬٠٠٠']) expect(ids(q).sort(), q).toEqual(['indic', 'plain', 'thousands']);
  });

  it('tokenises numbers by value, keeping plain digits as written', () => {
    expect(tokenize('و800 و9,000 و1.5 2015/06/27 007').map((t) => t.norm)).toEqual([
      '800',
      '9000',
      '1.5',
      '2015',
      '06',
      '27',
      '007',
    ]);
    expect(tokenize('و 800').map((t) => t.norm)).toEqual(['و', '800']);
  });
});

describe('filters alone, outlets by part of their name, paging and sorting', () => {
  it('lists every document passing the filters, newest first', async () => {
    const index = SearchIndex.build(await corpus());
    const all = index.search(parseQuery('outlet:okaz'), { limit: 100 });
    expect(all.total).toBe(15);
    expect(all.hits.map((h) => h.outlet)).toEqual(Array(15).fill('okaz'));
    const dates = all.hits.map((h) => h.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    const recent = index.search(parseQuery('lang:ar from:2015-08-01'), { limit: 100 });
    expect(recent.hits.every((h) => h.date! >= '2015-08-01')).toBe(true);
    expect(recent.total).toBe((await corpus()).filter((e) => e.doc.lang === 'ar' && (e.doc.date ?? '') >= '2015-08-01').length);
    expect(index.search(parseQuery('')).total).toBe(0);
  });

  it('matches part of an outlet name, spelling folded', async () => {
    const index = SearchIndex.build(await corpus());
    for (const q of ['outlet:الرافدين', 'outlet:الرافدين', 'outlet:رافدين', 'outlet:"صحيفه الرافدين"']) {
      const { hits, total } = index.search(parseQuery(q), { limit: 100 });
      expect(total, q).toBe(15);
      expect(new Set(hits.map((h) => h.outlet)), q).toEqual(new Set(['صحيفة الرافدين']));
    }
  });

  it('pages through the results: every page a slice of the whole list, in each order', async () => {
    const index = SearchIndex.build(await corpus());
    for (const sort of ['relevance', 'date', 'outlet'] as const) {
      for (const q of ['الميليشيات', 'outlet:عكاظ', 'تقرير']) {
        const whole = index.search(parseQuery(q), { limit: 1000, sort }).hits.map((h) => h.docId);
        const paged: string[] = [];
        for (let offset = 0; offset < whole.length; offset += 7) {
          const page = index.search(parseQuery(q), { limit: 7, offset, sort });
          expect(page.total).toBe(whole.length);
          paged.push(...page.hits.map((h) => h.docId));
        }
        expect(paged, `${q} ${sort}`).toEqual(whole);
      }
    }
    const byDate = index.search(parseQuery('تقرير'), { limit: 1000, sort: 'date' }).hits.map((h) => h.date ?? '');
    expect(byDate).toEqual([...byDate].sort().reverse());
    const byOutlet = index.search(parseQuery('تقرير'), { limit: 1000, sort: 'outlet' }).hits.map((h) => h.outlet!);
    expect(byOutlet).toEqual([...byOutlet].sort(new Intl.Collator('ar').compare));
  });
});
