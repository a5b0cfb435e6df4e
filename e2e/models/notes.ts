// Page object for annotating: selecting a passage as a reader would, the selection
// toolbar, and a pane's notes panel.
import type { Locator, Page } from '@playwright/test';

/** Selects `passage` inside the paragraph that holds it, then lets go of the mouse. */
export async function selectPassage(pane: Locator, passage: string): Promise<void> {
  const paragraph = pane.locator('.article-body p', { hasText: passage }).first();
  await paragraph.evaluate((p, words) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`"${words}" is not in one text node of the paragraph`);
  }, passage);
}

export function selectionToolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Highlight the selection' });
}

/** Opens a pane's notes panel (if closed) and returns it. */
export async function openNotes(pane: Locator): Promise<Locator> {
  const toggle = pane.getByRole('button', { name: 'Notes', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  return pane.getByRole('complementary', { name: 'Notes' });
}
