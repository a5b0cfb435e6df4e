// Accessibility of the main screens (axe-core: no serious or critical violations), in English and
// Arabic, and the keyboard and bidi behaviour issue 14 asked for: the Arabic find counter, focus
// kept in dialogs, the removal confirmation, F6 regions and skip links.
import AxeBuilder from '@axe-core/playwright';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WorkspaceModel } from './models/workspace';

const KADHIMI = 'الكاظمي يرسم ملامح المواجهة مع الميليشيات';
const IRAQ = /^صعدت السلطات العراقية/;

async function toArabic(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+,');
  await page.getByRole('dialog', { name: 'Reading and interface' }).getByLabel('Interface language').selectOption('ar');
  await page.getByRole('dialog', { name: 'القراءة والواجهة' }).getByRole('button', { name: 'أغلق' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

/** Serious and critical axe violations on the page as it is now, each as "rule: targets". */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const language of ['en', 'ar'] as const) {
  test(`axe finds no serious or critical violations on the main screens (${language})`, async ({ hamish }, testInfo) => {
    test.skip(!hamish.url, 'deep links by URL are the web shell’s');
    const { app, page } = hamish;
    const left = (await app.document(KADHIMI).getAttribute('data-doc-id'))!;
    const right = (await app.document(IRAQ).getAttribute('data-doc-id'))!;
    if (language === 'ar') await toArabic(page);
    expect(await seriousViolations(page), 'library').toEqual([]);

    await page.goto(`${hamish.url}#/open?doc=${left}`);
    await expect(app.reader).toHaveAttribute('data-doc-id', left);
    await page.evaluate(() => document.fonts.ready);
    expect(await seriousViolations(page), 'reader').toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`reader-${language}.png`) });

    await page.goto(`${hamish.url}#/compare?left=${left}&right=${right}`);
    await new WorkspaceModel(page).waitForPanes([left, right]);
    expect(await seriousViolations(page), 'side by side').toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`side-by-side-${language}.png`) });

    await page.keyboard.press('ControlOrMeta+,');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page), 'settings').toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`settings-${language}.png`) });
  });
}

test('in the Arabic interface the find counter reads right to left', async ({ hamish }, testInfo) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await toArabic(page);
  await page.keyboard.press('ControlOrMeta+f');
  await page.locator('#find-input').fill('العراق');
  const count = page.getByTestId('find-count');
  await expect(count).toHaveText(/^\S+ من \S+$/);
  await page.locator('#find-input').press('Enter');
  // "٢ من N": the current match's number first, to the right of the total.
  const layout = await count.evaluate((el) => {
    const text = el.firstChild!;
    const box = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      return range.getBoundingClientRect();
    };
    const content = text.textContent!;
    const first = content.indexOf(' ');
    const last = content.lastIndexOf(' ');
    return {
      direction: getComputedStyle(el).direction,
      current: box(0, first).left,
      total: box(last + 1, content.length).left,
    };
  });
  await page.screenshot({ path: testInfo.outputPath('find-arabic.png') });
  expect(layout.direction).toBe('rtl');
  expect(layout.current).toBeGreaterThan(layout.total);
});

test('the export dialog keeps focus inside, also after exporting, and closes on Escape', async ({ hamish, dataDir }) => {
  const { app, page } = hamish;
  await app.open(KADHIMI);
  await app.reader.getByRole('button', { name: 'Notes', exact: true }).click();
  await app.reader.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await dialog.getByLabel('Folder').fill(join(dataDir, 'export'));
  await dialog.getByLabel('JSON backup of everything').check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Exported');
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a removal confirmation is on screen, focuses Cancel and closes on Escape', async ({ hamish }) => {
  const { page } = hamish;
  await page.getByRole('button', { name: /Remove “الكاظمي يرسم/ }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(confirm).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(hamish.app.documents).toHaveCount(2);
});

test('F6 moves between the library, the pane and its notes in single view; skip links come first', async ({ hamish }) => {
  const { app, page } = hamish;
  await app.open(KADHIMI);
  const focusedRegion = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest('.notes-panel')
        ? 'notes'
        : el?.closest('.reader')
          ? 'text'
          : el?.closest('nav.library')
            ? 'library'
            : '';
    });
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('F6');
  expect(await focusedRegion()).toBe('library');
  await page.keyboard.press('F6');
  expect(await focusedRegion()).toBe('text');
  await page.keyboard.press('F6');
  expect(await focusedRegion()).toBe('library');
  await page.keyboard.press('Shift+F6');
  expect(await focusedRegion()).toBe('text');

  // The skip links come first in Tab order, shown when focused; the notes one opens the notes.
  const first = await page.evaluate(
    () => document.querySelector('a[href], button, input, select, textarea, [tabindex="0"]')?.textContent,
  );
  expect(first).toBe('Skip to the library');
  const skip = page.getByRole('button', { name: 'Skip to the library' });
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the notes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(focusedRegion).toBe('notes');
  // The library list is one Tab stop: from its row, one Tab leaves the list.
  await app.document(IRAQ).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.doc-list'))).toBe(false);
});

test('text can be selected and highlighted without a mouse: the reading caret (F7), then the toolbar', async ({ hamish }) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await app.reader.locator('.reader').focus();
  await page.keyboard.press('F7');
  await expect(page.locator('.reading-caret')).toBeVisible();
  // Arabic text: the next word is to the left.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowLeft');
  const selected = await page.evaluate(() => getSelection()!.toString().trim());
  expect(selected.split(/\s+/).length).toBeGreaterThanOrEqual(2);
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' });
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(toolbar.getByRole('button', { name: 'Highlight in yellow' })).toBeFocused();
  await page.keyboard.press('Enter');
  await app.reader.getByRole('button', { name: 'Notes', exact: true }).click();
  await expect(app.reader.getByRole('complementary', { name: 'Notes' }).locator('.note-item')).toHaveCount(1);
  await expect(app.reader.getByRole('complementary', { name: 'Notes' })).toContainText(selected.split(/\s+/)[0]!);
});

test('passages of two panes can be linked without a mouse: caret, toolbar, F6, caret, Link here', async ({ hamish }) => {
  test.skip(!hamish.url, 'opened by URL in the web shell');
  const { app, page } = hamish;
  const left = (await app.document(KADHIMI).getAttribute('data-doc-id'))!;
  const right = (await app.document(IRAQ).getAttribute('data-doc-id'))!;
  await page.goto(`${hamish.url}#/compare?left=${left}&right=${right}`);
  const workspace = new WorkspaceModel(page);
  await workspace.waitForPanes([left, right]);
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' });
  /** Tab along the toolbar to a button and press it. */
  const press = async (name: string) => {
    for (
      let i = 0;
      i < 12 && !(await toolbar.getByRole('button', { name, exact: true }).evaluate((b) => b === document.activeElement));
      i++
    )
      await page.keyboard.press('Tab');
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
  };
  const selectWords = async () => {
    await page.keyboard.press('F7');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+ArrowLeft');
    await expect(toolbar).toBeVisible();
    await page.keyboard.press('Enter');
  };

  await workspace.pane(0).locator('.reader').focus();
  await selectWords();
  await press('Link…');
  await expect(page.getByRole('status').filter({ hasText: 'Now select the matching passage' })).toBeVisible();
  // F6 to the other pane's text.
  for (
    let i = 0;
    i < 4 &&
    !(await workspace
      .pane(1)
      .locator('.reader')
      .evaluate((r) => r === document.activeElement));
    i++
  )
    await page.keyboard.press('F6');
  await expect(workspace.pane(1).locator('.reader')).toBeFocused();
  await selectWords();
  await press('Link here');
  await press('Link passages');
  await expect(toolbar).toBeHidden();
  const notes = workspace.pane(1).getByRole('complementary', { name: 'Notes' });
  await workspace.pane(1).getByRole('button', { name: 'Notes', exact: true }).click();
  await expect(notes.locator('[data-kind="link"]')).toHaveCount(1);
});

test('in the Arabic interface refused files are said in Arabic, their paths intact, and the removal question reads right', async ({
  hamish,
  fixturesDir,
}, testInfo) => {
  const { page } = hamish;
  await toArabic(page);
  await page.getByLabel('أضف ملفًا أو مجلدًا بمساره').fill(fixturesDir);
  await page.getByRole('button', { name: 'أضف', exact: true }).click();
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('ليس ملفًا نصيًا (فيه بيانات ثنائية)');
  await expect(report).toContainText(`${join(fixturesDir, 'not-text.txt')}`);
  await page.getByRole('button', { name: /^احذف «الكاظمي يرسم/ }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('أتحذف «الكاظمي يرسم ملامح المواجهة مع الميليشيات» من المكتبة؟');
  await expect(confirm.getByRole('button', { name: 'إلغاء' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('arabic-report-and-confirm.png') });
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(page.locator('.doc-item')).toHaveCount(4);
});

test('with 300 documents the pane’s Notes button is a few Tabs from the library list', async ({ hamish, dataDir }) => {
  const { app, page } = hamish;
  const folder = join(dataDir, '..', `${dataDir.split('/').pop()}-many`);
  await mkdir(folder);
  await Promise.all(
    Array.from({ length: 298 }, (_, i) => writeFile(join(folder, `r${i}.txt`), `تقرير رقم ${i}\n\nنص التقرير ${i}.\n`)),
  );
  await app.addPath(folder);
  await expect(page.getByTestId('library-count')).toHaveText('300 documents', { timeout: 60_000 });
  await app.open(KADHIMI);
  await app.document(KADHIMI).focus();
  const notes = app.reader.getByRole('button', { name: 'Notes', exact: true });
  let tabs = 0;
  while (tabs < 40 && !(await notes.evaluate((b) => b === document.activeElement))) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect(tabs).toBeLessThanOrEqual(6);
  await rm(folder, { recursive: true, force: true });
});
