import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/errors';
import { checkMarkupBounds, checkNestingDepth } from './markup-bounds';

const nested = (depth: number, tag = 'div') => `${`<${tag}>`.repeat(depth)}x${`</${tag}>`.repeat(depth)}`;

describe('checkMarkupBounds', () => {
  it('lets real pages through: unclosed paragraphs and list items, void elements, scripts', () => {
    const sloppy =
      `<html><body>${'<p>paragraph without its end tag\n'.repeat(500)}${'<li>item'.repeat(500)}<br><img src=x>` +
      `<script>for (;;) document.write("<div>".repeat(1000))</script><!-- <div><div> --></body></html>`;
    expect(() => checkMarkupBounds(sloppy, 10_000, 10)).not.toThrow();
    expect(() => checkMarkupBounds(nested(200))).not.toThrow();
  });

  it('refuses too many elements and too deep a nesting, with the reason', () => {
    expect(() => checkMarkupBounds('<span>a</span>'.repeat(101), 100)).toThrow(
      new UserError('the page has more than 100 elements'),
    );
    expect(() => checkMarkupBounds(nested(201))).toThrow("the page's elements are nested more than 200 deep");
    // XHTML chapters close empty elements themselves.
    expect(() => checkMarkupBounds(`${'<div/>'.repeat(300)}`)).not.toThrow();
  });

  it('ends on markup that never closes, in linear time', () => {
    const started = performance.now();
    checkMarkupBounds('<a'.repeat(1_000_000));
    checkMarkupBounds('<!--'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('checkNestingDepth', () => {
  it('measures the built DOM exactly, without recursion', () => {
    const deep = new JSDOM(`<body>${nested(150, 'ul><li')}</body>`).window.document;
    expect(() => checkNestingDepth(deep, 1000)).not.toThrow();
    expect(() => checkNestingDepth(deep, 200)).toThrow(/nested more than 200 deep/);
  });
});
