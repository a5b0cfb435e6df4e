import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/model/settings';
import { emptyStore, storeSchema, STORE_VERSION } from './schema';

/** A library file as the app writes it today, with one of everything. */
const stored = {
  version: STORE_VERSION,
  seeded: true,
  documents: [
    {
      id: 'd1',
      path: '/articles/report.md',
      format: 'md',
      encoding: 'utf-8',
      title: 'تقرير',
      author: 'كاتب',
      date: '2025-03-01',
      lang: 'ar',
      dir: 'rtl',
      words: 300,
      readingMinutes: 2,
      folder: '/articles',
      missing: false,
      fingerprint: 'a'.repeat(64),
      size: 4096,
      mtimeMs: 1_700_000_000_000,
      addedAt: '2025-03-02T10:00:00.000Z',
      updatedAt: '2025-03-02T10:00:00.000Z',
    },
  ],
  folders: ['/articles'],
  excluded: ['/articles/old.txt'],
  failed: [
    {
      path: '/articles/huge.html',
      size: 48_000_000,
      mtimeMs: 1_700_000_000_000,
      reason: 'took longer than 30 s to read (stopped)',
    },
  ],
  settings: { ...defaultSettings, theme: 'sepia', fontSize: 24, lineHeight: 1.8, columnWidth: 36, justify: true },
  positions: { d1: 120 },
  pairs: {
    'd1|d2': [
      [0, 0],
      [3, 2],
    ],
  },
  annotations: [
    {
      id: 'a1',
      docId: 'd1',
      kind: 'link',
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: 'نص', prefix: 'قبل ', suffix: ' بعد' },
        position: { type: 'TextPositionSelector', start: 4, end: 6 },
      },
      target: {
        docId: 'd2',
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: 'text', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: 4 },
        },
        orphaned: false,
      },
      color: 'green',
      style: 'underline',
      note: '**مهم**',
      tags: ['العراق/الأمن'],
      orphaned: false,
      createdAt: '2025-03-02T10:00:00.000Z',
      updatedAt: '2025-03-02T10:05:00.000Z',
      deletedAt: '2025-03-03T00:00:00.000Z',
    },
  ],
  savedSearches: [
    {
      id: 's1',
      name: 'عكاظ منذ آب',
      query: 'outlet:okaz from:2015-08-01',
      sort: 'date' as const,
      stemming: true,
      createdAt: '2025-03-04T00:00:00.000Z',
    },
  ],
};

describe('the store schema', () => {
  it('reads a stored file back exactly as written: the format is the model’s', () => {
    const written = JSON.parse(JSON.stringify(stored)) as unknown;
    const read = storeSchema.parse(written);
    expect(read).toEqual(stored);
    expect(JSON.parse(JSON.stringify(read))).toEqual(written);
  });

  it('reads an empty store', () => {
    expect(storeSchema.parse(emptyStore())).toEqual(emptyStore());
  });

  it('fills in what older files of this version may lack', () => {
    const {
      excluded: _e,
      failed: _f,
      settings: _s,
      positions: _p,
      pairs: _q,
      savedSearches: _v,
      annotations: _a,
      ...bare
    } = stored;
    expect(storeSchema.parse(bare)).toMatchObject({
      excluded: [],
      failed: [],
      settings: defaultSettings,
      positions: {},
      pairs: {},
      savedSearches: [],
      annotations: [],
    });
  });

  it('loads settings saved under the older, wider bounds, brought into the table’s', () => {
    const old = { ...stored, settings: { ...stored.settings, fontSize: 40, lineHeight: 1.2, columnWidth: 25 } };
    expect(storeSchema.parse(old).settings).toMatchObject({ fontSize: 32, lineHeight: 1.4, columnWidth: 30 });
  });

  it('still refuses a damaged file', () => {
    expect(storeSchema.safeParse({ ...stored, documents: [{ ...stored.documents[0], lang: 'fr' }] }).success).toBe(false);
    expect(storeSchema.safeParse({ ...stored, settings: { ...stored.settings, theme: 'neon' } }).success).toBe(false);
    expect(storeSchema.safeParse({ ...stored, annotations: [{ ...stored.annotations[0], kind: 'comment' }] }).success).toBe(
      false,
    );
    expect(storeSchema.safeParse({ ...stored, version: STORE_VERSION + 1 }).success).toBe(false);
  });
});
