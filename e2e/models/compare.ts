// Page object for comparing two reports: the bar over the panes, the gutter bands, the
// Differences panel, the word diff and a pane's Similar reports.
import { expect, type Locator, type Page } from '@playwright/test';

export class CompareModel {
  readonly bar: Locator;
  readonly method: Locator;
  readonly differences: Locator;
  readonly wordDiff: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('toolbar', { name: 'Comparison' });
    this.method = this.bar.locator('.compare-method');
    this.differences = page.getByRole('region', { name: 'Differences' });
    this.wordDiff = page.getByRole('region', { name: 'Word diff' });
  }

  pane(i: number): Locator {
    return this.page.locator('.pane').nth(i);
  }

  /** A paragraph row of a pane, found by words it holds. */
  row(i: number, text: string | RegExp): Locator {
    return this.pane(i).locator('.block-row', { hasText: text });
  }

  async waitForComparison(method: 'content' | 'length'): Promise<void> {
    await expect(this.method).toHaveAttribute('data-method', method);
  }

  async openDifferences(): Promise<void> {
    await this.bar.getByRole('button', { name: /^Differences/ }).click();
    await expect(this.differences).toBeVisible();
  }

  /** How many ranges a named CSS highlight paints (the Custom Highlight API has no DOM to query). */
  highlightSize(name: string): Promise<number> {
    return this.page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
  }

  /** Whether a row is inside its pane's visible area. */
  async isInView(row: Locator): Promise<boolean> {
    return row.evaluate((el) => {
      const scroller = el.closest('.reader')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return box.bottom > scroller.top && box.top < scroller.bottom;
    });
  }
}
