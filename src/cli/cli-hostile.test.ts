import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { terminalField, terminalText } from './terminal-text';
import { hamish } from '../../tests/hamish-cli';

/** Any control character but the line break and tab. */
const hasControls = (text: string) =>
  [...text].some((c) => (c < ' ' && c !== '\n' && c !== '\t') || (c >= '\u007f' && c <= '\u009f'));

const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u009b31m';

describe('terminal output', () => {
  it('escapes control characters, keeping line breaks (and in one-line fields, escaping those too)', () => {
    expect(terminalText(`a${ESCAPES}\tb\nc`)).toBe(
      'a\\u001b]0;pwned\\u0007\\u001b[2J\\u001b]52;c;ZXZpbA==\\u0007\\u009b31m\tb\nc',
    );
    expect(terminalField('title\nforged line\r')).toBe('title\\u000aforged line\\u000d');
    // Inside a JSON string the escape means the same character: --json output stays valid and equal.
    const json = JSON.stringify({ title: `x\u009by` });
    expect(JSON.parse(terminalText(json))).toEqual({ title: 'x\u009by' });
  });

  it('list, show, search and notes list never pass a title’s escape sequences to the terminal', async () => {
    const dataDir = await tempDir();
    const folder = await tempDir();
    // Entities: the raw bytes are text, the decoded title carries the escapes.
    const entities = [...ESCAPES].map((c) => `&#${c.charCodeAt(0)};`).join('');
    const body = `<p>الكاظمي ${entities} body text. ${'جملة عربية طويلة عن الأخبار. '.repeat(40)}</p>`;
    await writeFile(
      join(folder, 'evil.html'),
      `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>Evil ${entities} title</title></head><body><article><h1>Evil ${entities} title</h1>${body}${body}</article></body></html>`,
    );
    const added = await hamish('--data-dir', dataDir, 'add', folder);
    expect(added.stderr).toBe('');
    const listed = await hamish('--data-dir', dataDir, 'list');
    const id = listed.stdout.split(' ')[0]!;
    await hamish('--data-dir', dataDir, 'notes', 'add', '--doc', id, '--quote', 'body text', '--note', `n ${ESCAPES}`);
    const outputs = [
      listed,
      await hamish('--data-dir', dataDir, 'show', id),
      await hamish('--data-dir', dataDir, 'search', 'الكاظمي'),
      await hamish('--data-dir', dataDir, 'notes', 'list'),
      await hamish('--data-dir', dataDir, 'list', '--json'),
    ];
    for (const { stdout, stderr } of outputs) {
      expect(hasControls(stdout)).toBe(false);
      expect(hasControls(stderr)).toBe(false);
    }
    expect(outputs.map((o) => o.stdout).join('')).toContain('\\u001b');
  });
});

describe('arguments checked with the API’s schemas', () => {
  it('refuses an empty path, a hexadecimal --limit and a huge query, at once', async () => {
    const dataDir = await tempDir();
    const empty = await hamish('--data-dir', dataDir, 'add', '');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('a path is empty');
    const hex = await hamish('--data-dir', dataDir, 'search', 'x', '--limit', '0x10');
    expect(hex.code).toBe(1);
    expect(hex.stderr).toContain('--limit');
    const words = Array.from({ length: 60_000 }, (_, i) => `كلمة${i}`);
    const started = Date.now();
    const huge = await hamish('--data-dir', dataDir, 'search', ...words);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(huge.code).toBe(2);
    expect(huge.stderr).toContain('too many arguments');
    // Fewer, longer words: the API's limit on the query's length, before the index loads.
    const long = await hamish('--data-dir', dataDir, 'search', ...words.slice(0, 1500));
    expect(long.code).toBe(1);
    expect(long.stderr).toContain('the query is too long');
  });

  it('says in one line that a library file is from a newer Hamish', async () => {
    const dataDir = await tempDir();
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'hamish.json'), JSON.stringify({ version: 99 }));
    for (const argv of [['list'], ['add', seedsDir]]) {
      const { code, stderr } = await hamish('--data-dir', dataDir, ...argv);
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^hamish: .*written by a newer Hamish \(store version 99\); update Hamish/);
    }
  });

  it('restoring a backup lists its watched folders and watches them only with --watch-folders', async () => {
    const from = await tempDir();
    expect((await hamish('--data-dir', from, 'add', seedsDir)).code).toBe(0);
    const out = await tempDir();
    expect((await hamish('--data-dir', from, 'export', '--format', 'json', '--out', out)).code).toBe(0);
    const { readdir } = await import('node:fs/promises');
    const backup = join(
      out,
      (await readdir(out)).find((n) => n.endsWith('.json') && !n.startsWith('.'))!,
    );
    const to = await tempDir();
    const plain = await hamish('--data-dir', to, 'import', backup);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('they are NOT watched');
    expect(plain.stdout).toContain(`  ${seedsDir}\n`);
    const watched = await hamish('--data-dir', to, 'import', backup, '--watch-folders');
    expect(watched.stdout).toContain("watching the backup's folders");
  });
});
