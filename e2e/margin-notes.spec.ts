// Notes in the margin: a highlight's note beside its lines, and the popover that edits it.
import { expect, test } from './fixtures';
import { openNotes, selectionToolbar, selectPassage } from './models/notes';
import { FindBar } from './models/search-panel';

const IRAQ = /^صعدت السلطات العراقية/;
const PASSAGE = 'مليونا و800 ألف عنصر عسكرى';
const SECOND = 'مصطفى الكاظمى';
const NOTE = 'المنفذ يقول 1.8 مليون، والمصدر الآخر يغفل الرقم';

test('a highlight’s note shows in the margin beside its lines; clicking the highlight edits, recolours, restyles, tags and removes it', async ({
  hamish,
}, testInfo) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  for (const [passage, note] of [
    [PASSAGE, NOTE],
    [SECOND, 'Named in both reports'],
  ] as const) {
    await selectPassage(app.reader, passage);
    const toolbar = selectionToolbar(page);
    await toolbar.getByRole('button', { name: 'Note…' }).click();
    await toolbar.getByLabel('Note', { exact: true }).fill(note);
    await toolbar.getByRole('button', { name: 'Save' }).click();
    await expect(toolbar).toBeHidden();
  }
  // A highlight without a note, to tell apart.
  await selectPassage(app.reader, 'صعدت السلطات العراقية');
  await selectionToolbar(page).getByRole('button', { name: 'Highlight in blue' }).click();

  const highlights = new FindBar(page);
  await expect.poll(() => highlights.highlighted('noted')).toEqual([SECOND, PASSAGE]);
  await expect.poll(() => highlights.highlighted('hl-blue')).toEqual(['صعدت السلطات العراقية']);

  const margin = app.reader.getByRole('group', { name: 'Notes in the margin' });
  const note = margin.getByRole('button', { name: `Note: ${NOTE}` });
  await expect(note).toBeVisible();
  await expect(note).toContainText(NOTE);
  // Beside its passage: at its first line's height, in the margin the Arabic lines end on (the
  // left), clear of the text.
  const place = await app.reader.evaluate((pane, passage) => {
    const p = [...pane.querySelectorAll('.article-body p')].find((el) => el.textContent!.includes(passage))!;
    const text = p.firstChild as Text;
    const at = text.data.indexOf(passage);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + passage.length);
    const body = pane.querySelector('.article-body')!.getBoundingClientRect();
    return { passageTop: range.getClientRects()[0]!.top, textLeft: body.left };
  }, PASSAGE);
  const box = (await note.boundingBox())!;
  expect(Math.abs(box.y - place.passageTop)).toBeLessThan(12);
  expect(box.x + box.width).toBeLessThanOrEqual(place.textLeft);
  await page.screenshot({ path: testInfo.outputPath('margin-notes-light.png') });

  // Clicking the highlighted words opens the popover.
  await app.reader.locator('.article-body p', { hasText: PASSAGE }).evaluate((p, passage) => {
    const text = p.firstChild as Text;
    const range = document.createRange();
    const at = text.data.indexOf(passage) + 3;
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    const r = range.getBoundingClientRect();
    p.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 }));
  }, PASSAGE);
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await expect(popover).toBeVisible();
  await expect(popover.getByLabel('Note', { exact: true })).toHaveValue(NOTE);
  await popover.getByRole('button', { name: 'Highlight in green' }).click();
  await expect.poll(() => highlights.highlighted('hl-green')).toEqual([PASSAGE]);
  await popover.getByRole('button', { name: 'Underline instead of highlight' }).click();
  await expect.poll(() => highlights.highlighted('ul-green')).toEqual([PASSAGE]);
  await popover.getByLabel('Note', { exact: true }).fill('رقم مختلف');
  await popover.getByLabel('Tags').fill('أرقام');
  await popover.getByRole('button', { name: 'Save' }).click();
  await expect(popover).toBeHidden();
  await expect(margin.getByRole('button', { name: 'Note: رقم مختلف' })).toBeVisible();

  // The margin note opens the same popover; Remove takes the highlight and its note away.
  await margin.getByRole('button', { name: 'Note: رقم مختلف' }).click();
  await expect(popover.getByLabel('Tags')).toHaveValue('أرقام');
  await popover.getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => highlights.highlighted('ul-green')).toEqual([]);
  await expect(margin.getByRole('button')).toHaveCount(1);
});

test('in the dark theme and side by side the margin notes stay beside the text, collapsed to a line when narrow', async ({
  hamish,
}, testInfo) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await selectPassage(app.reader, PASSAGE);
  const toolbar = selectionToolbar(page);
  await toolbar.getByRole('button', { name: 'Note…' }).click();
  await toolbar.getByLabel('Note', { exact: true }).fill(NOTE);
  await toolbar.getByRole('button', { name: 'Save' }).click();
  await expect(toolbar).toBeHidden();
  await selectPassage(app.reader, SECOND);
  await toolbar.getByRole('button', { name: 'Note…' }).click();
  await toolbar.getByLabel('Note', { exact: true }).fill('Named in both reports, spelled two ways');
  await toolbar.getByRole('button', { name: 'Save' }).click();
  await expect(toolbar).toBeHidden();
  await page.keyboard.press('Control+,');
  const dialog = page.getByRole('dialog', { name: 'Reading and interface' });
  await dialog.getByLabel('Theme').selectOption('dark');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const margin = app.reader.getByRole('group', { name: 'Notes in the margin' });
  await expect(margin.getByRole('button')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('margin-notes-dark.png') });

  // A narrow pane: each note is a line in the margin, still clear of the text.
  await page.setViewportSize({ width: 900, height: 820 });
  const note = margin.getByRole('button', { name: `Note: ${NOTE}` });
  await expect.poll(async () => (await note.boundingBox())!.width).toBeLessThan(24);
  const textLeft = await app.reader.locator('.article-body').evaluate((b) => b.getBoundingClientRect().left);
  const box = (await note.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(textLeft);
  await page.screenshot({ path: testInfo.outputPath('margin-notes-narrow.png') });
});

test('the notes panel keeps its header and filters in place while its list scrolls', async ({ hamish }) => {
  const { app, page } = hamish;
  await page.setViewportSize({ width: 1280, height: 560 });
  await app.open(IRAQ);
  const toolbar = selectionToolbar(page);
  for (const passage of ['صعدت السلطات العراقية', 'وأوضحت خلية الإعلام', 'وفى سياق آخر', PASSAGE, SECOND]) {
    await selectPassage(app.reader, passage);
    await toolbar.getByRole('button', { name: 'Highlight in pink' }).click();
    await expect(toolbar).toBeHidden();
  }
  const notes = await openNotes(app.reader);
  await expect(notes.locator('.note-item')).toHaveCount(5);
  const list = notes.locator('ul').first();
  const header = notes.locator('.notes-header');
  const filters = notes.locator('.notes-filters');
  const before = (await filters.boundingBox())!.y;
  // The list overflows, and scrolls by itself.
  expect(await list.evaluate((ul) => ul.scrollHeight > ul.clientHeight)).toBe(true);
  await list.evaluate((ul) => (ul.scrollTop = ul.scrollHeight));
  await expect.poll(() => list.evaluate((ul) => ul.scrollTop)).toBeGreaterThan(0);
  await expect(header).toBeInViewport({ ratio: 1 });
  expect((await filters.boundingBox())!.y).toBe(before);
  expect(await notes.evaluate((panel) => panel.scrollTop)).toBe(0);
});
