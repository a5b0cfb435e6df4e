import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/errors';
import { parseEpub } from './epub';
import { blockTexts, expectValidOffsets } from './fixtures/expect-blocks';
import { buildEpub, xhtmlChapter, type EpubOptions } from './fixtures/office-files';
import { MAX_ENTRY_BYTES } from './zip-archive';

const METADATA =
  '<dc:identifier id="uid">urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427</dc:identifier>' +
  '<dc:title>ملف المياه في العراق</dc:title>' +
  '<dc:creator>فاضل النشمي</dc:creator>' +
  '<dc:date>2025-10-12</dc:date>' +
  '<dc:language>ar</dc:language>' +
  '<dc:publisher>الشرق الأوسط</dc:publisher>';

const chapter1 = xhtmlChapter(
  'الفصل الأول',
  '<section epub:type="chapter"><h1>الفصل الأول: الأنهار</h1>' +
    '<p>تراجع منسوب نهر دجلة بنسبة 40% منذ عام ٢٠٢٠.</p>' +
    '<blockquote><p>«المياه قضية أمن وطني»</p></blockquote>' +
    '<img src="river.jpg" alt="صورة النهر"/></section>',
);
const chapter2 = xhtmlChapter(
  'الفصل الثاني',
  '<h2>الفصل الثاني: الحلول</h2><ul><li>تبطين القنوات.</li><li>تحلية <em>مياه</em> البحر.</li></ul>',
);

const book = (overrides: Partial<EpubOptions> = {}) =>
  buildEpub({
    metadata: METADATA,
    manifest: [
      { id: 'chapter2', href: 'text/chapter%202.xhtml', source: chapter2 },
      { id: 'chapter1', href: 'text/chapter1.xhtml', source: chapter1 },
    ],
    spine: ['chapter1', 'chapter2'],
    spineAttributes: 'page-progression-direction="rtl"',
    ...overrides,
  });

describe('parseEpub', () => {
  it('joins the chapters in spine order, keeping their headings as heading blocks', async () => {
    const doc = await parseEpub(await book());
    expect(blockTexts(doc)).toEqual([
      ['heading', 'الفصل الأول: الأنهار'],
      ['paragraph', 'تراجع منسوب نهر دجلة بنسبة 40% منذ عام ٢٠٢٠.'],
      ['quote', '«المياه قضية أمن وطني»'],
      ['heading', 'الفصل الثاني: الحلول'],
      ['list-item', 'تبطين القنوات.'],
      ['list-item', 'تحلية مياه البحر.'],
    ]);
    expect(doc.blocks.filter((b) => b.type === 'heading').map((b) => b.level)).toEqual([1, 2]);
    expect(doc.text).not.toContain('صورة النهر');
    expectValidOffsets(doc);
  });

  it('declares the package metadata: title, author, date, language, publisher and direction', async () => {
    const doc = await parseEpub(await book());
    expect(doc.meta).toEqual({
      title: 'ملف المياه في العراق',
      author: 'فاضل النشمي',
      date: '2025-10-12',
      lang: 'ar',
      outlet: 'الشرق الأوسط',
      dir: 'rtl',
    });
    expect(doc.declaredTitle).toBe('ملف المياه في العراق');
  });

  it('reads a chapter that is not well-formed XML with the HTML parser', async () => {
    const broken = '<html><body><h1>عنوان</h1><p>سطر&nbsp;أول<br>سطر ثان<p>فقرة غير مغلقة</body></html>';
    const doc = await parseEpub(await book({ manifest: [{ id: 'c', href: 'c.html', source: broken }], spine: ['c'] }));
    expect(blockTexts(doc)).toEqual([
      ['heading', 'عنوان'],
      ['paragraph', 'سطر أول سطر ثان'],
      ['paragraph', 'فقرة غير مغلقة'],
    ]);
    expect(doc.declaredTitle).toBe('ملف المياه في العراق');
  });

  it('does not expand entities a chapter declares', async () => {
    const source =
      '<!DOCTYPE html [<!ENTITY boom "EXPANDED">]><html xmlns="http://www.w3.org/1999/xhtml"><body><p>a &boom; b</p></body></html>';
    const doc = await parseEpub(await book({ manifest: [{ id: 'c', href: 'c.xhtml', source }], spine: ['c'] }));
    expect(doc.text).not.toContain('EXPANDED');
  });

  it('refuses bytes that are not a zip archive', async () => {
    const garbage = new Uint8Array(256).map((_, i) => (i * 37) % 251);
    await expect(parseEpub(garbage)).rejects.toThrow(new UserError('not a valid EPUB (not a zip archive)'));
  });

  it('refuses a zip archive without container.xml or without chapters', async () => {
    const empty = await new JSZip().file('mimetype', 'application/epub+zip').generateAsync({ type: 'uint8array' });
    await expect(parseEpub(empty)).rejects.toThrow(new UserError('not a valid EPUB (no META-INF/container.xml)'));
    await expect(parseEpub(await book({ spine: [] }))).rejects.toThrow(
      new UserError('not a valid EPUB (its spine lists no chapters)'),
    );
  });
});

describe('parseEpub against zip bombs', () => {
  const bomb = (async () => {
    const huge = new Uint8Array(MAX_ENTRY_BYTES + 1).fill(0x20);
    return book({ extra: { 'OEBPS/text/chapter1.xhtml': huge } });
  })();

  it('refuses an entry that declares more than 50 MB uncompressed', async () => {
    await expect(parseEpub(await bomb)).rejects.toThrow(
      new UserError('not a valid EPUB (OEBPS/text/chapter1.xhtml is larger than 50 MB uncompressed)'),
    );
  });

  it('stops inflating an entry that lies about its size', async () => {
    const bytes = (await bomb).slice();
    const view = new DataView(bytes.buffer);
    // Rewrite the declared size of every entry over the limit, in local and central headers alike.
    for (let i = 0; i + 46 <= bytes.length; i++) {
      const signature = view.getUint32(i, true);
      const sizeAt = signature === 0x04034b50 ? i + 22 : signature === 0x02014b50 ? i + 24 : -1;
      if (sizeAt > 0 && view.getUint32(sizeAt, true) > MAX_ENTRY_BYTES) view.setUint32(sizeAt, 1000, true);
    }
    await expect(parseEpub(bytes)).rejects.toThrow(
      new UserError('not a valid EPUB (OEBPS/text/chapter1.xhtml is larger than 50 MB uncompressed)'),
    );
  });
});
