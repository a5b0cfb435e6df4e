import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/types';
import { annotationAt, marginAnnotations, stackTops } from './margin-layout';

function annotation(id: string, start: number, end: number, change: Partial<Annotation> = {}): Annotation {
  return {
    id,
    docId: 'd',
    kind: 'highlight',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end },
    },
    color: 'yellow',
    style: 'highlight',
    note: '',
    tags: [],
    orphaned: false,
    createdAt: '',
    updatedAt: '',
    ...change,
  };
}

describe('marginAnnotations', () => {
  it('keeps this document’s placed highlights with a note, in reading order', () => {
    const list = [
      annotation('late', 50, 60, { note: 'b', kind: 'note' }),
      annotation('plain', 0, 5),
      annotation('blank', 0, 5, { note: '  ' }),
      annotation('early', 10, 20, { note: 'a' }),
      annotation('lost', 10, 20, { note: 'a', orphaned: true }),
      annotation('other', 10, 20, { note: 'a', docId: 'e' }),
      annotation('mark', 10, 20, { note: 'a', kind: 'bookmark' }),
    ];
    expect(marginAnnotations(list, 'd').map((a) => a.id)).toEqual(['early', 'late']);
  });
});

describe('annotationAt', () => {
  const list = [
    annotation('wide', 0, 100),
    annotation('narrow', 40, 50, { note: 'x' }),
    annotation('mark', 0, 100, { kind: 'bookmark' }),
  ];
  it('finds the shortest highlight under an offset, end excluded', () => {
    expect(annotationAt(list, 'd', 45)?.id).toBe('narrow');
    expect(annotationAt(list, 'd', 50)?.id).toBe('wide');
    expect(annotationAt(list, 'd', 100)).toBeNull();
    expect(annotationAt(undefined, 'd', 1)).toBeNull();
  });
});

describe('stackTops', () => {
  it('puts each note beside its line unless the one above reaches it', () => {
    expect(stackTops([0, 10, 200], [50, 30, 20], 8)).toEqual([0, 58, 200]);
    expect(stackTops([100, 100, 100], [10, 10, 10], 0)).toEqual([100, 110, 120]);
  });
});
