import { expect, test } from './fixtures';
import { FindBar, SearchPanel } from './models/search-panel';

test('searching the library folds spellings and opens a result at its highlighted match', async ({ hamish }, testInfo) => {
  const { app, page } = hamish;
  const search = new SearchPanel(page);
  await search.open();
  // الكاظمى (alef maqsura) must find both reports, one of which spells it الكاظمي.
  await search.input.fill('الكاظمى');
  await expect(search.hits).toHaveCount(2);
  await expect(search.status).toContainText('2 documents');
  const iraq = search.hit(/^صعدت السلطات العراقية/);
  await expect(iraq.locator('.badge')).toContainText('matches');
  const marks = await iraq.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(1);
  for (const mark of marks) expect(mark.replace('ى', 'ي')).toBe('الكاظمي');
  await page.screenshot({ path: testInfo.outputPath('search-results.png') });

  // Enter opens the highlighted (first) result at its first match.
  const firstId = await search.hits.first().getAttribute('data-doc-id');
  await search.input.press('Enter');
  await expect(search.dialog).toBeHidden();
  await app.waitForDocument(firstId!);
  await expect(app.reader.locator('article')).toHaveAttribute('data-hit', /\d+/);
  const hit = await new FindBar(page).highlighted('search-hit');
  expect(hit).toHaveLength(1);
  expect(hit[0]!.replace('ى', 'ي')).toBe('الكاظمي');
  await page.screenshot({ path: testInfo.outputPath('search-opened.png') });
});

test('a quoted phrase matches adjacent words only, and -word excludes', async ({ hamish }) => {
  const search = new SearchPanel(hamish.page);
  await search.open();
  await search.input.fill('"رئيس الوزراء" -كركوك');
  await expect(search.status).toContainText('1 document');
  await expect(search.hits).toHaveCount(1);
  await expect(search.hit('الكاظمي يرسم ملامح المواجهة مع الميليشيات')).toHaveCount(1);
});

test('find in document highlights every match across word forms and steps through them', async ({ hamish }, testInfo) => {
  const { app, page } = hamish;
  await app.open('الكاظمي يرسم ملامح المواجهة مع الميليشيات');
  await page.keyboard.press('Control+F');
  const find = new FindBar(page);
  await find.input.fill('ميليشيا');
  await expect(find.count).toHaveText(/^1 of \d+$/);
  const total = Number((await find.count.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(3);
  const all = await find.highlighted('find');
  expect(all).toHaveLength(total);
  for (const word of all) expect(word).toMatch(/ميليشيا|الميليشيات|للميليشيات|والميليشيات|ميليشيات/);
  expect(await find.highlighted('find-current')).toEqual([all[0]]);
  await find.input.press('Enter');
  await expect(find.count).toHaveText(`2 of ${total}`);
  expect(await find.highlighted('find-current')).toEqual([all[1]]);
  await find.input.press('Shift+Enter');
  await find.input.press('Shift+Enter');
  await expect(find.count).toHaveText(`${total} of ${total}`);
  await page.screenshot({ path: testInfo.outputPath('find-in-document.png') });
  await find.input.press('Escape');
  await expect(find.input).toBeHidden();
  expect(await find.highlighted('find')).toEqual([]);
});
