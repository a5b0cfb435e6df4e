// Page object for the library panel at scale: its fixed controls, its virtualised list, saved searches.
import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPanel {
  readonly panel: Locator;
  readonly filter: Locator;
  readonly scroller: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly shown: Locator;
  readonly savedSearches: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('navigation', { name: 'Library' });
    this.filter = this.panel.getByRole('searchbox', { name: 'Filter the library' });
    this.scroller = this.panel.getByTestId('library-scroll');
    this.rows = this.scroller.locator('.doc-row');
    this.count = this.panel.getByTestId('library-count');
    this.shown = this.panel.getByTestId('library-shown');
    this.savedSearches = this.panel.getByTestId('saved-searches');
  }

  /** Scrolls the list to its end, as often as rows measured on the way make it longer. */
  async scrollToEnd(): Promise<void> {
    await expect
      .poll(async () =>
        this.scroller.evaluate((el) => {
          el.scrollTop = el.scrollHeight;
          return Math.abs(el.scrollHeight - el.clientHeight - el.scrollTop) < 2;
        }),
      )
      .toBe(true);
  }

  savedSearch(name: string): Locator {
    return this.savedSearches.getByRole('button', { name, exact: true });
  }
}
