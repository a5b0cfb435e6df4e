import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/temp-dir';
import { UserError } from '../../shared/errors';
import { decompressText } from '../search/text-blob';
import { ParsePool } from './parse-pool';

describe('ParsePool', () => {
  it('blames only the file that hit the time limit: the files queued behind it are read by a new worker', async () => {
    const dir = await tempDir();
    const slow = join(dir, 'slow.html');
    await writeFile(slow, `<html><body>${`<p>${'<span>a</span>'.repeat(10)}</p>\n`.repeat(1200)}</body></html>`);
    const fine = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const path = join(dir, `fine-${n}.txt`);
        await writeFile(path, `عنوان ${n}\nنص قصير رقم ${n}.`);
        return path;
      }),
    );
    const pool = new ParsePool({ workers: 1, timeLimitMs: 500 });
    try {
      const results = await Promise.allSettled([slow, ...fine].map((path) => pool.load(path)));
      expect(results[0]).toMatchObject({ status: 'rejected', reason: new UserError('took longer than 0.5 s to read (stopped)') });
      for (const result of results.slice(1)) expect(result.status).toBe('fulfilled');
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('reports a missing file as the library reports system errors (not remembered as the file’s fault)', async () => {
    const pool = new ParsePool({ workers: 1 });
    try {
      const error = (await pool.load('/nonexistent/hamish/file.txt').catch((e: unknown) => e)) as Error & { code?: string };
      expect(error).not.toBeInstanceOf(UserError);
      expect(error.code).toBe('ENOENT');
    } finally {
      await pool.close();
    }
  });

  it('lets idle workers go on release, and starts one again for the next file; an import gets no blocks back', async () => {
    const dir = await tempDir();
    const path = join(dir, 'article.md');
    await writeFile(path, '# عنوان\n\nفقرة أولى.\n\nفقرة ثانية.');
    const pool = new ParsePool({ workers: 1 });
    try {
      const opened = await pool.load(path);
      expect(opened.loaded.parsed.blocks.length).toBeGreaterThan(1);
      pool.release();
      const imported = await pool.load(path, { analyze: true });
      expect(imported.loaded.parsed.text).toBe(opened.loaded.parsed.text);
      expect(imported.loaded.parsed.blocks).toEqual([]);
      expect(imported.analysis?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await pool.close();
    }
  });

  it('compresses an analysed text for the search index only with the dictionary asked for, and it reads back whole', async () => {
    const dir = await tempDir();
    const path = join(dir, 'article.md');
    await writeFile(path, '# عنوان التقرير\n\nقالت الحكومة إن الموازنة ستُقر، وإن 9,000 موظف سيُعيَّنون.\n\nفقرة ثانية.');
    const dictionary = { id: 7, bytes: new TextEncoder().encode('الحكومة الموازنة') };
    const pool = new ParsePool({ workers: 1 });
    try {
      const plain = await pool.load(path, { analyze: true });
      pool.setTextDictionary(dictionary);
      const compressed = await pool.load(path, { analyze: true, compressWith: 7 });
      const otherDictionary = await pool.load(path, { analyze: true, compressWith: 6 });
      expect(plain.compressed).toBeUndefined();
      expect(compressed.loaded.parsed.text).toBe('');
      expect(compressed.compressed?.dictionaryId).toBe(7);
      expect(decompressText(compressed.compressed!.blob, dictionary.bytes)).toBe(plain.loaded.parsed.text);
      // A dictionary the worker does not have: the text comes back as text.
      expect(otherDictionary.compressed).toBeUndefined();
      expect(otherDictionary.loaded.parsed.text).toBe(plain.loaded.parsed.text);
      // The index terms come back with the analysis: every word, numbered by its distinct term.
      const { terms, title, dir: direction } = compressed.analysis!;
      expect(title).toBe('عنوان التقرير');
      expect(direction).toBe('rtl');
      const found = Array.from(terms.ids, (id) => terms.vocabulary[id]);
      expect(found).toEqual(expect.arrayContaining(['عنوان', 'الحكومه', 'الموازنه', '9000']));
      // The worker sent only the words its vocabulary did not have: the same file again adds none.
      expect(terms.vocabulary).toBe(otherDictionary.analysis!.terms.vocabulary);
      expect(Array.from(otherDictionary.analysis!.terms.ids, (id) => terms.vocabulary[id])).toEqual(found);
      expect(terms.vocabulary.filter((w) => w === 'الحكومه')).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });
});
