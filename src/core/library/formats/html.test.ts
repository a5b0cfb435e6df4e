import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/errors';
import { blockTexts, expectValidOffsets } from './fixtures/expect-blocks';
import { parseHtml } from './html';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseHtml on a saved Arabic news page', () => {
  const doc = parseHtml(fixture('news-page.html'), 'https://aawsat.example/article/123');

  it('keeps the article as headings, paragraphs, a quote and list items in page order', () => {
    expect(blockTexts(doc)).toEqual([
      ['heading', 'العراق يعلن خطة جديدة لإدارة المياه'],
      [
        'paragraph',
        'أعلنت الحكومة العراقية، يوم الأحد، خطة وطنية جديدة لإدارة الموارد المائية تمتد حتى عام ٢٠٣٠، في ظل تراجع مناسيب نهري دجلة والفرات إلى مستويات غير مسبوقة منذ عقود.',
      ],
      [
        'paragraph',
        'وقال وزير الموارد المائية، في مؤتمر صحافي ببغداد، إن الخطة تستهدف ري 1.8 مليون دونم من الأراضي الزراعية بطرق حديثة، وخفض الهدر بنسبة 30% خلال خمس سنوات.',
      ],
      [
        'paragraph',
        'وأشار الخبير الهولندي Jan van der Berg، الذي شارك في إعداد الدراسة، إلى أن العراق فقد نحو 40% من أراضيه الزراعية خلال العقدين الماضيين بسبب الجفاف والتصحر.',
      ],
      ['heading', 'تعاون إقليمي'],
      [
        'paragraph',
        'وتتضمن الخطة التفاوض مع تركيا وإيران على حصص مائية عادلة، إذ تأتي أكثر من ٧٠٪ من مياه العراق من خارج حدوده، بحسب بيانات وزارة الموارد المائية لعام ٢٠٢٥.',
      ],
      ['quote', '«لن نقبل بأن يتحول العراق إلى بلد بلا أنهار، والمياه قضية أمن وطني» — رئيس الوزراء'],
      ['paragraph', 'وحددت الوزارة ثلاث أولويات رئيسية للمرحلة الأولى من الخطة:'],
      ['list-item', 'تبطين قنوات الري الرئيسية في محافظات الوسط والجنوب.'],
      ['list-item', 'إنشاء سدود حصاد مياه الأمطار في الصحراء الغربية.'],
      ['list-item', 'تحلية مياه البحر في البصرة بطاقة 1.2 مليون متر مكعب يوميا.'],
      [
        'paragraph',
        'ويرى مراقبون أن نجاح الخطة مرهون بتوفير التمويل اللازم، المقدر بنحو 12 مليار دولار، وبقدرة الحكومة على تنفيذ المشاريع بعيدا عن الفساد الإداري.',
      ],
    ]);
    expect(doc.blocks.filter((b) => b.type === 'heading').map((b) => b.level)).toEqual([1, 2]);
    expectValidOffsets(doc);
  });

  it.each([
    ['the menu', 'قائمة'],
    ['ads', 'إعلان'],
    ['the cookie banner', 'ملفات تعريف الارتباط'],
    ['inline scripts', 'بالسكربت'],
    ['script code', 'dataLayer'],
    ['the footer script', 'سكربت التذييل'],
    ['the tracking pixel', 'بكسل'],
    ['the refresh target', 'evil.example'],
    ['the iframe', 'إطار الفيديو'],
    ['the newsletter form', 'النشرة البريدية'],
    ['related links', 'رابط ذو صلة'],
    ['the share bar', 'شارك على'],
    ['comments', 'تعليق القارئ'],
    ['the footer', 'جميع الحقوق'],
    ['hidden text', 'نص مخفي'],
    ['stylesheet content', 'نص من الأنماط'],
  ])('leaves out %s', (_what, fragment) => {
    expect(doc.text).not.toContain(fragment);
  });

  it('declares the title without the outlet, the outlet, author, ISO date, language and direction', () => {
    expect(doc.meta).toEqual({
      title: 'العراق يعلن خطة جديدة لإدارة المياه',
      outlet: 'الشرق الأوسط',
      author: 'فاضل النشمي',
      date: '2025-10-12T08:30:00+03:00',
      lang: 'ar',
      dir: 'rtl',
    });
    expect(doc.declaredTitle).toBe('العراق يعلن خطة جديدة لإدارة المياه');
  });
});

describe('parseHtml metadata fallbacks', () => {
  it('takes the outlet from the <title> suffix when there are no Open Graph tags', () => {
    const doc = parseHtml(fixture('english-page.html'));
    expect(doc.meta).toEqual({ title: 'Story title', outlet: 'The Outlet' });
    expect(doc.declaredTitle).toBe('Story title');
    expect(blockTexts(doc)[0]).toEqual(['heading', 'Story title']);
    expect(doc.text).toContain('4.5 million pounds');
    expect(doc.text).not.toContain('Home');
    expectValidOffsets(doc);
  });

  const page = (head: string, body: string) =>
    `<!DOCTYPE html><html><head>${head}</head><body><article>${body}<p>${'A sentence of article text, long enough to read. '.repeat(12)}</p></article></body></html>`;

  it('strips an outlet an og:title repeats, and reads the em-dash <title> form', () => {
    const og = parseHtml(
      page('<meta property="og:title" content="Headline | Outlet"><meta property="og:site_name" content="Outlet">', ''),
    );
    expect(og.meta).toMatchObject({ title: 'Headline', outlet: 'Outlet' });
    const dash = parseHtml(page('<title>Headline — Daily News</title>', ''));
    expect(dash.meta).toMatchObject({ title: 'Headline', outlet: 'Daily News' });
  });

  it('does not mistake the second half of a headline for an outlet', () => {
    const doc = parseHtml(page('<title>Ministers agree - after twelve hours of talks in Geneva on Sunday night</title>', ''));
    expect(doc.meta?.title).toBe('Ministers agree - after twelve hours of talks in Geneva on Sunday night');
    expect(doc.meta?.outlet).toBeUndefined();
  });

  it('normalises dates to ISO 8601 and finds them in <time> when the head has none', () => {
    expect(parseHtml(page('<meta name="pubdate" content="October 12, 2025">', '')).meta?.date).toBe('2025-10-12');
    expect(parseHtml(page('', '<time datetime="2025-03-01 10:15">1 March</time>')).meta?.date).toBe('2025-03-01T10:15');
    expect(parseHtml(page('<meta name="date" content="not a date">', '')).meta?.date).toBeUndefined();
  });

  it('reads the language from og:locale and ignores an author that is a profile URL', () => {
    const doc = parseHtml(
      page(
        '<meta property="og:locale" content="ar_EG"><meta property="article:author" content="https://facebook.com/someone">',
        '',
      ),
    );
    expect(doc.meta?.lang).toBe('ar-EG');
    expect(doc.meta?.author).toBeUndefined();
  });
});

describe('parseHtml without an article', () => {
  it('refuses a page with no text, without running its scripts', () => {
    expect(() => parseHtml(fixture('no-article-page.html'))).toThrow(new UserError('the web page has no article text'));
  });

  it('reads the body of a short page, still without menus, header and footer', () => {
    const doc = parseHtml(
      '<html><body><header>Site name</header><nav>Menu</nav><div>Only a short note.</div><footer>Copyright</footer></body></html>',
    );
    expect(blockTexts(doc)).toEqual([['paragraph', 'Only a short note.']]);
  });

  it('keeps a page that is only a headline, which Readability drops as a repeat of the title', () => {
    const doc = parseHtml('<html><head><title>Notice</title></head><body><nav>Menu</nav><h1>Notice</h1></body></html>');
    expect(blockTexts(doc)).toEqual([['heading', 'Notice']]);
  });
});

describe('parseHtml within bounds', () => {
  it('reads a page too big for Readability to be quick whole, its menus and comments removed', () => {
    const rows = '<div class="row"><p>فقرة من صفحة كبيرة جداً فيها <b>نص</b> كثير.</p></div>\n'.repeat(6000);
    const doc = parseHtml(
      `<html><head><title>صفحة كبيرة</title></head><body><nav>القائمة الرئيسية</nav><article>${rows}</article>` +
        '<div class="comments">تعليق القراء</div></body></html>',
    );
    expect(doc.blocks.length).toBe(6000);
    expect(doc.text).not.toContain('القائمة الرئيسية');
    expect(doc.text).not.toContain('تعليق القراء');
  });

  it('refuses a page nested deeper than the bound before Readability runs', () => {
    const page = `<html><body>${'<section>'.repeat(300)}<p>نص</p>${'</section>'.repeat(300)}</body></html>`;
    const started = performance.now();
    expect(() => parseHtml(page)).toThrow(new UserError("the page's elements are nested more than 200 deep"));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
