// The renderer's context menus (issue 16): on a selection in the reader and on a library row, by
// mouse and by keyboard. The clipboard is read through a stand-in for navigator.clipboard.writeText.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { selectionToolbar, selectPassage } from './models/notes';
import { FindBar, SearchPanel } from './models/search-panel';
import { WorkspaceModel } from './models/workspace';

const IRAQ = /^صعدت السلطات العراقية/;
const KADHIMI = 'الكاظمي يرسم ملامح المواجهة مع الميليشيات';
const PASSAGE = 'مليونا و800 ألف عنصر عسكرى';

/** Records what the app copies instead of touching the system clipboard. */
async function stubClipboard(page: Page): Promise<void> {
  await page.evaluate(() => {
    const copied: string[] = [];
    Object.assign(window, { copied });
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async (text: string) => void copied.push(text),
    });
  });
}

const copied = (page: Page) => page.evaluate(() => (window as unknown as { copied: string[] }).copied);

/** Right-clicks the middle of the current selection, as a reader would. */
async function rightClickSelection(page: Page): Promise<Locator> {
  const box = await page.evaluate(() => {
    const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Selection actions' });
  await expect(menu).toBeVisible();
  return menu;
}

test('a selection’s menu copies with the source, highlights, and searches the library', async ({ hamish }, testInfo) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await stubClipboard(page);

  await selectPassage(app.reader, PASSAGE);
  let menu = await rightClickSelection(page);
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Copy',
    'Copy with source',
    'Copy with citation',
    'Highlight',
    'Note…',
    'Search the library for this',
  ]);
  await page.screenshot({ path: testInfo.outputPath('reader-context-menu.png') });
  await menu.getByRole('menuitem', { name: 'Copy with source' }).click();
  await expect(menu).toBeHidden();
  const [text] = await copied(page);
  const title = (await app.title.textContent())!;
  expect(text!.split('\n')[0]).toBe(PASSAGE);
  expect(text!.split('\n')[1]).toContain(title.trim());
  expect(text!.split('\n')[1]).toMatch(/ · .*\.(txt|html?|md|docx?)$/);

  // Highlight: the toolbar's default colour, painted.
  await selectPassage(app.reader, PASSAGE);
  menu = await rightClickSelection(page);
  await menu.getByRole('menuitem', { name: 'Highlight' }).click();
  await expect.poll(() => new FindBar(page).highlighted('hl-yellow')).toEqual([PASSAGE]);

  // Note…: the selection toolbar's note editor, on the passage.
  await selectPassage(app.reader, 'صعدت السلطات العراقية');
  menu = await rightClickSelection(page);
  await menu.getByRole('menuitem', { name: 'Note…' }).click();
  const toolbar = selectionToolbar(page);
  await expect(toolbar.getByLabel('Note', { exact: true })).toBeFocused();
  await toolbar.getByLabel('Note', { exact: true }).fill('مصدر واحد');
  await toolbar.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => (await new FindBar(page).highlighted('hl-yellow')).sort())
    .toEqual(['صعدت السلطات العراقية', PASSAGE].sort());

  // Search the library: the panel opens with the words.
  await selectPassage(app.reader, 'صعدت السلطات العراقية');
  menu = await rightClickSelection(page);
  await menu.getByRole('menuitem', { name: 'Search the library for this' }).click();
  const search = new SearchPanel(page);
  await expect(search.dialog).toBeVisible();
  await expect(search.input).toHaveValue('صعدت السلطات العراقية');
});

test('the keyboard opens, walks and closes the menu; without a selection Copy is disabled', async ({ hamish }) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await stubClipboard(page);

  // Where a reader's mouse selection leaves focus: the pane's scroller, not the library row.
  await app.reader.locator('.reader').focus();
  await selectPassage(app.reader, PASSAGE);
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Selection actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Copy', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Search the library for this' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  expect(await copied(page)).toEqual([PASSAGE]);

  await selectPassage(app.reader, PASSAGE);
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  // No selection: Copy shows, disabled.
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await app.paragraphs.first().click({ button: 'right' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Copy']);
  await expect(menu.getByRole('menuitem')).toHaveAttribute('aria-disabled', 'true');
  // A click elsewhere closes it.
  await app.title.click();
  await expect(menu).toBeHidden();
});

test('a library row’s menu opens a document beside the one being read; the web shell can’t show the file', async ({
  hamish,
}, testInfo) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await app.document(KADHIMI).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Document actions' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Open', 'Open beside', 'Show the file', 'Remove from the library…']);
  const reveal = menu.getByRole('menuitem', { name: 'Show the file' });
  await expect(reveal).toHaveAttribute('aria-disabled', 'true');
  await expect(reveal).toHaveAttribute('title', 'Showing the file needs the desktop app');
  await page.screenshot({ path: testInfo.outputPath('library-context-menu.png') });
  await menu.getByRole('menuitem', { name: 'Open beside' }).click();
  const workspace = new WorkspaceModel(page);
  await expect(workspace.panes).toHaveCount(2);
  await expect(workspace.pane(1)).toHaveAttribute('data-doc-id', (await app.document(KADHIMI).getAttribute('data-doc-id'))!);

  // By keyboard on the focused row; Remove asks first.
  await app.document(KADHIMI).focus();
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toBeVisible();
});

test('in the Arabic interface the menu is mirrored and labelled in Arabic', async ({ hamish }, testInfo) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await page.keyboard.press('Control+,');
  await page.getByRole('dialog', { name: 'Reading and interface' }).getByLabel('Interface language').selectOption('ar');
  await page.getByRole('dialog', { name: 'القراءة والواجهة' }).getByRole('button', { name: 'أغلق' }).click();
  // The library's landmark is named in Arabic now.
  const box = (await page.locator('.doc-item').filter({ hasText: KADHIMI }).boundingBox())!;
  const x = box.x + box.width / 2;
  await page.mouse.click(x, box.y + box.height / 2, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'إجراءات المستند' });
  await expect(menu).toHaveAttribute('dir', 'rtl');
  await expect(menu.getByRole('menuitem').first()).toHaveText('افتح');
  // It opens to the left of the pointer, as Arabic menus do.
  const placed = (await menu.boundingBox())!;
  expect(Math.abs(placed.x + placed.width - x)).toBeLessThan(2);
  await page.screenshot({ path: testInfo.outputPath('library-context-menu-arabic.png') });
});
