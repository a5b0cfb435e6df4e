import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../shared/search/query';
import { SearchIndex, type IndexedDoc } from './search-index';

// Phrases against a word-by-word count of the texts: a small vocabulary so phrases recur
// (overlapping too), documents both in the compact segment and added live, some removed.
const VOCABULARY = ['باب', 'دار', 'نهر', 'جبل', 'سوق'];

function random(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

function corpus(count: number, rand: () => number): { doc: IndexedDoc; text: string; words: string[] }[] {
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 5 + Math.floor(rand() * 60) }, () => VOCABULARY[Math.floor(rand() * 5)]!);
    const date = `2020-01-${String(1 + (i % 28)).padStart(2, '0')}T${String(i).padStart(4, '0')}`;
    // The title begins the text, so the indexed words are the text's words.
    return {
      doc: { id: `d${i}`, title: words.slice(0, 3).join(' '), lang: 'ar', fingerprint: `d${i}`, date },
      text: words.join(' '),
      words,
    };
  });
}

function occurrences(words: string[], phrase: string[]): number {
  let count = 0;
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, k) => words[i + k] === w)) count++;
  return count;
}

describe('phrases', () => {
  it('finds exactly the documents holding the phrase, compact and live, and ranks them as a fresh build', () => {
    const rand = random(7);
    const entries = corpus(80, rand);
    const index = SearchIndex.build(entries.slice(0, 50));
    for (const e of entries.slice(50)) index.upsert(e.doc, e.text, () => {});
    for (const id of ['d3', 'd17', 'd60']) index.remove(id);
    const alive = entries.filter((e) => !['d3', 'd17', 'd60'].includes(e.doc.id));
    const fresh = SearchIndex.build(alive);
    for (let q = 0; q < 40; q++) {
      const phrase = Array.from({ length: 2 + (q % 3) }, () => VOCABULARY[Math.floor(rand() * 5)]!);
      const query = parseQuery(`"${phrase.join(' ')}"`, { stemming: false });
      const expected = alive.filter((e) => occurrences(e.words, phrase) > 0).map((e) => e.doc.id);
      const found = index.search(query, { limit: 1000 });
      expect(found.total, phrase.join(' ')).toBe(expected.length);
      expect(found.hits.map((h) => h.docId).sort()).toEqual(expected.sort());
      const again = fresh.search(query, { limit: 1000 });
      expect(found.hits.map((h) => [h.docId, h.score])).toEqual(again.hits.map((h) => [h.docId, h.score]));
    }
  });

  it('counts every occurrence, overlapping ones too, in the ranking', () => {
    const index = SearchIndex.build(
      ['باب باب باب دار', 'باب باب دار دار', 'دار باب دار باب'].map((text, i) => ({
        doc: { id: `d${i}`, title: 'عنوان', lang: 'ar' as const, fingerprint: `d${i}`, date: '2020-01-01' },
        text,
      })),
    );
    // Equal lengths: more occurrences of "باب باب" rank higher (two in d0, one in d1, none in d2).
    const hits = index.search(parseQuery('"باب باب"', { stemming: false })).hits;
    expect(hits.map((h) => h.docId)).toEqual(['d0', 'd1']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });
});
