import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../shared/arabic';
import { wordsOfNormalized } from '../../shared/search/tokenize';
import { TermFinder, Vocabulary, withTitle } from './doc-terms';

describe('TermFinder and Vocabulary', () => {
  it('send each word once, and the receiving side reads every document back, across a fresh vocabulary', () => {
    const finder = new TermFinder(1 << 4, 12);
    const vocabulary = new Vocabulary();
    const docs = [
      ['الموازنة', 'أقرت الحكومة الموازنة العامة بعد نقاش طويل في البرلمان.'],
      ['البرلمان', 'ناقش البرلمان الموازنة العامة، وأقر 9,000 وظيفة جديدة.'],
      ['الحكومة', 'قالت الحكومة إن الوظائف الجديدة ستعلن الشهر المقبل.'],
      ['الشهر', 'في الشهر المقبل تعلن الحكومة أسماء المقبولين في الوظائف.'],
    ];
    const fresh: boolean[] = [];
    const added: number[] = [];
    for (const [title, text] of docs) {
      const found = finder.find(title!, normalizeArabic(text!));
      fresh.push(found.fresh);
      added.push(found.added.length);
      const terms = vocabulary.receive(found);
      expect(Array.from(terms.ids, (id) => terms.vocabulary[id])).toEqual(
        wordsOfNormalized(withTitle(title!, normalizeArabic(text!))),
      );
      expect(new Set(terms.vocabulary).size).toBe(terms.vocabulary.length);
    }
    // The second document repeats words of the first: only its new ones cross. Past 12 words, a new vocabulary.
    expect(added[1]).toBeLessThan(wordsOfNormalized(normalizeArabic(docs[1]![1]!)).length - 2);
    expect(fresh).toContain(true);
    expect(fresh[0]).toBe(false);
  });
});
