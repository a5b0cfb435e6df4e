// Page object for a dialog (the app's <Modal>): found by its accessible name, closed by Escape or its backdrop.
import type { Locator, Page } from '@playwright/test';

export class Dialog {
  readonly root: Locator;
  readonly backdrop: Locator;

  constructor(
    readonly page: Page,
    name: string,
  ) {
    this.root = page.getByRole('dialog', { name });
    this.backdrop = page.locator('.dialog-backdrop');
  }

  /** A press on the backdrop, clear of the dialog. */
  async clickOutside(): Promise<void> {
    await this.backdrop.click({ position: { x: 5, y: 5 } });
  }

  /** The id of the focused element, or its tag when it has none. */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el?.id || el?.tagName.toLowerCase() || '';
    });
  }
}
