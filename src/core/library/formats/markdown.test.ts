import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown';

const blockTexts = (doc: { text: string; blocks: { start: number; end: number; type: string }[] }) =>
  doc.blocks.map((b) => [b.type, doc.text.slice(b.start, b.end)]);

/** Blocks are ranges over the text, in order, separated by a blank line and nothing else. */
function expectExactOffsets(doc: { text: string; blocks: { start: number; end: number }[] }): void {
  expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end)).join('\n\n')).toBe(doc.text);
}

describe('parseMarkdown', () => {
  it('keeps structure as blocks and drops markup and front matter', () => {
    const doc = parseMarkdown(
      [
        '---',
        'title: "ملخص: الاجتماع"',
        'author: [سارة, Omar]',
        'date: 2025-10-12',
        'source: الشرق الأوسط',
        '---',
        '# العنوان',
        '',
        'فقرة **مهمة** مع [رابط](http://example.com)',
        'تكمل هنا.',
        '',
        '> اقتباس',
        '',
        '- بند أول',
        '1. بند ثان',
      ].join('\n'),
    );
    expect(blockTexts(doc)).toEqual([
      ['heading', 'العنوان'],
      ['paragraph', 'فقرة مهمة مع رابط'],
      ['paragraph', 'تكمل هنا.'],
      ['quote', 'اقتباس'],
      ['list-item', 'بند أول'],
      ['list-item', 'بند ثان'],
    ]);
    expect(doc.declaredTitle).toBe('ملخص: الاجتماع');
    expect(doc.meta).toEqual({ title: 'ملخص: الاجتماع', author: 'سارة, Omar', date: '2025-10-12', outlet: 'الشرق الأوسط' });
    expect(doc.text).not.toContain('http');
    expect(doc.text).not.toContain('author');
    expectExactOffsets(doc);
  });

  it('makes each line between single newlines a paragraph of its own, as news files are laid out', () => {
    const lines = [
      'أصدر الرئيس عبد ربه منصور هادي قرارًا جمهوريًا.',
      ' نائب الرئيس شغل منصب وكيل محافظة عدن.',
      'وكان قد عاد إلى عدن بعد تحريرها.',
    ];
    const doc = parseMarkdown(`${lines.join('\n')}\n`);
    expect(blockTexts(doc)).toEqual(lines.map((l) => ['paragraph', l.trim()]));
    expectExactOffsets(doc);
    // The text holds the lines in order, and a blank line still separates paragraphs the same way.
    expect(parseMarkdown(lines.join('\n\n')).blocks).toEqual(doc.blocks);
  });

  it('keeps a quote over two lines as one quote, and splits it where an empty > line separates paragraphs', () => {
    const doc = parseMarkdown(['قال المتحدث:', '> لن نسمح', '> بأي تهديد.', '>', '> والحوار مستمر.', 'ثم غادر.'].join('\n'));
    expect(blockTexts(doc)).toEqual([
      ['paragraph', 'قال المتحدث:'],
      ['quote', 'لن نسمح بأي تهديد.'],
      ['quote', 'والحوار مستمر.'],
      ['paragraph', 'ثم غادر.'],
    ]);
    expectExactOffsets(doc);
  });

  it('keeps list items as items, whatever comes before or after them', () => {
    const doc = parseMarkdown(['النقاط:', '- الأولى', '* الثانية', '2) الثالثة', 'خاتمة.'].join('\n'));
    expect(blockTexts(doc)).toEqual([
      ['paragraph', 'النقاط:'],
      ['list-item', 'الأولى'],
      ['list-item', 'الثانية'],
      ['list-item', 'الثالثة'],
      ['paragraph', 'خاتمة.'],
    ]);
    expectExactOffsets(doc);
  });

  it('keeps a table whole, as one block', () => {
    const doc = parseMarkdown(
      ['الأرقام:', '| المدينة | السكان |', '|---|---|', '| **عدن** | 800 |', '| صنعاء | 2000 |', 'المصدر: الإحصاء.'].join('\n'),
    );
    expect(blockTexts(doc)).toEqual([
      ['paragraph', 'الأرقام:'],
      ['paragraph', '| المدينة | السكان | |---|---| | عدن | 800 | | صنعاء | 2000 |'],
      ['paragraph', 'المصدر: الإحصاء.'],
    ]);
    expectExactOffsets(doc);
  });

  it('reads front matter and CRLF line endings, one paragraph per line', () => {
    const doc = parseMarkdown(
      [
        '---',
        'title: "قرار جمهوري"',
        'outlet: "aawsat"',
        'url: "http://aawsat.com/a"',
        '---',
        '',
        'السطر الأول.',
        'السطر الثاني.',
        '',
      ].join('\r\n'),
    );
    expect(blockTexts(doc)).toEqual([
      ['paragraph', 'السطر الأول.'],
      ['paragraph', 'السطر الثاني.'],
    ]);
    // The source address is kept too (issue 15).
    expect(doc.meta).toEqual({ title: 'قرار جمهوري', outlet: 'aawsat', url: 'http://aawsat.com/a' });
    expect(doc.declaredTitle).toBe('قرار جمهوري');
    expect(doc.text).not.toContain('\r');
    expectExactOffsets(doc);
  });

  it('leaves headings and fenced code as they were', () => {
    const doc = parseMarkdown(['## عنوان *فرعي* ##', 'نص.', '```', 'سطر أول', 'سطر ثان', '```'].join('\n'));
    expect(blockTexts(doc)).toEqual([
      ['heading', 'عنوان فرعي'],
      ['paragraph', 'نص.'],
      ['paragraph', 'سطر أول'],
      ['paragraph', 'سطر ثان'],
    ]);
    expect(doc.blocks[0]).toMatchObject({ level: 2 });
    expect(doc.declaredTitle).toBe('عنوان فرعي');
  });
});
