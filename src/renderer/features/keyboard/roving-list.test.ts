// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyRoving, rovingTarget } from './roving-list';

function list(n: number, open?: number): HTMLElement {
  const ul = document.createElement('ul');
  ul.innerHTML = Array.from(
    { length: n },
    (_, i) =>
      `<li class="doc-row"><a class="doc-item" href="#/d${i}" data-doc-id="d${i}"${i === open ? ' aria-current="page"' : ''}>d${i}</a>` +
      `<a class="beside-link" href="#/c${i}">⧉</a><button class="remove">×</button></li>`,
  ).join('');
  return ul;
}
const tabStops = (ul: HTMLElement) =>
  [...ul.querySelectorAll<HTMLElement>('a, button')].filter((el) => el.getAttribute('tabindex') !== '-1');

describe('the library list as one Tab stop', () => {
  it('leaves one row link in Tab order however long the list: the current, else the open one, else the first', () => {
    const ul = list(300, 7);
    applyRoving(ul, null);
    expect(tabStops(ul).map((el) => el.dataset.docId)).toEqual(['d7']);
    applyRoving(ul, 'd42');
    expect(tabStops(ul).map((el) => el.dataset.docId)).toEqual(['d42']);
    const fresh = list(3);
    applyRoving(fresh, null);
    expect(tabStops(fresh).map((el) => el.dataset.docId)).toEqual(['d0']);
  });

  it('moves between rows with Up, Down, Home and End, and along a row with the inline arrows', () => {
    const ul = list(5);
    const link = (i: number) => ul.querySelector<HTMLElement>(`[data-doc-id="d${i}"]`)!;
    expect(rovingTarget(ul, link(2), 'ArrowDown', false)).toBe(link(3));
    expect(rovingTarget(ul, link(2), 'ArrowUp', false)).toBe(link(1));
    expect(rovingTarget(ul, link(0), 'ArrowUp', false)).toBeNull();
    expect(rovingTarget(ul, link(2), 'End', false)).toBe(link(4));
    expect(rovingTarget(ul, link(2), 'Home', false)).toBe(link(0));
    const beside = link(2).nextElementSibling;
    expect(rovingTarget(ul, link(2), 'ArrowRight', false)).toBe(beside);
    // Right-to-left, the next control is to the left.
    expect(rovingTarget(ul, link(2), 'ArrowLeft', true)).toBe(beside);
    expect(rovingTarget(ul, link(2), 'a', false)).toBeNull();
  });
});
