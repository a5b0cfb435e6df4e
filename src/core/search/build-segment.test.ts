import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir } from '../../../tests/temp-dir';
import { normalizeArabic } from '../../shared/arabic';
import { words } from '../../shared/search/tokenize';
import { buildSegment } from './build-segment';
import { docTerms, withTitle } from './doc-terms';
import { buildSegmentOffThread } from './segment-thread';

describe('buildSegment', () => {
  it('builds the same segment from the terms a parse worker found as from the normalised texts', async () => {
    const seeds = await Promise.all((await readdir(seedsDir)).map((f) => readFile(join(seedsDir, f), 'utf8')));
    const docs = [
      ...seeds.map((text, n) => ({ title: `تقرير ${n}`, text })),
      { title: 'أرقام', text: 'وصل و800 شخص، ثم 9,000 = ٩٠٠٠ في 27/06/2015.' },
      { title: 'فارغ', text: '' },
    ];
    const fromTexts = buildSegment(
      docs.map(({ title, text }) => ({
        normalized: withTitle(title, normalizeArabic(text)),
        titleWords: [...new Set(words(title))],
      })),
    );
    const fromTerms = buildSegment(docs.map(({ title, text }) => docTerms(title, normalizeArabic(text))));
    expect(fromTerms.terms.count).toBeGreaterThan(400);
    expect(Buffer.from(fromTerms.terms.parts.blocks).equals(Buffer.from(fromTexts.terms.parts.blocks))).toBe(true);
    expect(Buffer.from(fromTerms.postings).equals(Buffer.from(fromTexts.postings))).toBe(true);
    expect([...fromTerms.docLen]).toEqual([...fromTexts.docLen]);
    expect(Buffer.from(fromTerms.keys.parts.blocks).equals(Buffer.from(fromTexts.keys.parts.blocks))).toBe(true);
  });

  it('builds the same segment in its worker thread, and the terms it was given are spent (moved there)', async () => {
    const seeds = await Promise.all((await readdir(seedsDir)).map((f) => readFile(join(seedsDir, f), 'utf8')));
    const sources = () => seeds.map((text, n) => docTerms(`تقرير ${n}`, normalizeArabic(text)));
    const here = buildSegment(sources());
    const given = sources();
    const there = await buildSegmentOffThread(given);
    expect(given[0]!.ids.length).toBe(0);
    expect(there.terms.count).toBe(here.terms.count);
    for (const id of [0, 7, here.terms.count - 1]) expect(there.terms.word(id)).toBe(here.terms.word(id));
    expect(Buffer.from(there.postings).equals(Buffer.from(here.postings))).toBe(true);
    expect(Buffer.from(there.keyTerms).equals(Buffer.from(here.keyTerms))).toBe(true);
    expect([...there.docLen]).toEqual([...here.docLen]);
  });
});
