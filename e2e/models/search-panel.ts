// Page object for the library search dialog and the reader's find bar.
import type { Locator, Page } from '@playwright/test';

export class SearchPanel {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly hits: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Search the library' });
    this.input = this.dialog.getByRole('searchbox', { name: 'Search the library' });
    this.hits = this.dialog.getByRole('listbox', { name: 'Results' }).getByRole('option');
    this.status = this.dialog.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+K');
  }

  hit(title: string | RegExp): Locator {
    return this.hits.filter({ has: this.page.locator('.hit-title', { hasText: title }) });
  }
}

export class FindBar {
  readonly input: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('searchbox', { name: 'Find in document' });
    this.count = page.getByTestId('find-count');
  }

  /** The text under each range of a named CSS highlight, in document order. */
  async highlighted(name: string): Promise<string[]> {
    return this.page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);
  }
}
