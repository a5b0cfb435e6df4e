// The workspace never hides its controls: only the panes scroll, whatever brings a passage into view.
import { expect, test, type Hamish } from './fixtures';
import { FindBar, SearchPanel } from './models/search-panel';
import { WorkspaceModel } from './models/workspace';

const KADHIMI = 'الكاظمي يرسم ملامح المواجهة مع الميليشيات';
const IRAQ = /^صعدت السلطات العراقية/;

/** Every pane's toolbar lies inside the window, and nothing around the panes has scrolled. */
async function expectControlsInView({ page }: Hamish): Promise<void> {
  const workspace = new WorkspaceModel(page);
  const toolbars = page.locator('.pane-toolbar');
  for (let i = 0; i < (await toolbars.count()); i++) await expect(toolbars.nth(i)).toBeInViewport({ ratio: 1 });
  const scrolled = await page.evaluate(() =>
    [document.scrollingElement, ...document.querySelectorAll('.app, .workspace-host, .workspace, .pane')]
      .filter((el): el is Element => !!el && el.scrollTop !== 0)
      .map((el) => el.className || el.tagName),
  );
  expect(scrolled).toEqual([]);
  // The reader's bottom edge is the window's: nothing of the pane is cut.
  const box = await workspace.scroller(0).boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(page.viewportSize()!.height + 1);
}

test('opening a search result and stepping through find scroll the pane, never the workspace', async ({ hamish }) => {
  const { app, page } = hamish;
  const search = new SearchPanel(page);
  await search.open();
  await search.input.fill('الكاظمى');
  await expect(search.hits).toHaveCount(2);
  // The last match of the last result, far down its document.
  await search.hits.last().click();
  await expect(search.dialog).toBeHidden();
  await expect(app.reader.locator('article')).toHaveAttribute('data-hit', /\d+/);
  await expectControlsInView(hamish);

  await page.keyboard.press('Control+F');
  const find = new FindBar(page);
  await find.input.fill('ميليشيا');
  await expect(find.count).toHaveText(/^1 of \d+$/);
  for (let i = 0; i < 6; i++) await find.input.press('Enter');
  await find.input.press('Shift+Enter');
  await expect(find.count).toHaveText(/^6 of \d+$/);
  await expectControlsInView(hamish);
  await expect(page.locator('.pane-toolbar').getByRole('button', { name: 'Notes' })).toBeInViewport();
});

test('linked scrolling side by side keeps both toolbars on screen', async ({ hamish }) => {
  const { app, page } = hamish;
  const left = (await app.document(KADHIMI).getAttribute('data-doc-id'))!;
  const right = (await app.document(IRAQ).getAttribute('data-doc-id'))!;
  await page.evaluate(([l, r]) => (window.location.hash = `#/compare?left=${l}&right=${r}`), [left, right]);
  const workspace = new WorkspaceModel(page);
  await workspace.waitForPanes([left, right]);
  await workspace.scrollToBlock(0, 9);
  await page.keyboard.press('Control+F');
  await new FindBar(page).input.fill('الكاظمي');
  await new FindBar(page).input.press('Enter');
  await expectControlsInView(hamish);
});

test('opening a search result while comparing keeps the comparison, in the pane that had focus', async ({ hamish }) => {
  const { app, page } = hamish;
  const left = (await app.document(KADHIMI).getAttribute('data-doc-id'))!;
  const right = (await app.document(IRAQ).getAttribute('data-doc-id'))!;
  await page.evaluate(([l, r]) => (window.location.hash = `#/compare?left=${l}&right=${r}`), [left, right]);
  const workspace = new WorkspaceModel(page);
  await workspace.waitForPanes([left, right]);
  // Focus in the left pane; a result from the right pane's document opens there, the pair stays.
  await workspace.scroller(0).click({ position: { x: 40, y: 200 } });
  const search = new SearchPanel(page);
  await search.open();
  await search.input.fill('الكاظمى');
  await search.hit(IRAQ).click();
  await expect(search.dialog).toBeHidden();
  await workspace.waitForPanes([left, right]);
  await expect(workspace.pane(1).locator('article')).toHaveAttribute('data-hit', /\d+/);
  await expectControlsInView(hamish);
});

test('a paragraph chosen for a pin stays marked, on its own side, until its partner is picked', async ({ hamish }) => {
  const { app, page } = hamish;
  const a = (await app.document(KADHIMI).getAttribute('data-doc-id'))!;
  const b = (await app.document(IRAQ).getAttribute('data-doc-id'))!;
  const workspace = new WorkspaceModel(page);
  // Both orders: pins are stored once per pair, whichever side each document is shown on.
  for (const [left, right] of [
    [a, b],
    [b, a],
  ]) {
    await page.evaluate(([l, r]) => (window.location.hash = `#/compare?left=${l}&right=${r}`), [left!, right!]);
    await workspace.waitForPanes([left!, right!]);
    const pin = workspace.pane(0).locator('[data-block="3"] .pin-button');
    await pin.click({ force: true });
    await expect(workspace.pane(0).locator('[data-block="3"]')).toHaveAttribute('data-pending', 'true');
    await expect(workspace.pane(1).locator('[data-pending]')).toHaveCount(0);
    await expect(pin).toHaveAttribute('aria-pressed', 'true');
    // Focus stays where the reader picked (the other pane shows nothing picked).
    expect(await page.evaluate(() => document.activeElement?.closest('.pane') === document.querySelector('.pane'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(workspace.pane(0).locator('[data-pending]')).toHaveCount(0);
  }
});

test('side by side is in plain sight: ⧉ shown beside each title without covering it, and Ctrl+\\ asks which document', async ({
  hamish,
}) => {
  const { app, page } = hamish;
  await app.open(KADHIMI);
  const other = app.document(IRAQ);
  const row = page.locator('.doc-row').filter({ has: page.locator('.doc-title', { hasText: IRAQ }) });
  const beside = row.getByRole('link', { name: /beside the current document/ });
  // Shown without hovering, clear of the title.
  expect(await beside.evaluate((a) => Number(getComputedStyle(a).opacity))).toBe(1);
  const [link, title] = [(await beside.boundingBox())!, (await other.locator('.doc-title').boundingBox())!];
  const overlaps = link.x < title.x + title.width && title.x < link.x + link.width && link.y < title.y + title.height;
  expect(overlaps).toBe(false);

  // Ctrl+\ from one document asks which goes beside it, instead of picking one.
  const left = await app.reader.getAttribute('data-doc-id');
  await page.keyboard.press('Control+\\');
  const dialog = page.getByRole('dialog', { name: 'Open beside…' });
  await expect(dialog).toBeVisible();
  await expect(new WorkspaceModel(page).panes).toHaveCount(1);
  const choices = dialog.getByRole('listitem');
  await expect(choices).toHaveCount(1);
  const right = await choices.getByRole('button').getAttribute('data-doc-id');
  await choices.getByRole('button').click();
  await new WorkspaceModel(page).waitForPanes([left!, right!]);
  // The pane's toolbar offers it too.
  await page.keyboard.press('Control+\\');
  await expect(new WorkspaceModel(page).panes).toHaveCount(1);
  await app.reader.getByRole('button', { name: 'Open beside…' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the library can be hidden, by its toggle or Ctrl+Shift+L, and the panes take its width', async ({ hamish }) => {
  const { app, page } = hamish;
  await app.open(KADHIMI);
  const before = (await app.reader.boundingBox())!.width;
  const toggle = app.reader.getByRole('button', { name: 'Library', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(app.library).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect((await app.reader.boundingBox())!.width).toBeGreaterThan(before + 200);
  await expectControlsInView(hamish);
  await page.keyboard.press('Control+Shift+L');
  await expect(app.library).toBeVisible();
  await page.keyboard.press('Control+Shift+L');
  await expect(app.library).toBeHidden();
});
