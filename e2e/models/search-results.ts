// Page object for the search panel's paged results, its order, saving and exporting.
import { expect, type Locator, type Page } from '@playwright/test';
import { SearchPanel } from './search-panel';

export class SearchResults extends SearchPanel {
  readonly scroller: Locator;
  readonly sort: Locator;

  constructor(page: Page) {
    super(page);
    this.scroller = this.dialog.getByTestId('search-scroll');
    this.sort = this.dialog.getByRole('combobox', { name: 'Sort by' });
  }

  /** Scrolls the results until the last of `total` is in the page (each page loads as the list nears its end). */
  async scrollToLast(total: number): Promise<Locator> {
    const last = this.hits.last();
    await expect
      .poll(
        async () => {
          await this.scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
          return last.getAttribute('aria-posinset');
        },
        { timeout: 30_000 },
      )
      .toBe(String(total));
    return last;
  }

  async save(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save search…' }).click();
    await this.dialog.getByLabel('Name this search').fill(name);
    await this.dialog.getByRole('button', { name: 'Save', exact: true }).click();
  }

  async exportTo(folder: string, format: 'CSV' | 'Markdown'): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Export results…' }).click();
    await this.dialog.getByRole('radio', { name: format }).check();
    await this.dialog.getByLabel('Folder').fill(folder);
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
  }
}
