import { describe, expect, it } from 'vitest';
import { documentRecordSchema, documentSummarySchema, documentViewSchema, type DocumentRecord } from './document';

const record: DocumentRecord = {
  id: 'd1',
  path: '/articles/report.html',
  format: 'html',
  encoding: 'windows-1256',
  title: 'تقرير',
  outlet: 'الصحيفة',
  lang: 'ar',
  dir: 'rtl',
  words: 120,
  readingMinutes: 1,
  missing: false,
  fingerprint: 'f'.repeat(64),
  size: 2048,
  mtimeMs: 1_700_000_000_000,
  addedAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('the document record', () => {
  it('parses a record unchanged and refuses unknown languages and formats', () => {
    expect(documentRecordSchema.parse(record)).toEqual(record);
    expect(documentRecordSchema.safeParse({ ...record, lang: 'fr' }).success).toBe(false);
    expect(documentRecordSchema.safeParse({ ...record, format: 'pdf' }).success).toBe(false);
    expect(documentRecordSchema.safeParse({ ...record, missing: undefined }).success).toBe(false);
  });

  it('lists a document without what only the library needs, and opens it with its text and blocks', () => {
    const summary = documentSummarySchema.parse(record);
    expect(Object.keys(summary)).not.toContain('fingerprint');
    expect(Object.keys(summary)).not.toContain('size');
    expect(Object.keys(summary)).not.toContain('mtimeMs');
    const view = { ...summary, text: 'نص', blocks: [{ type: 'paragraph', start: 0, end: 2 }] };
    expect(documentViewSchema.parse(view)).toEqual(view);
    expect(documentViewSchema.safeParse({ ...view, blocks: [{ type: 'table', start: 0, end: 2 }] }).success).toBe(false);
  });
});
