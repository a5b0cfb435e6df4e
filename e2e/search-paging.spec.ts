// Search a researcher can work through, on a generated 3,000-document library: a query
// of filters alone pages to its last result (newest first), results sort and group by
// outlet, a saved search re-runs after a reload, and the results export as CSV.
import { readdir, readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { test as base, expect } from './fixtures';
import { GENERATED, generatedDataDir, generatedDoc } from './generated-library';
import { LibraryPanel } from './models/library-panel';
import { SearchResults } from './models/search-results';

const test = base.extend({
  dataDir: async ({ dataDir }, use) => {
    await generatedDataDir(dataDir);
    await use(dataDir);
  },
});

/** Documents 0, 5, 10…: the outlet "صحیفة عكاظ", matched by part of its name. */
const OKAZ = GENERATED / 5;

test('a filter-only query pages to its last result, newest first', async ({ hamish }, testInfo) => {
  const search = new SearchResults(hamish.page);
  await search.open();
  await search.input.fill('outlet:عكا');
  await expect(search.status).toContainText(`${OKAZ} documents`);
  await expect(search.status).not.toContainText('still');
  await expect(search.hits.first().locator('.hit-title')).toHaveText(generatedDoc(GENERATED - 5).title);
  await hamish.page.screenshot({ path: testInfo.outputPath('search-filter-only.png') });
  const last = await search.scrollToLast(OKAZ);
  await expect(last.locator('.hit-title')).toHaveText(generatedDoc(0).title);
  await expect(search.status).not.toContainText('loaded');

  // By outlet: grouped under each outlet's name.
  await search.input.fill('lang:ar from:2017-01-01');
  await search.sort.selectOption({ label: 'Outlet (grouped)' });
  await expect(search.dialog.locator('.hit-group').first()).toBeVisible();
  // Each outlet heads one group: no outlet's name comes back further down the list.
  const groups = await search.dialog.locator('.hit-group').allTextContents();
  expect(new Set(groups).size).toBe(groups.length);
  await hamish.page.screenshot({ path: testInfo.outputPath('search-grouped.png') });
  // The grouped, virtualised results and the library panel behind them, checked by axe.
  const axe = await new AxeBuilder({ page: hamish.page }).include('.search-dialog').include('nav.library').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a saved search is listed in the library and re-runs after a reload', async ({ hamish }) => {
  const { page } = hamish;
  const search = new SearchResults(page);
  const library = new LibraryPanel(page);
  await search.open();
  await search.input.fill('outlet:عكا بغداد');
  await search.sort.selectOption({ label: 'Newest first' });
  await expect(search.status).toHaveText(/^[1-9][\d,]* documents/);
  const status = await search.status.textContent();
  await search.save('عكاظ عن بغداد');
  await expect(library.savedSearch('عكاظ عن بغداد')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();

  await page.reload();
  await hamish.app.waitForLibrary();
  await library.savedSearch('عكاظ عن بغداد').click();
  await expect(search.dialog).toBeVisible();
  await expect(search.input).toHaveValue('outlet:عكا بغداد');
  await expect(search.sort).toHaveValue('date');
  await expect(search.status).toHaveText(status!);
});

test('a search exports every result as CSV', async ({ hamish, dataDir }) => {
  const search = new SearchResults(hamish.page);
  await search.open();
  await search.input.fill('outlet:عكا');
  await expect(search.status).toContainText(`${OKAZ} documents`);
  const out = join(dataDir, 'exports');
  await search.exportTo(out, 'CSV');
  await expect(search.dialog.getByRole('status').filter({ hasText: 'Exported' })).toBeVisible();
  // Focus stays in the dialog after the export: Escape closes it.
  await hamish.page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();
  const [file] = await readdir(out);
  const lines = (await readFile(join(out, file!), 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe('\uFEFFtitle,outlet,date,path,score,snippet');
  expect(lines).toHaveLength(OKAZ + 1);
  expect(lines[1]).toContain(generatedDoc(GENERATED - 5).title.replace(/"/g, '""'));
});
