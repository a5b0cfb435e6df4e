// The quick check must accept exactly what zod accepts (it stands in for zod's parse of
// the library's documents in read-only sessions), and must give up on what it can't read.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentRecordSchema, type DocumentRecord } from '../../shared/model/document';
import { quickCheck } from './quick-check';
import { emptyStore, parseStore, parseStoreForReading, storeSchema } from './schema';

const record: DocumentRecord = {
  id: 'a1b2c3d4',
  path: '/articles/okaz/1.html',
  format: 'html',
  encoding: 'utf-8',
  title: 'الحميد يفوز بمسابقة الرياض',
  outlet: 'عكاظ',
  date: '2015-08-01',
  lang: 'ar',
  dir: 'rtl',
  words: 412,
  readingMinutes: 2,
  folder: '/articles',
  missing: false,
  fingerprint: 'f'.repeat(64),
  size: 5120,
  mtimeMs: 1700000000000.5,
  addedAt: '2025-03-04T00:00:00.000Z',
  updatedAt: '2025-03-04T00:00:00.000Z',
};

/** The record with one field replaced by each kind of JSON value, or removed. */
function mutations(): unknown[] {
  const values: unknown[] = [undefined, null, '', 'x', 0, -1.5, 1e300, true, false, [], {}, ['x'], { a: 1 }];
  const out: unknown[] = [];
  for (const key of Object.keys(documentRecordSchema.shape)) {
    for (const value of values) {
      const changed: Record<string, unknown> = { ...record, [key]: value };
      if (value === undefined) delete changed[key];
      out.push(changed);
    }
  }
  out.push({ ...record, format: 'HTML' }, { ...record, lang: 'fr' }, { ...record, dir: 'auto' });
  out.push({ ...record, extra: 'kept' }, { ...record, words: Number.NaN }, { ...record, size: Infinity });
  out.push(null, undefined, 'record', 7, [], [record], Object.assign([], record));
  return out;
}

describe('quickCheck', () => {
  it('can read the document record and the documents list (or read-only commands lose its speed)', () => {
    expect(quickCheck(documentRecordSchema)).not.toBeNull();
    expect(quickCheck(storeSchema.shape.documents)).not.toBeNull();
  });

  it('accepts exactly what zod accepts, field by field and value by value', () => {
    const check = quickCheck(documentRecordSchema)!;
    const cases = mutations();
    expect(cases.length).toBeGreaterThan(200);
    for (const value of cases) expect([value, check(value)]).toEqual([value, documentRecordSchema.safeParse(value).success]);
    const list = quickCheck(z.array(documentRecordSchema))!;
    expect(list([record, record])).toBe(true);
    expect(list([record, { ...record, lang: 'fr' }])).toBe(false);
    expect(list({ 0: record, length: 1 })).toBe(false);
  });

  it('gives up on refinements, transforms, defaults and objects that keep unknown keys', () => {
    for (const schema of [
      z.string().min(1),
      z.number().int(),
      z.string().default('x'),
      z.string().transform((s) => s.length),
      z.object({ a: z.string() }).strict(),
      z.object({ a: z.string() }).passthrough(),
      z.object({ a: z.string().refine((s) => s.length > 1) }),
      z.array(z.string()).min(1),
      z.record(z.string(), z.number()),
      z.union([z.string(), z.number()]),
    ] as z.ZodType[])
      expect(quickCheck(schema)).toBeNull();
  });
});

describe('parseStoreForReading', () => {
  const store = { ...emptyStore(), documents: [record, { ...record, id: 'b', outlet: undefined }], folders: ['/articles'] };
  const json = () => JSON.parse(JSON.stringify(store)) as Record<string, unknown>;

  it('reads a store as zod does', () => {
    const quick = parseStoreForReading(json());
    expect(quick.success).toBe(true);
    expect(quick).toEqual(parseStore(json()));
  });

  it('refuses what zod refuses, in the documents and elsewhere', () => {
    const damaged = [
      { ...json(), documents: [record, { ...record, lang: 'fr' }] },
      { ...json(), documents: [{ ...record, fingerprint: undefined }] },
      { ...json(), documents: 'none' },
      { ...json(), documents: undefined },
      { ...json(), settings: { ...emptyStore().settings, theme: 'neon' } },
      { ...json(), folders: [1] },
      { ...json(), version: 99 },
      null,
      [],
    ];
    for (const data of damaged) {
      expect(parseStore(data).success).toBe(false);
      expect(parseStoreForReading(data).success).toBe(false);
    }
  });
});
