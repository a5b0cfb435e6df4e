import { describe, expect, it } from 'vitest';
import { caretStep } from './keyboard-caret';

describe('the reading caret keys', () => {
  it('move by character or word (visually), by line or sentence, and extend with Shift', () => {
    expect(caretStep('ArrowLeft', false, false)).toEqual({ alter: 'move', direction: 'left', granularity: 'character' });
    expect(caretStep('ArrowRight', true, true)).toEqual({ alter: 'extend', direction: 'right', granularity: 'word' });
    expect(caretStep('ArrowDown', false, true)).toEqual({ alter: 'extend', direction: 'forward', granularity: 'line' });
    expect(caretStep('ArrowUp', true, false)).toEqual({ alter: 'move', direction: 'backward', granularity: 'sentence' });
    expect(caretStep('End', false, true)).toEqual({ alter: 'extend', direction: 'forward', granularity: 'lineboundary' });
    expect(caretStep('a', false, false)).toBeNull();
  });
});
