// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { focusRegion, nextRegion } from './regions';

function page() {
  document.body.innerHTML = `
    <nav class="library"><a id="doc" href="#">doc</a></nav>
    <section class="pane"><aside class="notes-panel"><input id="note"></aside><div class="reader"><p id="text">t</p></div></section>`;
  const [library, notes, reader] = ['nav.library', '.notes-panel', '.reader'].map((s) => document.querySelector<HTMLElement>(s)!);
  return { library: library!, notes: notes!, reader: reader!, all: [library!, notes!, reader!] };
}

describe('F6 regions', () => {
  it('moves to the next region, wrapping, and back with Shift', () => {
    const { library, notes, reader, all } = page();
    expect(nextRegion(all, document.getElementById('doc'), 1)).toBe(notes);
    expect(nextRegion(all, document.getElementById('note'), 1)).toBe(reader);
    expect(nextRegion(all, document.getElementById('text'), 1)).toBe(library);
    expect(nextRegion(all, document.getElementById('doc'), -1)).toBe(reader);
  });

  it('starts at the first region (or the last, going back) from outside them all', () => {
    const { library, reader, all } = page();
    expect(nextRegion(all, document.body, 1)).toBe(library);
    expect(nextRegion(all, null, -1)).toBe(reader);
    expect(nextRegion([], null, 1)).toBeUndefined();
  });

  it('focuses the region itself, keeping it out of Tab order', () => {
    const { reader } = page();
    focusRegion(reader);
    expect(document.activeElement).toBe(reader);
    expect(reader.tabIndex).toBe(-1);
  });
});
