import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/types';
import { resultRows } from './result-rows';

const hit = (docId: string, outlet?: string): SearchHit => ({
  docId,
  title: docId,
  outlet,
  score: 1,
  matchCount: 1,
  snippets: [],
});

describe('resultRows', () => {
  const hits = [hit('a', 'البيان'), hit('b', 'البيان'), hit('c'), hit('d', 'عكاظ')];

  it('is the hits alone when not grouped', () => {
    expect(resultRows(hits, false).map((r) => (r.kind === 'hit' ? r.index : r.outlet))).toEqual([0, 1, 2, 3]);
  });

  it('puts each outlet before its first hit when grouped, documents without one under their own heading', () => {
    expect(resultRows(hits, true).map((r) => (r.kind === 'hit' ? r.hit.docId : `# ${r.outlet}`))).toEqual([
      '# البيان',
      'a',
      'b',
      '# ',
      'c',
      '# عكاظ',
      'd',
    ]);
  });
});
