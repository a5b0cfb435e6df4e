import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deeplyNestedPage, writeDensePage } from '../tests/fixtures/hostile';
import { expect, test } from './fixtures';
import { SearchPanel } from './models/search-panel';

test('the app answers a search while hostile pages are refused, and a watched folder can be removed', async ({
  hamish,
  dataDir,
}, testInfo) => {
  const { app, page } = hamish;
  const folder = join(dataDir, '..', `${dataDir.split('/').pop()}-hostile`);
  await mkdir(folder, { recursive: true });
  // `<div>` × 1500 (minutes of Readability before issue 13), and dense 48 MB pages that keep the parse workers busy a while.
  await writeFile(join(folder, 'nested.html'), deeplyNestedPage(1500));
  for (const name of ['dense-1.html', 'dense-2.html', 'dense-3.html']) await writeDensePage(join(folder, name), 48 * 1024 * 1024);

  await app.addPath(folder);
  await expect(page.locator('.progress')).toBeVisible();
  const search = new SearchPanel(page);
  await search.open();
  await search.input.fill('الكاظمى');
  // The search is answered while the import still runs: parsing is off the thread that answers.
  await expect(search.hits).toHaveCount(2, { timeout: 3_000 });
  await expect(page.locator('.progress')).toBeVisible();
  await page.keyboard.press('Escape');

  const report = page.getByTestId('import-report');
  await expect(report).toContainText('refused 4', { timeout: 60_000 });
  await expect(report).toContainText("the page's elements are nested more than 200 deep");
  await expect(report).toContainText('the page has more than 60,000 elements');
  await page.screenshot({ path: testInfo.outputPath('hostile-refused.png') });

  // The folder is watched; removing it stops that, and its (refused) files are forgotten with it.
  const folders = page.getByTestId('watched-folders');
  await folders.locator('summary').click();
  await expect(folders).toContainText(folder);
  await folders.getByRole('button', { name: `Stop watching ${folder}` }).click();
  // The first-run samples' folder stays.
  await expect(folders).not.toContainText(folder);
  await expect(folders.getByRole('listitem')).toHaveCount(1);
});
