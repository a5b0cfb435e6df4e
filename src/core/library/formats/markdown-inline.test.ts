import { describe, expect, it } from 'vitest';
import { parseInline } from './markdown-inline';

/** The stripping Markdown files were always read with: the text must stay exactly this. */
function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S.*?\S|\S)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

const styled = (line: string) => {
  const { text, marks } = parseInline(line);
  return marks.map((m) => [m.kind, text.slice(m.start, m.end), ...(m.href !== undefined ? [m.href] : [])]);
};

describe('parseInline', () => {
  it('gives exactly the text the stripping gave, so offsets and annotations stay put', () => {
    for (const line of [
      'قال **رئيس الوزراء** إن *الأمن* أولوية',
      'See [the report](https://example.org/a_b) and ![a map](map.png) here.',
      '***both*** and __strong__ and _em_ and `code_x` and snake_case_name',
      'unclosed **bold and * star',
      '**bold with *em* inside** after',
      '',
    ]) {
      expect(parseInline(line).text).toBe(stripInlineMarkdown(line));
    }
  });

  it('finds where emphasis, code and links land in the text', () => {
    expect(styled('قال **رئيس الوزراء** إن *الأمن* أولوية')).toEqual([
      ['strong', 'رئيس الوزراء'],
      ['em', 'الأمن'],
    ]);
    expect(styled('See [the report](https://example.org/r) and ![a map](map.png) and `x`')).toEqual([
      ['link', 'the report', 'https://example.org/r'],
      ['code', 'x'],
    ]);
    expect(styled('[**bold link**](u) then [two](v)')).toEqual([
      ['link', 'bold link', 'u'],
      ['strong', 'bold link'],
      ['link', 'two', 'v'],
    ]);
  });
});

describe('parseMarkdown with inline markup', () => {
  it('keeps styled runs on blocks in document offsets, the text without markup', async () => {
    const { parseMarkdown } = await import('./markdown');
    const parsed = parseMarkdown('# العنوان\n\n  قال **رئيس الوزراء** في [بيان](https://e.org)\n');
    const block = parsed.blocks[1]!;
    expect(parsed.text.slice(block.start, block.end)).toBe('قال رئيس الوزراء في بيان');
    expect(block.marks!.map((m) => [m.kind, parsed.text.slice(m.start, m.end)])).toEqual([
      ['strong', 'رئيس الوزراء'],
      ['link', 'بيان'],
    ]);
    expect(parsed.blocks[0]!.marks).toBeUndefined();
  });
});
