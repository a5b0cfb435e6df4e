import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange, reanchor } from './anchoring';

const sample = readFileSync(join(import.meta.dirname, '..', '..', 'seeds', 'iraq-escalates-against-militias.txt'), 'utf8');
const quote = 'مليونا و800 ألف عنصر عسكرى';
const start = sample.indexOf(quote);
const selectors = describeRange(sample, start, start + quote.length);

describe('anchoring: selectors', () => {
  it('describes a range with a quote, 32 characters of context each side, and its position', () => {
    expect(selectors.quote.exact).toBe(quote);
    expect(selectors.quote.prefix).toHaveLength(32);
    expect(selectors.quote.suffix).toHaveLength(32);
    expect(sample.slice(selectors.position.start, selectors.position.end)).toBe(quote);
  });

  it('round-trips: an unchanged text anchors at the same place, by position', () => {
    expect(reanchor(sample, selectors)).toEqual({ start, end: start + quote.length, method: 'position', score: 1 });
  });
});

describe('anchoring: re-anchoring after edits', () => {
  const placed = (text: string) => {
    const anchor = reanchor(text, selectors);
    return anchor && { text: text.slice(anchor.start, anchor.end), method: anchor.method };
  };

  it('text inserted before: finds the exact quote', () => {
    expect(placed(`مقدمة جديدة أضيفت في أول الخبر.\n${sample}`)).toEqual({ text: quote, method: 'quote' });
  });

  it('diacritics removed from the passage: finds it fuzzily, on the new letters', () => {
    const vowelled = sample.replace(quote, 'مَلْيُونًا و800 أَلْف عُنْصُر عَسْكَرى');
    const vowelledSelectors = describeRange(vowelled, start, start + 'مَلْيُونًا و800 أَلْف عُنْصُر عَسْكَرى'.length);
    const anchor = reanchor(sample, vowelledSelectors)!;
    expect(anchor.method).toBe('fuzzy');
    expect(sample.slice(anchor.start, anchor.end)).toBe(quote);
  });

  it('tatweel added: finds it and covers the stretched word', () => {
    const stretched = sample.replace('عسكرى', 'عســـكرى');
    expect(placed(stretched)).toEqual({ text: 'مليونا و800 ألف عنصر عســـكرى', method: 'fuzzy' });
  });

  it('presentation forms: finds the passage written in them', () => {
    // مليونا in Arabic presentation forms.
    const forms = sample.replace('مليونا', '\uFEE3\uFEE0\uFEF4\uFEEE\uFEE7\uFE8E');
    const anchor = reanchor(forms, selectors)!;
    expect(anchor.method).toBe('fuzzy');
    expect(forms.slice(anchor.start, anchor.end)).toBe(`\uFEE3\uFEE0\uFEF4\uFEEE\uFEE7\uFE8E و800 ألف عنصر عسكرى`);
  });

  it('passage deleted: an orphan, not a wrong highlight', () => {
    const sentenceStart = sample.lastIndexOf('.', start) + 1;
    const sentenceEnd = sample.indexOf('.', start) + 1;
    expect(reanchor(sample.slice(0, sentenceStart) + sample.slice(sentenceEnd), selectors)).toBeNull();
  });

  it('passage rewritten beyond recognition: below the threshold, an orphan', () => {
    expect(reanchor(sample.replace(quote, 'عدد كبير من الجنود'), selectors)).toBeNull();
  });

  it('a quote found twice: context picks the right one', () => {
    const doubled = `${quote} في خبر آخر.\n${sample}`;
    const anchor = reanchor(doubled, selectors)!;
    expect(anchor.method).toBe('quote');
    expect(anchor.start).toBe(doubled.indexOf(quote, 10));
  });
});
