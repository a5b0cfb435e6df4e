// A file gone from its path still opens, from the text Hamish saved for search, and Locate… finds it
// at its new path: the same document, reloaded from the file. Paths typed into the web shell's path
// box are read from the home folder.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('a missing file reads from its saved text and Locate… finds it again', async ({ hamish, fixturesDir }, testInfo) => {
  test.skip(!hamish.url, 'typing the new path is the web shell’s way to locate a file');
  const { app, page } = hamish;
  const file = join(fixturesDir, 'gone.txt');
  await writeFile(file, 'تقرير سيُنقل\n\nالفقرة الأولى من التقرير.\n\nالفقرة الثانية منه.\n');
  await app.addPath(file);
  await app.open('تقرير سيُنقل');
  const id = (await app.reader.getAttribute('data-doc-id'))!;

  await mkdir(join(fixturesDir, 'elsewhere'));
  const moved = join(fixturesDir, 'elsewhere', 'gone.txt');
  await rename(file, moved);
  // Opened again (the library first, then the document), it reads from the saved text.
  await page.goto(`${hamish.url}#/`);
  await page.goto(`${hamish.url}#/open?doc=${id}`);
  await page.reload();
  await app.waitForLibrary();
  const notice = app.reader.locator('.saved-copy');
  await expect(notice).toBeVisible();
  await expect(app.reader).toContainText('الفقرة الثانية منه.');
  await page.screenshot({ path: testInfo.outputPath('saved-copy.png') });

  await notice.getByRole('button', { name: 'Locate…' }).click();
  await notice.getByLabel('Where the file is now').fill(moved);
  await notice.getByRole('button', { name: 'Locate' }).click();
  await expect(notice).toBeHidden();
  await expect(app.reader).toHaveAttribute('data-doc-id', id);
  await expect(app.reader.locator('.article-path')).toContainText('elsewhere');
});
