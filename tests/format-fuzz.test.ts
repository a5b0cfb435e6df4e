// Random and mutated files thrown at every format reader (READERS), each read in a parse
// worker with a time limit: every file ends, read or refused with a reason (a UserError),
// within the limit. Bounded runs with a fixed seed, so a failure reproduces.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../src/shared/errors';
import { READERS } from '../src/core/library/formats';
import { buildDocx, buildEpub, xhtmlChapter } from '../src/core/library/formats/fixtures/office-files';
import { ParsePool } from '../src/core/library/parse-pool';

const RUNS = 30;
const TIME_LIMIT_MS = 5_000;
const pool = new ParsePool({ timeLimitMs: TIME_LIMIT_MS });
let dir: string;
let counter = 0;

/** A valid file of each format, to mutate. */
const samples: Record<keyof typeof READERS, () => Promise<Uint8Array>> = {
  txt: async () => Buffer.from('عنوان التقرير\nالفقرة الأولى من التقرير، فيها كلام كثير.\nEnglish line.\n'),
  md: async () => Buffer.from('---\ntitle: تقرير\n---\n# عنوان\n\n> اقتباس\n\n- بند\n- بند آخر\n\nفقرة **مهمة**.\n'),
  html: async () =>
    Buffer.from(
      '<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خبر | الجريدة</title></head><body><nav>قائمة</nav>' +
        '<article><h1>خبر</h1><p>فقرة أولى من الخبر، طويلة بما يكفي ليقرأها القارئ.</p><blockquote><p>اقتباس.</p></blockquote></article></body></html>',
    ),
  docx: () => buildDocx([{ style: 'Title', text: 'عنوان' }, { text: 'فقرة من ملف وورد.' }], { title: 'عنوان' }),
  epub: () =>
    buildEpub({
      metadata: '<dc:title>كتاب</dc:title><dc:language>ar</dc:language>',
      manifest: [{ id: 'c1', href: 'c1.xhtml', source: xhtmlChapter('فصل', '<h1>فصل</h1><p>فقرة من الكتاب.</p>') }],
      spine: ['c1'],
    }),
};

/** Random bytes, or a valid file with bytes overwritten, a slice cut out, or its end cut off. */
function inputs(sample: Uint8Array): fc.Arbitrary<Uint8Array> {
  const mutated = fc
    .record({
      writes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
      cut: fc.option(fc.tuple(fc.nat(), fc.nat({ max: 200 }))),
      keep: fc.option(fc.nat()),
    })
    .map(({ writes, cut, keep }) => {
      let bytes = Buffer.from(sample);
      for (const [at, value] of writes) bytes[at % bytes.length] = value;
      if (cut)
        bytes = Buffer.concat([bytes.subarray(0, cut[0] % bytes.length), bytes.subarray((cut[0] % bytes.length) + cut[1])]);
      if (keep !== null) bytes = bytes.subarray(0, keep % (bytes.length + 1));
      return new Uint8Array(bytes);
    });
  return fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 4096 }), mutated);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-fuzz-'));
});

afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
});

describe('every format reader, fuzzed', () => {
  for (const [format, reader] of Object.entries(READERS)) {
    it(`${format}: each random or mutated file is read or refused with a reason, within ${TIME_LIMIT_MS / 1000} s`, async () => {
      const sample = await samples[format as keyof typeof READERS]();
      await fc.assert(
        fc.asyncProperty(inputs(sample), async (bytes) => {
          const path = join(dir, `fuzz-${counter++}${reader.extensions[0]}`);
          await writeFile(path, bytes);
          const started = performance.now();
          try {
            const { loaded } = await pool.load(path, { analyze: true });
            expect(loaded.parsed.text.trim()).not.toBe('');
            for (const block of loaded.parsed.blocks) expect(block.end).toBeLessThanOrEqual(loaded.parsed.text.length);
          } catch (error) {
            expect(error).toBeInstanceOf(UserError);
            expect((error as Error).message).not.toMatch(/took longer|needed more/);
          } finally {
            await rm(path, { force: true });
          }
          expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
        }),
        { numRuns: RUNS, seed: 13 },
      );
    }, 60_000);
  }
});
