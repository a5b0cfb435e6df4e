import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../document-builder';
import { appendBlocks } from './dom-blocks';
import { blockTexts, expectValidOffsets } from './fixtures/expect-blocks';

function blocksOf(html: string): [string, string][] {
  const builder = new TextBuilder();
  appendBlocks(new JSDOM(html).window.document.body, builder);
  const doc = builder.build();
  if (doc.blocks.length) expectValidOffsets(doc);
  return blockTexts(doc);
}

describe('appendBlocks', () => {
  it('emits the innermost blocks and keeps text beside them, without repeating any', () => {
    expect(blocksOf('<div>مقدمة <div><p>الأولى</p><p>الثانية</p></div> خاتمة</div>')).toEqual([
      ['paragraph', 'مقدمة'],
      ['paragraph', 'الأولى'],
      ['paragraph', 'الثانية'],
      ['paragraph', 'خاتمة'],
    ]);
  });

  it('gives paragraphs inside quotes and list items the type of their container', () => {
    expect(blocksOf('<blockquote><p>سطر</p><p>آخر</p></blockquote><ol><li><p>بند</p><ul><li>فرعي</li></ul></li></ol>')).toEqual([
      ['quote', 'سطر'],
      ['quote', 'آخر'],
      ['list-item', 'بند'],
      ['list-item', 'فرعي'],
    ]);
  });

  it('joins inline elements as written, reads <br> as a space and collapses whitespace', () => {
    expect(blocksOf('<p>ال<b>كاظ</b>مي\n\t قال<br>إن   الخطة <a href="#">جاهزة</a></p>')).toEqual([
      ['paragraph', 'الكاظمي قال إن الخطة جاهزة'],
    ]);
  });

  it('skips hidden content, scripts, styles, forms, frames and images', () => {
    const html =
      '<p>ظاهر</p><p hidden>مخفي ١</p><div aria-hidden="true">مخفي ٢</div><p style="color: red; display: none">مخفي ٣</p>' +
      '<script>var x = "سكربت"</script><style>p{}</style><form><label>بريد</label></form><iframe>إطار</iframe>' +
      '<p>قبل<img alt="صورة">بعد</p><nav>قائمة</nav>';
    expect(blocksOf(html)).toEqual([
      ['paragraph', 'ظاهر'],
      ['paragraph', 'قبلبعد'],
    ]);
  });

  it('keeps heading levels and reads a table row as one line', () => {
    const builder = new TextBuilder();
    appendBlocks(
      new JSDOM('<h3>جدول</h3><table><tr><th>المدينة</th><th>السكان</th></tr><tr><td>بغداد</td><td>9 ملايين</td></tr></table>')
        .window.document.body,
      builder,
    );
    expect(builder.blocks[0]).toMatchObject({ type: 'heading', level: 3 });
    expect(blockTexts(builder.build()).slice(1)).toEqual([
      ['paragraph', 'المدينة السكان'],
      ['paragraph', 'بغداد 9 ملايين'],
    ]);
  });
});
