import { describe, expect, it } from 'vitest';
import { parseMarkdown, parsePlainText, titleOf } from './parse';

const blockTexts = (doc: { text: string; blocks: { start: number; end: number; type: string }[] }) =>
  doc.blocks.map((b) => [b.type, doc.text.slice(b.start, b.end)]);

describe('parsePlainText', () => {
  it('makes each line a paragraph and a short first line the title', () => {
    const doc = parsePlainText('\uFEFFعنوان قصير\r\n\r\nالفقرة الأولى.\nالفقرة الثانية.\n');
    expect(blockTexts(doc)).toEqual([
      ['heading', 'عنوان قصير'],
      ['paragraph', 'الفقرة الأولى.'],
      ['paragraph', 'الفقرة الثانية.'],
    ]);
    expect(doc.declaredTitle).toBe('عنوان قصير');
  });

  it('does not take a long first sentence as the title, and falls back to its first words', () => {
    const first = 'صعدت السلطات العراقية من مواجهتها للمليشيات والجماعات الإرهابية خاصة بعد تهديدات تلك المليشيات.';
    const doc = parsePlainText(`${first}\nثم فقرة أخرى.`);
    expect(doc.declaredTitle).toBeUndefined();
    expect(titleOf(doc, 'file.txt')).toBe('صعدت السلطات العراقية من مواجهتها للمليشيات والجماعات الإرهابية خاصة بعد…');
  });
});

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
