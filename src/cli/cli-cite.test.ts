// hamish cite and hamish export --lang/--force/citation formats, over a real data folder.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/temp-dir';
import { hamish } from '../../tests/hamish-cli';

async function library() {
  const dataDir = await tempDir();
  const articles = await tempDir();
  await writeFile(
    join(articles, 'youm7.md'),
    '---\ntitle: صعدت السلطات العراقية\noutlet: اليوم السابع\nauthor: محمد علي\ndate: 2020-07-12\nurl: https://www.youm7.com/story/1\n---\nهناك مليونا و800 ألف عنصر عسكرى.\n',
  );
  await writeFile(
    join(articles, 'jazeera.md'),
    '---\ntitle: الكاظمي يواجه الفصائل\noutlet: الجزيرة نت\ndate: 2020-07-13\n---\nنص الخبر.\n',
  );
  expect((await hamish('--data-dir', dataDir, 'add', articles)).code).toBe(0);
  const docs = JSON.parse((await hamish('--data-dir', dataDir, 'list', '--json')).stdout) as { id: string; title: string }[];
  return { dataDir, id: (title: string) => docs.find((d) => d.title === title)!.id };
}

describe('hamish cite', () => {
  it('prints citations of documents, a search or the library, in each format', async () => {
    const { dataDir, id } = await library();
    const one = await hamish('--data-dir', dataDir, 'cite', id('صعدت السلطات العراقية'));
    expect(one.stdout).toBe('محمد علي. (2020, July 12). صعدت السلطات العراقية. اليوم السابع. https://www.youm7.com/story/1\n');
    const bib = await hamish('--data-dir', dataDir, 'cite', '--all', '--format', 'bibtex');
    expect(bib.stdout.match(/^@article\{/gm)).toHaveLength(2);
    const found = await hamish('--data-dir', dataDir, 'cite', '--search', 'الكاظمي', '--format', 'csl');
    expect(found.stderr).toBe('');
    expect(JSON.parse(found.stdout).map((item: { title: string }) => item.title)).toEqual(['الكاظمي يواجه الفصائل']);
    const quoted = await hamish(
      '--data-dir',
      dataDir,
      'cite',
      id('صعدت السلطات العراقية'),
      '--format',
      'chicago',
      '--quote',
      'مليونا و800 ألف',
    );
    expect(quoted.stdout).toMatch(/^«مليونا و800 ألف»\n\nمحمد علي\. “صعدت السلطات العراقية\.” اليوم السابع/);
  });

  it('refuses a bad format or no documents, in the command line’s terms', async () => {
    const { dataDir } = await library();
    const bad = await hamish('--data-dir', dataDir, 'cite', '--all', '--format', 'mla');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--format: .*see hamish --help/);
    expect((await hamish('--data-dir', dataDir, 'cite')).stderr).toMatch(/cite needs document ids, --all or --search/);
  });
});

describe('hamish export for Obsidian', () => {
  it('labels notes in --lang, stops at an edited note unless --force, and writes citations', async () => {
    const { dataDir, id } = await library();
    const doc = id('صعدت السلطات العراقية');
    expect(
      (await hamish('--data-dir', dataDir, 'notes', 'add', '--doc', doc, '--quote', 'مليونا و800 ألف', '--tag', '#أرقام')).code,
    ).toBe(0);
    const out = await tempDir();
    const first = await hamish('--data-dir', dataDir, 'export', '--format', 'md', '--out', out, '--lang', 'ar');
    const file = first.stdout.trim();
    let text = await readFile(file, 'utf8');
    expect(text).toContain('## الإبرازات والملاحظات');
    expect(text).toContain('#أرقام');
    expect(text).not.toContain('##أرقام');
    await writeFile(file, text.replace('## الإبرازات والملاحظات', '## إبرازاتي'));
    const refused = await hamish('--data-dir', dataDir, 'export', '--format', 'md', '--out', out, '--lang', 'ar');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/edited inside the part Hamish writes.*--force/);
    expect((await hamish('--data-dir', dataDir, 'export', '--format', 'md', '--out', out, '--lang', 'ar', '--force')).code).toBe(
      0,
    );
    text = await readFile(file, 'utf8');
    expect(text).toContain('## الإبرازات والملاحظات');
    expect((await hamish('--data-dir', dataDir, 'export', '--format', 'md', '--out', out, '--lang', 'fr')).stderr).toMatch(
      /--lang/,
    );

    const refs = await hamish('--data-dir', dataDir, 'export', '--format', 'ris', '--out', out);
    expect(refs.stdout.trim()).toMatch(/hamish-references-\d{4}-\d{2}-\d{2}\.ris$/);
    expect(await readFile(refs.stdout.trim(), 'utf8')).toContain('A1  - محمد علي');
    expect((await readdir(out)).length).toBe(2);
  });
});
