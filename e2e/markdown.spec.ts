// Markdown's inline emphasis, code and links are shown styled, and the text under them keeps its offsets.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { selectionToolbar } from './models/notes';
import { FindBar } from './models/search-panel';

test('Markdown emphasis, code and links show styled, not as asterisks, and highlight across them', async ({
  hamish,
  fixturesDir,
}) => {
  const { app, page } = hamish;
  // A folder of its own inside the test's private copy of the fixtures (removed after the test).
  const folder = join(fixturesDir, 'markdown-inline');
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, 'statement.md'),
    '# بيان الحكومة\n\nقال **رئيس الوزراء** إن *الأمن* أولوية، في [بيان رسمي](https://example.org/s) نُشر `اليوم`.\n',
  );
  await app.addPath(folder);
  await app.open('بيان الحكومة');
  const paragraph = app.reader.locator('.article-body p').first();
  await expect(paragraph).toHaveText('قال رئيس الوزراء إن الأمن أولوية، في بيان رسمي نُشر اليوم.');
  await expect(paragraph.locator('strong')).toHaveText('رئيس الوزراء');
  await expect(paragraph.locator('em')).toHaveText('الأمن');
  await expect(paragraph.locator('code')).toHaveText('اليوم');
  await expect(paragraph.locator('.md-link')).toHaveText('بيان رسمي');
  await expect(paragraph.locator('.md-link')).toHaveAttribute('title', 'https://example.org/s');
  expect(await paragraph.evaluate((p) => getComputedStyle(p.querySelector('strong')!).fontWeight)).toBe('700');

  // A highlight across the styled words lands on exactly those words (offsets unchanged).
  const passage = 'رئيس الوزراء إن الأمن';
  await paragraph.evaluate((p, words) => {
    const text = p.textContent!;
    const at = text.indexOf(words);
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const point = (offset: number) => {
      for (const node of nodes) {
        if (offset <= node.length) return [node, offset] as const;
        offset -= node.length;
      }
      throw new Error('past the end');
    };
    const range = document.createRange();
    range.setStart(...point(at));
    range.setEnd(...point(at + words.length));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, passage);
  await selectionToolbar(page).getByRole('button', { name: 'Highlight in green' }).click();
  await expect.poll(() => new FindBar(page).highlighted('hl-green').then((parts) => parts.join(''))).toBe(passage);
});
