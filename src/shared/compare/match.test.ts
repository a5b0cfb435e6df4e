import { describe, expect, it } from 'vitest';
import { lines, outbreakA, outbreakB } from './fixtures/reports';
import { matchPassages } from './match';
import { localWeights } from './weights';

const pairsOf = (m: { pairs: { left: number; right: number }[] }) => m.pairs.map((p) => [p.left, p.right]);

function expectOrderKeeping(chain: [number, number][]): void {
  for (let i = 1; i < chain.length; i++) {
    expect(chain[i]![0]).toBeGreaterThan(chain[i - 1]![0]);
    expect(chain[i]![1]).toBeGreaterThan(chain[i - 1]![1]);
  }
}

describe('matchPassages, same language', () => {
  const weights = localWeights([outbreakA, outbreakB]);
  const match = matchPassages(outbreakA, outbreakB, weights);

  it('pairs the same facts told in another order (the pairs cross)', () => {
    expect(match.method).toBe('content');
    // The cases, the WHO warning, and the salty water, each told in its own place.
    expect(pairsOf(match)).toEqual(
      expect.arrayContaining([
        [1, 2],
        [4, 1],
        [3, 4],
      ]),
    );
  });

  it('pairs a paraphrase written with other spellings (الاطباء / الأطباء, فى / في)', () => {
    const pair = match.pairs.find((p) => p.left === 3 && p.right === 4)!;
    expect(pair.score).toBeGreaterThan(0.5);
  });

  it('leaves a paragraph only one report has without a counterpart', () => {
    expect(match.onlyLeft).toContain(2); // the spokesman
    expect(match.onlyRight).toContain(3); // the protest
    expect(match.pairs.some((p) => p.left === 2 || p.right === 3)).toBe(false);
  });

  it('follows the heaviest order-keeping chain of its pairs', () => {
    expectOrderKeeping(match.chain);
    for (const [l, r] of match.chain) expect(pairsOf(match)).toContainEqual([l, r]);
    expect(match.chain).toContainEqual([3, 4]);
  });

  it('keeps the pins on the chain, and the pairs they cross off it', () => {
    const pinned = matchPassages(outbreakA, outbreakB, weights, [[2, 3]]);
    expect(pinned.chain).toContainEqual([2, 3]);
    expectOrderKeeping(pinned.chain);
    expect(pinned.chain).not.toContainEqual([4, 1]);
    // Pinned paragraphs are not "only in this report" any more; the crossing pairs are still shown.
    expect(pinned.onlyLeft).not.toContain(2);
    expect(pairsOf(pinned)).toContainEqual([4, 1]);
  });
});

describe('matchPassages, an original and its translation', () => {
  const arabic = lines(
    'الحكومة تعلن خطة لإعادة إعمار الموصل',
    'أعلنت الحكومة العراقية خطة لإعادة إعمار مدينة الموصل بكلفة 2 مليار دولار خلال خمس سنوات، تشمل المدارس والمستشفيات والجسور.',
    'وقال وزير التخطيط إن الخطة ستمول بالتعاون مع البنك الدولي ومنظمة UNESCO، وإن العمل سيبدأ في المدينة القديمة.',
    'ويعيش نحو 300 ألف نازح في مخيمات حول المدينة منذ عام 2017 بانتظار العودة إلى منازلهم.',
  );
  const english = lines(
    'Government announces a plan to rebuild Mosul',
    'The Iraqi government announced a plan to rebuild the city of Mosul at a cost of 2 billion dollars over five years, covering schools, hospitals and bridges.',
    'The planning minister said the plan would be funded with the World Bank and UNESCO, and that work would begin in the old city.',
    'Some 300,000 displaced people have lived in camps around the city since 2017, waiting to return to their homes.',
  );

  it('aligns by length, anchored by shared numbers and Latin names, and says so', () => {
    const match = matchPassages(arabic, english, localWeights([arabic, english]));
    expect(match.method).toBe('length');
    expect(match.chain).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(match.onlyLeft).toEqual([]);
    expect(match.onlyRight).toEqual([]);
  });
});
