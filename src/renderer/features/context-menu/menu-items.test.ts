import { describe, expect, it } from 'vitest';
import { ar, en } from '../../i18n/resources';
import { isMenuKey } from './use-menu-trigger';
import { libraryMenuItems, nextIndex, placeMenu, quoteWithSource, readerMenuItems } from './menu-items';

describe('reader menu', () => {
  it('offers everything on a selection', () => {
    expect(readerMenuItems(true).map((i) => [i.id, !!i.disabled])).toEqual([
      ['copy', false],
      ['copyWithSource', false],
      ['copyWithCitation', false],
      ['highlight', false],
      ['note', false],
      ['searchLibrary', false],
    ]);
  });

  it('without a selection shows only Copy, disabled', () => {
    expect(readerMenuItems(false)).toEqual([{ id: 'copy', label: 'ctx_copy', disabled: true }]);
  });
});

describe('library menu', () => {
  it('offers Open beside only when another document is open', () => {
    expect(libraryMenuItems({ canOpenBeside: true, canReveal: true }).map((i) => i.id)).toEqual([
      'open',
      'openBeside',
      'reveal',
      'remove',
    ]);
    expect(libraryMenuItems({ canOpenBeside: false, canReveal: true }).map((i) => i.id)).toEqual(['open', 'reveal', 'remove']);
  });

  it('shows the file only in the desktop app, saying why otherwise', () => {
    const reveal = libraryMenuItems({ canOpenBeside: false, canReveal: false }).find((i) => i.id === 'reveal')!;
    expect(reveal.disabled).toBe(true);
    expect(en[reveal.reason!]).toMatch(/desktop app/);
    expect(libraryMenuItems({ canOpenBeside: false, canReveal: true }).find((i) => i.id === 'reveal')!.disabled).toBeFalsy();
  });

  it('labels every item in both languages', () => {
    const items = [...readerMenuItems(true), ...libraryMenuItems({ canOpenBeside: true, canReveal: false })];
    for (const key of items.flatMap((i) => (i.reason ? [i.label, i.reason] : [i.label]))) {
      expect(en[key], key).toBeTruthy();
      expect(ar[key], key).toBeTruthy();
    }
  });
});

describe('keyboard', () => {
  it('arrows move and wrap, Home and End jump, other keys do not move', () => {
    expect(nextIndex(4, 0, 'ArrowDown')).toBe(1);
    expect(nextIndex(4, 3, 'ArrowDown')).toBe(0);
    expect(nextIndex(4, 0, 'ArrowUp')).toBe(3);
    expect(nextIndex(4, 2, 'Home')).toBe(0);
    expect(nextIndex(4, 1, 'End')).toBe(3);
    expect(nextIndex(4, 1, 'a')).toBeNull();
    expect(nextIndex(0, 0, 'ArrowDown')).toBeNull();
  });

  it('opens on Shift+F10 and the ContextMenu key', () => {
    expect(isMenuKey({ key: 'F10', shiftKey: true })).toBe(true);
    expect(isMenuKey({ key: 'ContextMenu', shiftKey: false })).toBe(true);
    expect(isMenuKey({ key: 'F10', shiftKey: false })).toBe(false);
  });
});

describe('placement', () => {
  const viewport = { width: 800, height: 600 };
  const size = { width: 200, height: 150 };

  it('opens beside the point, to its left in a right-to-left interface', () => {
    expect(placeMenu({ x: 100, y: 100 }, size, viewport, false)).toEqual({ top: 100, left: 100 });
    expect(placeMenu({ x: 400, y: 100 }, size, viewport, true)).toEqual({ top: 100, left: 200 });
  });

  it('stays on screen', () => {
    expect(placeMenu({ x: 790, y: 590 }, size, viewport, false)).toEqual({ top: 440, left: 592 });
    expect(placeMenu({ x: 10, y: 10 }, size, viewport, true)).toEqual({ top: 10, left: 8 });
    expect(placeMenu({ x: 10, y: 10 }, { width: 200, height: 900 }, viewport, false).top).toBe(8);
  });
});

describe('copy with source', () => {
  it('puts the quote, then title · outlet · date · path', () => {
    expect(quoteWithSource('نص', { title: 'عنوان', outlet: 'الجريدة', date: '2024-01-02', path: '/a/b.txt' })).toBe(
      'نص\nعنوان · الجريدة · 2024-01-02 · /a/b.txt',
    );
    expect(quoteWithSource('q', { title: 't', path: '/p' })).toBe('q\nt · /p');
  });
});
