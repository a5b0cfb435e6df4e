import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown';

const blockTexts = (doc: { text: string; blocks: { start: number; end: number; type: string }[] }) =>
  doc.blocks.map((b) => [b.type, doc.text.slice(b.start, b.end)]);

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
      ['paragraph', 'فقرة مهمة مع رابط تكمل هنا.'],
      ['quote', 'اقتباس'],
      ['list-item', 'بند أول'],
      ['list-item', 'بند ثان'],
    ]);
    expect(doc.declaredTitle).toBe('ملخص: الاجتماع');
    expect(doc.meta).toEqual({ title: 'ملخص: الاجتماع', author: 'سارة, Omar', date: '2025-10-12', outlet: 'الشرق الأوسط' });
    expect(doc.text).not.toContain('http');
    expect(doc.text).not.toContain('author');
  });
});
