import { describe, expect, it } from 'vitest';
import { paintNames } from './paint';

describe('paintNames', () => {
  it('marks a highlight with a note apart from one without', () => {
    expect(paintNames({ style: 'highlight', color: 'green', note: '' })).toEqual(['hl-green']);
    expect(paintNames({ style: 'highlight', color: 'green', note: 'why' })).toEqual(['hl-green', 'noted']);
    expect(paintNames({ style: 'underline', color: 'blue', note: ' ' })).toEqual(['ul-blue']);
    expect(paintNames({ style: 'underline', color: 'blue', note: 'x' })).toEqual(['ul-blue', 'noted']);
  });
});
