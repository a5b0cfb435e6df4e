import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILE_FILTER, DOCUMENT_FORMATS } from '../../../shared/formats';
import { documentFormatSchema } from '../../../shared/model/document';
import { tempDir } from '../../../../tests/temp-dir';
import { loadDocument } from '../load-document';
import { formatOfPath, formatsHelpLine, READERS, SUPPORTED_EXTENSIONS } from '.';

const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
/** The README's "What Hamish reads" table, as the text between its heading and the next one. */
const readsTable = readme.slice(
  readme.indexOf('## What Hamish reads'),
  readme.indexOf('\n## ', readme.indexOf('## What Hamish reads') + 1),
);

describe('the format registry', () => {
  const readers = Object.values(READERS);

  it('has a reader for every format, under its own key', () => {
    expect(Object.keys(READERS).sort()).toEqual(Object.keys(DOCUMENT_FORMATS).sort());
    for (const [key, reader] of Object.entries(READERS)) expect(reader.format).toBe(key);
    expect(documentFormatSchema.options.sort()).toEqual(Object.keys(DOCUMENT_FORMATS).sort());
  });

  it('lists every extension everywhere formats are listed', () => {
    const help = formatsHelpLine();
    for (const reader of readers) {
      expect(help).toContain(reader.label);
      for (const ext of reader.extensions) {
        expect(SUPPORTED_EXTENSIONS.split(', ')).toContain(ext);
        expect(ARTICLE_FILE_FILTER.extensions).toContain(ext.slice(1));
        expect(help).toContain(ext);
        expect(readsTable).toContain(`\`${ext}\``);
        expect(formatOfPath(`/some/dir/File${ext.toUpperCase()}`)).toBe(reader.format);
      }
    }
    expect(formatOfPath('/notes/picture.png')).toBeNull();
    expect(formatOfPath('/notes/README')).toBeNull();
  });

  it('gives no extension to two formats', () => {
    const all = readers.flatMap((r) => r.extensions);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('loadDocument', () => {
  it('reads .text files as plain text and .xhtml files as web pages', async () => {
    const dir = await tempDir();
    const text = join(dir, 'report.text');
    await writeFile(text, 'عنوان التقرير\nالفقرة الأولى من التقرير.\n');
    const page = join(dir, 'page.xhtml');
    await writeFile(
      page,
      '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="ar"><head><meta charset="utf-8"/><title>صفحة</title></head>' +
        '<body><article><h1>عنوان الصفحة</h1><p>هذه فقرة من صفحة محفوظة، فيها نص عربي كاف ليقرأه القارئ.</p></article></body></html>',
    );
    const loadedText = await loadDocument(text);
    expect(loadedText.format).toBe('txt');
    expect(loadedText.encoding).toBe('utf-8');
    expect(loadedText.parsed.declaredTitle).toBe('عنوان التقرير');
    const loadedPage = await loadDocument(page);
    expect(loadedPage.format).toBe('html');
    expect(loadedPage.parsed.text).toContain('هذه فقرة من صفحة محفوظة');
  });

  it('names every extension it reads when refusing a file', async () => {
    await expect(loadDocument('/tmp/picture.png')).rejects.toThrow(/\.text.*\.xhtml/);
  });
});
