import { expect, test } from './fixtures';
import { FindBar } from './models/search-panel';

const IRAQ = /^صعدت السلطات العراقية/;
const PASSAGE = 'مليونا و800 ألف عنصر عسكرى';

test('a passage highlighted with a note and a tag is painted, listed, and still there after a reload', async ({
  hamish,
}, testInfo) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  const paragraph = app.reader.locator('.article-body p', { hasText: PASSAGE });
  // Select the passage as a reader would, then let go of the mouse.
  await paragraph.evaluate((p, passage) => {
    const text = p.firstChild!;
    const at = text.textContent!.indexOf(passage);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + passage.length);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, PASSAGE);
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' });
  await toolbar.getByRole('button', { name: 'Note…' }).click();
  await toolbar.getByLabel('Note').fill('المنفذ يقول 1.8 مليون، والمصدر الآخر يغفل الرقم');
  await toolbar.getByLabel('Tags').fill('العراق/الجيش، أرقام');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/addAnnotation') && r.ok());
  await toolbar.getByRole('button', { name: 'Save' }).click();
  await saved;

  const highlights = new FindBar(page);
  await expect.poll(() => highlights.highlighted('hl-yellow')).toEqual([PASSAGE]);
  await app.reader.getByRole('button', { name: 'Notes', exact: true }).click();
  const notes = app.reader.getByRole('complementary', { name: 'Notes' });
  await expect(notes).toBeVisible();
  expect((await notes.boundingBox())!.height).toBeGreaterThan(100);
  await expect(notes).toContainText(PASSAGE);
  await expect(notes.getByLabel('Note')).toHaveValue('المنفذ يقول 1.8 مليون، والمصدر الآخر يغفل الرقم');
  await expect(notes).toContainText('#العراق/الجيش');
  await expect(notes).toContainText('#أرقام');
  await page.screenshot({ path: testInfo.outputPath('highlight-with-note.png') });

  await page.reload();
  await app.waitForLibrary();
  await expect.poll(() => highlights.highlighted('hl-yellow')).toEqual([PASSAGE]);

  // Delete, then undo.
  await app.reader.getByRole('button', { name: 'Notes', exact: true }).click();
  await notes.getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => highlights.highlighted('hl-yellow')).toEqual([]);
  await notes.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => highlights.highlighted('hl-yellow')).toEqual([PASSAGE]);
});
