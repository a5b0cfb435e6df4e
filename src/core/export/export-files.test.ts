import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { HamishCore } from '../container';
import { openDeepLink } from '../../shared/routes';
import { readTemplate } from './export-files';
import { documentMarkdown, fileNameFor } from './markdown-export';

const posix = process.platform !== 'win32';

/** No lone surrogate (what a cut pair leaves). */
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

async function coreWithNote() {
  const dataDir = await tempDir();
  const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
  await core.library.add([seedsDir]);
  const doc = core.library.list()[0]!;
  await core.annotations.add({ docId: doc.id, kind: 'note', note: 'ملاحظة' });
  return { core, doc };
}

describe('export templates', () => {
  it('reads a small regular text file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 't.mustache'), '# {{title}}');
    expect(await readTemplate(join(dir, 't.mustache'))).toBe('# {{title}}');
  });

  it('refuses other extensions, folders, big files and symbolic links', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'id_rsa'), 'secret');
    await expect(readTemplate(join(dir, 'id_rsa'))).rejects.toThrow(/a template is a text file named/);
    await mkdir(join(dir, 'folder.md'));
    await expect(readTemplate(join(dir, 'folder.md'))).rejects.toThrow(/not a regular file/);
    await writeFile(join(dir, 'big.md'), 'x'.repeat(1024 * 1024 + 1));
    await expect(readTemplate(join(dir, 'big.md'))).rejects.toThrow(/larger than 1 MB/);
    if (posix) {
      await symlink(join(dir, 'id_rsa'), join(dir, 'link.md'));
      await expect(readTemplate(join(dir, 'link.md'))).rejects.toThrow(/symbolic link/);
    }
  });

  it.skipIf(!posix)('refuses a FIFO and a device without hanging', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const started = Date.now();
    await expect(readTemplate(join(dir, 'pipe.md'))).rejects.toThrow(/not a regular file/);
    await symlink('/dev/zero', join(dir, 'zero.md'));
    await expect(readTemplate(join(dir, 'zero.md'))).rejects.toThrow(/symbolic link/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('export files', () => {
  it('never replaces a file it did not write, but updates its own note in place', async () => {
    const { core, doc } = await coreWithNote();
    const out = await tempDir();
    const name = fileNameFor(doc.title, new Set());
    await writeFile(join(out, name), 'my own note, not Hamish’s');
    const [first] = await core.exports.markdown(out);
    expect(first).toBe(join(out, name.replace(/\.md$/, ' (2).md')));
    expect(await readFile(join(out, name), 'utf8')).toBe('my own note, not Hamish’s');
    // Exporting again replaces what it wrote itself (unchanged since).
    const [second] = await core.exports.markdown(out);
    expect(second).toBe(first);
    // A file of that name without the note's own hamish:// link is someone else's: kept.
    await writeFile(first!, 'rewritten by hand');
    const [third] = await core.exports.markdown(out);
    expect(third).not.toBe(first);
    expect(await readFile(first!, 'utf8')).toBe('rewritten by hand');
    expect(await readFile(third!, 'utf8')).toContain(openDeepLink(doc.id));
    await core.shutdown();
  });

  it.skipIf(!posix)('never writes through a symbolic link', async () => {
    const { core, doc } = await coreWithNote();
    const out = await tempDir();
    const elsewhere = join(await tempDir(), 'target.txt');
    // Even a target that looks like an earlier export is not written through the link.
    const looksLikeOurs = `untouched ${openDeepLink(doc.id)}`;
    await writeFile(elsewhere, looksLikeOurs);
    const name = fileNameFor(doc.title, new Set());
    await symlink(elsewhere, join(out, name));
    const [written] = await core.exports.markdown(out);
    expect(written).not.toBe(join(out, name));
    expect(await readFile(elsewhere, 'utf8')).toBe(looksLikeOurs);
    await core.shutdown();
  });

  it('numbers a second backup of the day instead of replacing the first', async () => {
    const { core } = await coreWithNote();
    const out = await tempDir();
    const first = await core.exports.backupInto(out);
    const second = await core.exports.backupInto(out);
    expect(second).not.toBe(first);
    expect(existsSync(first) && existsSync(second)).toBe(true);
    await core.shutdown();
  });
});

describe('file names and one-line fields', () => {
  it('never makes a Windows device name or cuts a surrogate pair', () => {
    for (const title of ['CON', 'nul', 'Com1', 'LPT9', 'aux.txt', 'CON.']) expect(fileNameFor(title, new Set())).toMatch(/^_/);
    expect(fileNameFor('CONTROL', new Set())).toBe('CONTROL.md');
    const emoji = `${'a'.repeat(79)}😀😀`;
    const name = fileNameFor(emoji, new Set());
    expect(name).toBe(`${'a'.repeat(79)}😀.md`);
    expect(wellFormed(name)).toBe(true);
    expect(wellFormed(fileNameFor('a\uD800b', new Set()))).toBe(true);
  });

  it("keeps a title's line breaks from becoming Markdown structure", () => {
    const doc = {
      id: 'd1',
      title: 'عنوان\n## Injected\n---\n\r\n[x](javascript:1)',
      outlet: 'out\nlet',
      path: '/a.html',
      lang: 'ar',
      words: 1,
    } as unknown as Parameters<typeof documentMarkdown>[0];
    const markdown = documentMarkdown(doc, [], '2026-01-01T00:00:00Z');
    expect(markdown).toContain('# عنوان ## Injected --- [x](javascript:1)');
    expect(markdown).not.toMatch(/^## Injected/m);
    expect(markdown.split('\n').filter((line) => line === '---')).toHaveLength(2);
  });
});
