import { describe, expect, it } from 'vitest';
import { titleOf } from '../document-builder';
import { parsePlainText } from './text';

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

  it('keeps no control characters in a title, declared or from the first words', () => {
    expect(titleOf(parsePlainText('\u202Bعنوان\u202C\u001A قصير\n\nنص.'), 'file.txt')).toBe('عنوان قصير');
    expect(titleOf({ ...parsePlainText('x'), meta: { title: '\u202E\u001Aبيان' } }, 'file.txt')).toBe('بيان');
    expect(titleOf(parsePlainText('\u001A\u202E'), 'a\u202Eb.txt')).toBe('ab.txt');
  });
});
