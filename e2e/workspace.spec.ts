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
    await page.keyboard.press('Escape');
    await expect(workspace.pane(0).locator('[data-pending]')).toHaveCount(0);
  }
});
