// Page object for the reading workspace: one or two panes, their scrolling and pins.
import { expect, type Locator, type Page } from '@playwright/test';

export class WorkspaceModel {
  readonly panes: Locator;

  constructor(readonly page: Page) {
    this.panes = page.locator('.pane');
  }

  pane(i: number): Locator {
    return this.panes.nth(i);
  }

  scroller(i: number): Locator {
    return this.pane(i).locator('.reader');
  }

  async waitForPanes(ids: string[]): Promise<void> {
    await expect(this.panes).toHaveCount(ids.length);
    for (const [i, id] of ids.entries()) await expect(this.pane(i)).toHaveAttribute('data-doc-id', id);
    await this.page.evaluate(() => document.fonts.ready);
  }

  /** The block index at the top of a pane. */
  async topBlock(i: number): Promise<number> {
    return this.scroller(i).evaluate((el) => {
      const rows = [...el.querySelectorAll<HTMLElement>('[data-block]')];
      const edge = el.getBoundingClientRect().top + 4;
      let top = rows[0]!;
      for (const row of rows) if (row.getBoundingClientRect().top <= edge) top = row;
      return Number(top.dataset.block);
    });
  }

  /** Scrolls a pane (its scroll position, as a user's scrolling sets it) until block `index` is at the top. */
  async scrollToBlock(i: number, index: number): Promise<void> {
    await this.scroller(i).evaluate((el, n) => {
      const row = el.querySelector<HTMLElement>(`[data-block="${n}"]`)!;
      el.scrollTop = row.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop + 1;
    }, index);
    await expect.poll(() => this.topBlock(i)).toBe(index);
  }

  direction(i: number): Promise<{ title: string; paragraphs: string[] }> {
    return this.pane(i).evaluate((pane) => ({
      title: getComputedStyle(pane.querySelector('.doc-title-heading')!).direction,
      paragraphs: [...pane.querySelectorAll<HTMLElement>('.article-body p')]
        .filter((p) => /[\u0600-\u06FFA-Za-z]/.test(p.textContent ?? ''))
        .map((p) => getComputedStyle(p).direction),
    }));
  }
}
