// Page object for the Hamish window: the library list and the reader pane.
import { expect, type Locator, type Page } from '@playwright/test';

export class HamishApp {
  readonly library: Locator;
  readonly documents: Locator;
  readonly reader: Locator;
  readonly title: Locator;
  readonly paragraphs: Locator;

  constructor(readonly page: Page) {
    this.library = page.getByRole('navigation', { name: 'Library' });
    this.documents = this.library.locator('.doc-item');
    this.reader = page.locator('.pane').first();
    this.title = this.reader.locator('.doc-title-heading');
    this.paragraphs = this.reader.locator('.article-body p');
  }

  /** Ready when the library has loaded (the panel's state says so). */
  async waitForLibrary(): Promise<void> {
    await expect(this.library).toHaveAttribute('data-state', 'ready');
  }

  document(title: string | RegExp): Locator {
    return this.documents.filter({ has: this.page.locator('.doc-title', { hasText: title }) });
  }

  async open(title: string | RegExp): Promise<void> {
    const item = this.document(title);
    const id = await item.getAttribute('data-doc-id');
    await item.click();
    await this.waitForDocument(id!);
  }

  async waitForDocument(id: string): Promise<void> {
    await expect(this.reader).toHaveAttribute('data-doc-id', id);
    // The bundled typeface must be loaded before anything is measured or shot.
    await this.page.evaluate(() => document.fonts.ready);
  }

  async addPath(path: string): Promise<void> {
    await this.library.getByLabel('Add a file or folder by path').fill(path);
    await this.library.getByRole('button', { name: 'Add' }).click();
  }

  /** Direction facts about the open article's title and paragraphs, as the browser computed and laid them out. */
  async readingDirection(): Promise<{ title: string; paragraphs: ParagraphLayout[] }> {
    return this.reader.evaluate((main) => {
      const title = getComputedStyle(main.querySelector('.doc-title-heading')!).direction;
      const paragraphs = [...main.querySelectorAll<HTMLElement>('.article-body p')].map((p) => {
        // Where the first line of text actually sits: flush right for RTL, flush left for LTR.
        // A line with numbers or Latin inside Arabic is several bidi runs, so take all of its boxes.
        const range = document.createRange();
        range.selectNodeContents(p);
        const rects = [...range.getClientRects()];
        const line = rects.filter((r) => Math.abs(r.top - rects[0]!.top) < 2);
        const right = Math.max(...line.map((r) => r.right));
        const left = Math.min(...line.map((r) => r.left));
        const box = p.getBoundingClientRect();
        const style = getComputedStyle(p);
        const contentRight = box.right - parseFloat(style.paddingRight);
        const contentLeft = box.left + parseFloat(style.paddingLeft);
        const align: 'right' | 'left' | 'other' =
          Math.abs(right - contentRight) < 2 ? 'right' : Math.abs(left - contentLeft) < 2 ? 'left' : 'other';
        return { text: p.textContent ?? '', direction: getComputedStyle(p).direction, align };
      });
      return { title, paragraphs };
    });
  }
}

export interface ParagraphLayout {
  text: string;
  direction: string;
  align: 'right' | 'left' | 'other';
}
