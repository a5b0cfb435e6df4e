// Saved searches through the contract: kept in the library file across a restart,
// a reused name replaces its search, and a search's results export as CSV or Markdown.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { createApiHandlers } from '../api-handlers';
import { HamishCore } from '../container';
import { resultsCsv, resultsMarkdown, type SearchResultRow } from '../export/search-results';

let core: HamishCore | undefined;
afterEach(async () => {
  await core?.shutdown();
  core = undefined;
});

async function boot(dataDir: string) {
  core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
  return createApiHandlers(core);
}

describe('saved searches', () => {
  it('are kept in the library file, replaced by name, and removed', async () => {
    const dataDir = await tempDir();
    let handlers = await boot(dataDir);
    expect(await handlers.listSavedSearches({})).toEqual([]);
    await handlers.saveSearch({ name: 'Okaz', query: 'outlet:okaz', sort: 'date' });
    const saved = await handlers.saveSearch({ name: 'الكاظمي', query: 'الكاظمي lang:ar', stemming: false });
    expect(saved.map((s) => [s.name, s.query, s.sort, s.stemming])).toEqual([
      ['Okaz', 'outlet:okaz', 'date', true],
      ['الكاظمي', 'الكاظمي lang:ar', 'relevance', false],
    ]);
    await core!.shutdown();
    handlers = await boot(dataDir);
    const again = await handlers.saveSearch({ name: 'Okaz', query: 'outlet:okaz from:2015-08-01' });
    expect(again.map((s) => s.query)).toEqual(['الكاظمي lang:ar', 'outlet:okaz from:2015-08-01']);
    expect((await handlers.removeSavedSearch({ id: again[0]!.id })).map((s) => s.name)).toEqual(['Okaz']);
    await expect(handlers.saveSearch({ name: ' ', query: 'x' })).rejects.toThrow(/name/);
    await expect(handlers.removeSavedSearch({ id: 'nope' })).rejects.toThrow(/No saved search/);
  });
});

describe('exporting search results', () => {
  it('writes every result as CSV and as Markdown, with paths', async () => {
    const handlers = await boot(await tempDir());
    await handlers.addPaths({ paths: [seedsDir] });
    await core!.search.ready();
    const out = await tempDir();
    const { total } = await handlers.search({ query: 'الكاظمي' });
    expect(total).toBeGreaterThan(0);
    const csv = await handlers.exportSearch({ query: 'الكاظمي', format: 'csv', out });
    const text = await readFile(csv.files[0]!, 'utf8');
    expect(csv.files[0]!.endsWith('.csv')).toBe(true);
    expect(text.startsWith('\uFEFFtitle,outlet,date,path,score,snippet\r\n')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(total + 1);
    expect(text).toContain(join(seedsDir, ''));
    const md = await handlers.exportSearch({ query: 'الكاظمي', format: 'md', out });
    expect(md.files[0]).not.toBe(csv.files[0]);
    expect(await readFile(md.files[0]!, 'utf8')).toMatch(/^# Search: الكاظمي\n\n\d+ documents/);
  });

  it('quotes CSV fields, keeps formulas as text, and escapes Markdown table cells', () => {
    const row: SearchResultRow = { title: '=1+1', outlet: 'a "b", c', date: '', path: '/x|y', score: 1.5, snippet: 'one\ntwo' };
    expect(resultsCsv([row]).split('\r\n')[1]).toBe(`"'=1+1","a ""b"", c","","/x|y","1.5","one\ntwo"`);
    expect(resultsMarkdown([row], 'q', 'now').split('\n').at(-2)).toBe('| =1+1 | a "b", c |  | /x\\|y | 1.5 | one two |');
  });
});
