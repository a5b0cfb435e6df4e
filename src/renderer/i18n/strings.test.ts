import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { translateReason } from './reasons';
import { ar, en } from './resources';
import { formatNumber, strings } from './strings';

const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';
const inArabic = () => void i18next.changeLanguage('ar');

afterEach(() => void i18next.changeLanguage('en'));

describe('interface strings', () => {
  it('has every message in Arabic', () => {
    const arKeys = new Set(Object.keys(ar));
    const missing = Object.keys(en).filter((key) => {
      const plural = /_(one|other)$/.exec(key);
      return !arKeys.has(key) && !(plural && arKeys.has(key.replace(/_(one|other)$/, '_other')));
    });
    expect(missing).toEqual([]);
  });

  it('isolates an embedded title, so quote marks stay around an Arabic title in English', () => {
    expect(strings.confirmRemove('الكاظمي يرسم ملامح المواجهة')).toBe(
      `Remove “${FSI}الكاظمي يرسم ملامح المواجهة${PDI}” from the library? The file itself stays on disk.`,
    );
    inArabic();
    expect(strings.confirmRemove('Baghdad briefing')).toBe(
      `أتحذف «${FSI}Baghdad briefing${PDI}» من المكتبة؟ يبقى الملف نفسه على القرص.`,
    );
  });

  it('isolates only what has letters of the other direction, so accessible names stay plain', () => {
    expect(strings.t('highlightIn', { color: 'yellow' })).toBe('Highlight in yellow');
    expect(strings.t('stopWatching', { path: '/home/r/مقالات' })).toBe(`Stop watching ${FSI}/home/r/مقالات${PDI}`);
    inArabic();
    expect(strings.t('highlightIn', { color: 'الأصفر' })).toBe('ظلّل باللون الأصفر');
    expect(strings.t('removeLabel', { title: 'Baghdad briefing' })).toBe(`احذف «${FSI}Baghdad briefing${PDI}» من المكتبة`);
  });

  it('leaves numbers in the message (in its digits) and names read out only as they are', () => {
    inArabic();
    expect(strings.findCount(4, 10)).toBe(`${formatNumber(4)} من ${formatNumber(10)}`);
    expect(strings.label('removeLabel', { title: 'x' })).toBe('احذف «x» من المكتبة');
  });

  it('says why a file was refused in the interface language, its path isolated left-to-right', () => {
    inArabic();
    expect(strings.refusedFile('/مقالات/ملف.bin', 'not a text file (it contains binary data)')).toBe(
      `${LRI}/مقالات/ملف.bin${PDI}: ليس ملفًا نصيًا (فيه بيانات ثنائية)`,
    );
    expect(strings.refusedFile('/a/b.pdf', 'unsupported file type ".pdf" (Hamish reads .txt, .md)')).toBe(
      `${LRI}/a/b.pdf${PDI}: نوع ملف غير مدعوم «${FSI}.pdf${PDI}» (يقرأ هامش ${FSI}.txt, .md${PDI})`,
    );
    // Unknown reasons come as they are, isolated too.
    expect(strings.refusedFile('/a', 'something new')).toBe(`${LRI}/a${PDI}: ${FSI}something new${PDI}`);
  });

  it('says a known error in the interface language and isolates one it does not know', () => {
    inArabic();
    expect(strings.error('Cannot open "Report": file is empty (/a/r.txt)')).toBe(
      `تعذّر فتح «${FSI}Report${PDI}»: الملف فارغ (${LRI}/a/r.txt${PDI})`,
    );
    expect(strings.error('something new went wrong')).toBe(`${FSI}something new went wrong${PDI}`);
    expect(strings.error('Invalid arguments for exportNotes: out: choose a folder to export to')).toBe('اختر مجلدًا للتصدير إليه');
    expect(strings.error('No notes are tagged "أرقام"')).toBe('لا ملاحظات موسومة «أرقام»');
  });

  it('knows the errors the interface can meet beyond a file’s reasons, as the core words them', () => {
    const errors = [
      'No document with id "abc" in the library',
      'No note or highlight with id "n1"',
      'There are no notes to export yet',
      'No notes are tagged "x"',
      'The library is empty: there is nothing to cite',
      'Invalid arguments for exportComparison: out: choose a folder to export to',
      'choose two different documents to compare',
      'Pinned paragraphs must follow the same order on both sides',
      'select some text to highlight',
      'a link joins passages of two different documents',
      'your notes are open read-only (or closed): changes cannot be saved',
      'earlier changes to your notes are not saved yet; try again once they are',
      'your notes are being rewritten by the running app; try again in a moment',
      'a note was edited inside the part Hamish writes since the last export, so nothing was exported: a.md. Move…',
      '3 notes were edited inside the part Hamish writes since the last export, so nothing was exported: a.md. Move…',
    ];
    const t = (key: string) => i18next.t(key, { lng: 'ar' });
    expect(errors.filter((error) => translateReason(error, t) === null)).toEqual([]);
  });

  it('knows every reason the import gives', () => {
    const reasons = [
      'no such file or folder',
      'permission denied',
      'symbolic link loop',
      'is a folder',
      'too many open files; try again',
      'not a regular file',
      'file is empty',
      'file has no text',
      'the web page has no article text',
      'not a text file (it contains binary data)',
      'cannot tell its text encoding (not UTF-8, UTF-16, Windows-1256 or ISO-8859-6)',
      'starts with a UTF-16LE byte-order mark but is not valid UTF-16LE',
      'not valid UTF-8: the bytes at offset 12 are damaged (the rest reads as UTF-8)',
      'file is larger than the 50 MB limit (61.2 MB)',
      'file grew past the 50 MB limit while it was read',
      'unsupported file type ".pdf" (Hamish reads .txt)',
      'not a valid Word document (no word/document.xml)',
      'not a valid EPUB (its spine lists no chapters)',
      'the page has more than 60,000 elements',
      "the page's elements are nested more than 200 deep",
      'needed more than 512 MB of memory to read (stopped)',
      'took longer than 30 s to read (stopped)',
      'the reader stopped unexpectedly',
      'the reader failed: boom',
      'file is empty (not read again until the file changes)',
    ];
    const t = (key: string) => i18next.t(key, { lng: 'ar' });
    expect(reasons.filter((reason) => translateReason(reason, t) === null)).toEqual([]);
    expect(
      translateReason("the page's elements are nested more than 200 deep", (key, o) => i18next.t(key, { ...o, lng: 'ar' })),
    ).toBe('عناصر الصفحة متداخلة أعمق من 200 مستوى');
  });
});
