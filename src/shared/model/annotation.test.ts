import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring';
import { apiContract } from '../api';
import {
  annotationChangeSchema,
  annotationFilterSchema,
  annotationSchema,
  newAnnotationSchema,
  selectorsSchema,
  type Annotation,
} from './annotation';

const text = 'قال رئيس الوزراء إن الحكومة ستعلن خطتها غداً.';

const highlight: Annotation = {
  id: 'a1',
  docId: 'd1',
  kind: 'highlight',
  selectors: describeRange(text, 4, 16),
  color: 'yellow',
  style: 'highlight',
  note: '',
  tags: ['العراق/الأمن'],
  orphaned: false,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('the annotation record', () => {
  it('checks what anchoring describes', () => {
    expect(selectorsSchema.parse(describeRange(text, 0, 3))).toEqual(describeRange(text, 0, 3));
    expect(annotationSchema.parse(highlight)).toEqual(highlight);
  });

  it('refuses records with unknown kinds, colours or fractional offsets', () => {
    expect(annotationSchema.safeParse({ ...highlight, kind: 'comment' }).success).toBe(false);
    expect(annotationSchema.safeParse({ ...highlight, color: 'red' }).success).toBe(false);
    const selectors = describeRange(text, 4, 16);
    const fractional = { ...selectors, position: { ...selectors.position, start: 4.5 } };
    expect(annotationSchema.safeParse({ ...highlight, selectors: fractional }).success).toBe(false);
  });
});

describe('the input schemas derive from the record', () => {
  it('a change may set only the editable fields, each optional', () => {
    expect(Object.keys(annotationChangeSchema.shape).sort()).toEqual(['color', 'name', 'note', 'style', 'tags']);
    expect(annotationChangeSchema.parse({})).toEqual({});
    expect(annotationChangeSchema.safeParse({ color: 'red' }).success).toBe(false);
  });

  it('a new annotation needs its document and takes a passage, a target and the editable fields', () => {
    expect(Object.keys(newAnnotationSchema.shape).sort()).toEqual(
      ['color', 'docId', 'end', 'kind', 'name', 'note', 'quote', 'start', 'style', 'tags', 'target'].sort(),
    );
    expect(newAnnotationSchema.safeParse({}).success).toBe(false);
    expect(newAnnotationSchema.parse({ docId: 'd1', quote: 'الحكومة' })).toEqual({ docId: 'd1', quote: 'الحكومة' });
    expect(newAnnotationSchema.safeParse({ docId: 'd1', target: { quote: 'x' } }).success).toBe(false);
    expect(newAnnotationSchema.safeParse({ docId: 'd1', start: -1 }).success).toBe(false);
  });

  it('a filter is all optional', () => {
    expect(annotationFilterSchema.parse({})).toEqual({});
    expect(Object.keys(annotationFilterSchema.shape).sort()).toEqual(
      ['color', 'docId', 'includeDeleted', 'kind', 'orphaned', 'query', 'tag'].sort(),
    );
  });
});

describe('the contract adds input-only limits', () => {
  const long = 'x'.repeat(100_001);

  it('on a new annotation', () => {
    const add = apiContract.addAnnotation.args;
    expect(newAnnotationSchema.safeParse({ docId: 'd1', note: long }).success).toBe(true);
    expect(add.safeParse({ docId: 'd1', note: long }).success).toBe(false);
    expect(add.safeParse({ docId: '', quote: 'x' }).success).toBe(false);
    expect(add.safeParse({ docId: 'd1', quote: '' }).success).toBe(false);
    expect(add.safeParse({ docId: 'd1', bogus: 1 }).success).toBe(false);
    expect(add.safeParse({ docId: 'd1', target: { docId: 'd2', bogus: 1 } }).success).toBe(false);
    expect(add.parse({ docId: 'd1', kind: 'link', quote: 'a', target: { docId: 'd2', start: 0, end: 3 } })).toEqual({
      docId: 'd1',
      kind: 'link',
      quote: 'a',
      target: { docId: 'd2', start: 0, end: 3 },
    });
  });

  it('on a change and a listing', () => {
    const update = apiContract.updateAnnotation.args;
    expect(update.safeParse({ id: 'a1', note: long }).success).toBe(false);
    expect(update.safeParse({ id: 'a1', tags: Array(101).fill('t') }).success).toBe(false);
    expect(update.safeParse({ id: 'a1', docId: 'd2' }).success).toBe(false);
    expect(update.parse({ id: 'a1', color: 'blue' })).toEqual({ id: 'a1', color: 'blue' });
    const list = apiContract.listAnnotations.args;
    expect(list.safeParse({ query: 'q'.repeat(1001) }).success).toBe(false);
    expect(list.safeParse({ limit: 0 }).success).toBe(false);
    expect(list.safeParse({ bogus: 1 }).success).toBe(false);
    expect(list.parse({ docId: 'd1', kind: 'note', limit: 5 })).toEqual({ docId: 'd1', kind: 'note', limit: 5 });
  });
});
