import { mkdir, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { WorkspaceModel } from './models/workspace';

const KADHIMI = 'الكاظمي يرسم ملامح المواجهة مع الميليشيات';
const IRAQ = /^صعدت السلطات العراقية/;

async function sampleIds(hamish: {
  app: { document: (t: string | RegExp) => { getAttribute: (n: string) => Promise<string | null> } };
}) {
  const left = (await hamish.app.document(KADHIMI).getAttribute('data-doc-id'))!;
  const right = (await hamish.app.document(IRAQ).getAttribute('data-doc-id'))!;
  return { left, right };
}

test('the compare deep link opens both reports side by side, right-to-left, and linked scrolling keeps them level', async ({
  hamish,
}, testInfo) => {
  test.skip(!hamish.url, 'deep links by URL are the web shell’s');
  const { page } = hamish;
  const { left, right } = await sampleIds(hamish);
  await page.goto(`${hamish.url}#/compare?left=${left}&right=${right}`);
  const workspace = new WorkspaceModel(page);
  await workspace.waitForPanes([left, right]);
  for (const i of [0, 1]) {
    await expect(workspace.pane(i)).toBeVisible();
    const { title, paragraphs } = await workspace.direction(i);
    expect(title).toBe('rtl');
    expect(paragraphs.filter((d) => d === 'rtl').length).toBeGreaterThan(5);
  }
  // Both panes share the width, each a column of its own.
  const [a, b] = [await workspace.pane(0).boundingBox(), await workspace.pane(1).boundingBox()];
  expect(Math.abs(a!.width - b!.width)).toBeLessThan(4);
  await page.screenshot({ path: testInfo.outputPath('side-by-side-arabic.png') });

  // Scroll the left pane: the right one follows to the paragraph aligned with the new top one.
  await workspace.scrollToBlock(0, 6);
  const aligned = Number(await workspace.pane(0).locator('[data-block="6"]').getAttribute('data-aligned-with'));
  await expect.poll(() => workspace.topBlock(1)).toBe(aligned);
  await workspace.scrollToBlock(0, 9);
  const aligned9 = Number(await workspace.pane(0).locator('[data-block="9"]').getAttribute('data-aligned-with'));
  await expect.poll(() => workspace.topBlock(1)).toBe(aligned9);
  expect(aligned9).toBeGreaterThan(aligned);
});

test('an Arabic report beside an English text: each pane reads in its own direction', async ({
  hamish,
  fixturesDir,
}, testInfo) => {
  test.skip(!hamish.url, 'deep links by URL are the web shell’s');
  const { app, page } = hamish;
  await app.addPath(fixturesDir);
  await expect(app.documents).toHaveCount(4);
  const left = (await app.document(KADHIMI).getAttribute('data-doc-id'))!;
  const right = (await app.document('Baghdad briefing').getAttribute('data-doc-id'))!;
  await page.goto(`${hamish.url}#/compare?left=${left}&right=${right}`);
  const workspace = new WorkspaceModel(page);
  await workspace.waitForPanes([left, right]);
  const arabic = await workspace.direction(0);
  const english = await workspace.direction(1);
  expect(arabic.title).toBe('rtl');
  expect(english.title).toBe('ltr');
  expect(new Set(english.paragraphs)).toEqual(new Set(['ltr']));
  expect(arabic.paragraphs.filter((d) => d === 'rtl').length).toBeGreaterThan(5);
  await page.screenshot({ path: testInfo.outputPath('side-by-side-arabic-english.png') });
});

test('a pinned pair of paragraphs comes back after a reload', async ({ hamish }) => {
  test.skip(!hamish.url, 'deep links by URL are the web shell’s');
  const { page } = hamish;
  const { left, right } = await sampleIds(hamish);
  await page.goto(`${hamish.url}#/compare?left=${left}&right=${right}`);
  const workspace = new WorkspaceModel(page);
  await workspace.waitForPanes([left, right]);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/savePins') && r.ok());
  await workspace.pane(0).locator('[data-block="4"] .pin-button').click({ force: true });
  await expect(page.getByRole('status').filter({ hasText: 'matching paragraph' })).toBeVisible();
  await workspace.pane(1).locator('[data-block="7"] .pin-button').click({ force: true });
  await saved;
  await expect(workspace.pane(0).locator('[data-block="4"]')).toHaveAttribute('data-pin', '1');
  await expect(workspace.pane(0).locator('[data-block="4"]')).toHaveAttribute('data-aligned-with', '7');
  await page.reload();
  await workspace.waitForPanes([left, right]);
  await expect(workspace.pane(0).locator('[data-block="4"]')).toHaveAttribute('data-pin', '1');
  await expect(workspace.pane(1).locator('[data-block="7"]')).toHaveAttribute('data-pin', '1');
  await expect(workspace.pane(0).locator('[data-block="4"]')).toHaveAttribute('data-aligned-with', '7');
});

test('the interface switches to Arabic and mirrors; the dark theme applies', async ({ hamish }, testInfo) => {
  const { app, page } = hamish;
  await app.open(KADHIMI);
  await page.keyboard.press('Control+,');
  const dialog = page.getByRole('dialog', { name: 'Reading and interface' });
  await dialog.getByLabel('Interface language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const arabicDialog = page.getByRole('dialog', { name: 'القراءة والواجهة' });
  await arabicDialog.getByLabel('المظهر').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await arabicDialog.getByRole('button', { name: 'أغلق' }).click();
  // Mirrored: the library sits on the right of the reading pane.
  const library = await page.getByRole('navigation', { name: 'المكتبة' }).boundingBox();
  const pane = await app.reader.boundingBox();
  expect(library!.x).toBeGreaterThan(pane!.x);
  await expect(page.getByTestId('library-count')).toHaveText(/مستند/);
  await page.screenshot({ path: testInfo.outputPath('arabic-interface-dark.png') });

  // Settings persist: a reload keeps the Arabic, dark interface.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a document’s reading position survives a reload', async ({ hamish }) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  const workspace = new WorkspaceModel(page);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/saveReadingPosition') && r.ok());
  await workspace.scrollToBlock(0, 5);
  await saved;
  await page.reload();
  await app.waitForLibrary();
  await expect(app.reader.locator('article')).toHaveAttribute('data-restored', 'true');
  await expect.poll(() => workspace.topBlock(0)).toBe(5);
});

test('bidi control characters in a document are shown, not obeyed', async ({ hamish, dataDir }) => {
  const { app } = hamish;
  const folder = `${dataDir}-bidi`;
  await mkdir(folder, { recursive: true });
  await writeFile(`${folder}/spoof.txt`, 'ملف مريب\nاسم الملف invoice\u202Etxt.exe يبدو بريئا.\nفقرة عادية بعده.\n');
  await app.addPath(folder);
  await app.open('ملف مريب');
  const control = app.reader.locator('.bidi-control');
  await expect(control).toHaveCount(1);
  await expect(control).toHaveAttribute('data-label', 'RLO');
  // The character stays (offsets hold) inside an isolate, so it can't reorder the text around it.
  await expect(control).toHaveText('\u202E');
  expect(await control.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
  await expect(app.reader.locator('.article-body p').nth(1)).toHaveText('فقرة عادية بعده.');
});
