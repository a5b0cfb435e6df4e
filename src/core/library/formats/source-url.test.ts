// A document's source URL as each format declares it (issue 15): Markdown front matter url or
// source, a saved page's canonical link or og:url (or the "saved from" comment), EPUB and DOCX
// metadata. Only http(s) addresses count.
import { describe, expect, it } from 'vitest';
import { parseDocx } from './docx';
import { parseEpub } from './epub';
import { buildDocx, buildEpub, xhtmlChapter } from './fixtures/office-files';
import { parseHtml } from './html';
import { parseMarkdown } from './markdown';
import { webUrl } from './web-url';

const article =
  '<article><h1>عنوان</h1><p>فقرة أولى طويلة بما يكفي ليعدّها المستخرج نص مقال حقيقي، وفيها تفاصيل الخبر كله.</p><p>فقرة ثانية تكمل الخبر وتذكر المصدر والتاريخ وما قاله المسؤولون في المؤتمر الصحفي.</p></article>';

describe('source URL', () => {
  it('reads Markdown front matter url, or source when it is an address (else source is the outlet)', () => {
    expect(parseMarkdown('---\nurl: https://www.youm7.com/story/1\n---\nنص').meta?.url).toBe('https://www.youm7.com/story/1');
    const clipped = parseMarkdown('---\nsource: "https://aljazeera.net/news/2"\n---\nنص').meta;
    expect(clipped?.url).toBe('https://aljazeera.net/news/2');
    expect(clipped?.outlet).toBeUndefined();
    const named = parseMarkdown('---\nsource: الجزيرة نت\n---\nنص').meta;
    expect(named?.outlet).toBe('الجزيرة نت');
    expect(named?.url).toBeUndefined();
  });

  it("reads a saved page's canonical link, then og:url, then the saved-from comment", () => {
    const page = (head: string, before = '') =>
      `${before}<html><head><title>t</title>${head}</head><body>${article}</body></html>`;
    expect(
      parseHtml(page('<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">'))
        .meta?.url,
    ).toBe('https://a.example/x');
    expect(parseHtml(page('<meta property="og:url" content="https://b.example/y">')).meta?.url).toBe('https://b.example/y');
    expect(parseHtml(page('', '<!-- saved from url=(0025)https://c.example/z/w -->')).meta?.url).toBe('https://c.example/z/w');
    expect(parseHtml(page('<link rel="canonical" href="javascript:alert(1)">')).meta?.url).toBeUndefined();
  });

  it('reads an EPUB dc:source or web dc:identifier, and a DOCX dc:identifier', async () => {
    const epub = await buildEpub({
      metadata:
        '<dc:identifier id="uid">urn:uuid:1</dc:identifier><dc:title>كتاب</dc:title><dc:source>https://books.example/1</dc:source>',
      manifest: [{ id: 'c1', href: 'c1.xhtml', source: xhtmlChapter('ف', '<p>نص الفصل.</p>') }],
      spine: ['c1'],
    });
    expect((await parseEpub(epub)).meta?.url).toBe('https://books.example/1');
    const docx = await buildDocx([{ text: 'نص.' }], { identifier: 'https://news.example/report' });
    expect((await parseDocx(docx)).meta?.url).toBe('https://news.example/report');
  });

  it('keeps only http(s) addresses without credentials', () => {
    expect(webUrl('file:///etc/passwd')).toBeUndefined();
    expect(webUrl('urn:isbn:123')).toBeUndefined();
    expect(webUrl('https://user:pw@x.example/')).toBeUndefined();
    expect(webUrl('/relative', 'https://x.example/a/b')).toBe('https://x.example/relative');
  });
});
