import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/errors';
import { parseDocx } from './docx';
import { blockTexts, expectValidOffsets } from './fixtures/expect-blocks';
import { buildDocx } from './fixtures/office-files';

describe('parseDocx', () => {
  it('reads headings and paragraphs in order, with the first heading as the title', async () => {
    const bytes = await buildDocx(
      [
        { style: 'Heading1', text: 'موازنة العراق لعام ٢٠٢٥' },
        { text: 'أقر البرلمان العراقي   الموازنة العامة بقيمة 153 تريليون دينار.' },
        { style: 'Heading2', text: 'أبرز الأرقام' },
        { text: 'بلغ العجز المتوقع نحو 20% من إجمالي الإنفاق.' },
        { style: 'Quote', text: 'الموازنة تلبي حاجات المحافظات كافة.' },
        { text: '' },
      ],
      { title: 'Document1', creator: 'سارة الربيعي', created: '2025-02-03T09:00:00Z' },
    );
    const doc = await parseDocx(bytes);
    expect(blockTexts(doc)).toEqual([
      ['heading', 'موازنة العراق لعام ٢٠٢٥'],
      ['paragraph', 'أقر البرلمان العراقي الموازنة العامة بقيمة 153 تريليون دينار.'],
      ['heading', 'أبرز الأرقام'],
      ['paragraph', 'بلغ العجز المتوقع نحو 20% من إجمالي الإنفاق.'],
      ['quote', 'الموازنة تلبي حاجات المحافظات كافة.'],
    ]);
    expect(doc.blocks.filter((b) => b.type === 'heading').map((b) => b.level)).toEqual([1, 2]);
    expect(doc.declaredTitle).toBe('موازنة العراق لعام ٢٠٢٥');
    expect(doc.meta).toEqual({ title: 'Document1', author: 'سارة الربيعي', date: '2025-02-03T09:00:00Z' });
    expectValidOffsets(doc);
  });

  it("takes Word's Title style as a heading, and core.xml's title when there is no heading", async () => {
    const titled = await parseDocx(await buildDocx([{ style: 'Title', text: 'عنوان المقال' }, { text: 'نص.' }]));
    expect(blockTexts(titled)[0]).toEqual(['heading', 'عنوان المقال']);
    const plain = await parseDocx(await buildDocx([{ text: 'فقرة وحيدة.' }], { title: 'تقرير' }));
    expect(plain.declaredTitle).toBe('تقرير');
  });

  it('refuses bytes that are not a zip archive', async () => {
    const garbage = new TextEncoder().encode('this is not a Word document at all');
    await expect(parseDocx(garbage)).rejects.toThrow(new UserError('not a valid Word document (not a zip archive)'));
  });

  it('refuses a zip archive without a Word document in it', async () => {
    const zip = new JSZip().file('readme.txt', 'hello');
    await expect(parseDocx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(
      new UserError('not a valid Word document (it has no document part)'),
    );
  });
});
