import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { runCli } from './cli';
import { hamish } from '../../tests/hamish-cli';

describe('hamish CLI', () => {
  it('adds, lists and shows documents as JSON', async () => {
    const dataDir = await tempDir();
    const added = await hamish('--data-dir', dataDir, 'add', seedsDir, '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({ added: 2, updated: 0, skipped: 0, errors: [] });

    const listed = await hamish('list', '--json', '--data-dir', dataDir);
    const docs = JSON.parse(listed.stdout) as { id: string; title: string; path: string; words: number; lang: string }[];
    expect(docs).toHaveLength(2);
    expect(Object.keys(docs[0]!).sort()).toEqual(
      ['author', 'date', 'dir', 'encoding', 'format', 'id', 'lang', 'missing', 'outlet', 'path', 'title', 'words'].sort(),
    );
    expect(docs[0]).toMatchObject({ dir: 'rtl', format: 'txt', encoding: 'utf-8', missing: false });

    const shown = await hamish('--data-dir', dataDir, 'show', docs[0]!.id, '--json');
    expect(shown.stderr).toBe('');
    const doc = JSON.parse(shown.stdout) as { text: string; title: string };
    expect(doc.title).toBe(docs[0]!.title);
    expect(doc.text).toContain('الكاظمي');
    expect((doc as unknown as { blocks: unknown[] }).blocks.length).toBeGreaterThan(5);

    const removed = await hamish('--data-dir', dataDir, 'remove', docs[0]!.id);
    expect(removed).toMatchObject({ code: 0, stdout: 'removed 1 document\n' });
    expect(JSON.parse((await hamish('--data-dir', dataDir, 'list', '--json')).stdout)).toHaveLength(1);
    expect(await hamish('--data-dir', dataDir, 'remove', 'nope')).toMatchObject({ code: 1 });
  });

  it('reads the data folder from HAMISH_DATA_DIR', async () => {
    const dataDir = await tempDir();
    let stdout = '';
    const ctx = {
      appRoot: '.',
      version: 'x',
      env: { HAMISH_DATA_DIR: dataDir },
      stdout: (t: string) => (stdout += t),
      stderr: () => {},
    };
    await runCli(['add', seedsDir], ctx);
    stdout = '';
    await runCli(['list', '--json'], ctx);
    expect(JSON.parse(stdout)).toHaveLength(2);
  });

  it('exits non-zero with a one-line reason per bad path', async () => {
    const dataDir = await tempDir();
    const folder = await tempDir();
    await writeFile(join(folder, 'x.bin'), 'x');
    const result = await hamish('--data-dir', dataDir, 'add', join(folder, 'nope.txt'), folder, '--json');
    expect(result.code).toBe(1);
    // The report lists refused paths in path order.
    expect(JSON.parse(result.stdout)).toMatchObject({
      added: 0,
      errors: [{ path: folder }, { reason: 'no such file or folder' }],
    });
    expect(result.stderr.trim().split('\n')).toEqual([
      `hamish: ${folder}: no articles in this folder (Hamish reads .txt, .text, .md, .markdown, .html, .htm, .xhtml, .docx, .epub)`,
      `hamish: ${join(folder, 'nope.txt')}: no such file or folder`,
    ]);
  });

  it('explains usage errors in one line', async () => {
    const dataDir = await tempDir();
    expect(await hamish('--data-dir', dataDir, 'show', 'missing-id')).toMatchObject({
      code: 1,
      stderr: 'hamish: No document with id "missing-id" in the library\n',
    });
    expect((await hamish('frobnicate')).stderr).toBe('hamish: unknown command "frobnicate" (see hamish --help)\n');
    expect((await hamish('--frob')).code).toBe(2);
    expect((await hamish('--help')).stdout).toContain('serve [--port N] [--no-open]');
    expect((await hamish('list', '--data-dir', dataDir)).stdout).toContain('The library is empty');
  });
});
