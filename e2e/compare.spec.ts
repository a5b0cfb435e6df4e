import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeStory } from '../tests/fixtures/story';
import { expect, test } from './fixtures';
import { CompareModel } from './models/compare';
import { WorkspaceModel } from './models/workspace';

async function idOf(
  app: { document: (t: string | RegExp) => { getAttribute: (n: string) => Promise<string | null> } },
  title: string,
) {
  return (await app.document(title).getAttribute('data-doc-id'))!;
}

test('two reports of one story: passages paired by content, the counterpart marked on hover, the conflicting number listed and jumped to', async ({
  hamish,
  dataDir,
}, testInfo) => {
  test.skip(!hamish.url, 'deep links by URL are the web shell’s');
  const { app, page } = hamish;
  await app.addPath(await writeStory(join(dataDir, '..', `${dataDir.split('/').pop()}-story`)));
  await expect(app.documents).toHaveCount(5);
  const left = await idOf(app, 'الصحة تسجل 1800 إصابة جديدة بكورونا');
  const right = await idOf(app, '2100 إصابة جديدة والوزارة تدعو للتباعد');
  await page.goto(`${hamish.url}#/compare?left=${left}&right=${right}`);
  await new WorkspaceModel(page).waitForPanes([left, right]);
  const compare = new CompareModel(page);
  await compare.waitForComparison('content');
  await expect(compare.method).toContainText('by content');

  // Matched paragraphs carry a band in the gutter; the hospital (left) and the minister's quote (right) are only in one.
  await expect(compare.row(0, 'إصابة جديدة').locator('.match-band:not([data-only])')).toHaveCount(1);
  await expect(compare.row(0, 'مستشفى ميدانيا').locator('.match-band[data-only]')).toHaveCount(1);
  await expect(compare.row(1, 'توفيق الربيعة').locator('.match-band[data-only]')).toHaveCount(1);

  // Hovering a paragraph marks its counterpart across, though the facts come in another order.
  await compare.row(0, 'إصابة جديدة').hover();
  await expect(compare.pane(1).locator('.block-row[data-counterpart="best"]')).toContainText('2100 إصابة');
  await compare.row(0, 'الكمامات').hover();
  await expect(compare.pane(1).locator('.block-row[data-counterpart="best"]')).toContainText('دعت وزارة الصحة');
  await page.screenshot({ path: testInfo.outputPath('compare-pairing.png') });

  // The Differences panel: 1800 vs 2100 is a conflict; the quote and the hospital are each one report's.
  await compare.openDifferences();
  const conflict = compare.differences.locator('li[data-side="both"][data-kind="number"]');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('1800');
  await expect(conflict).toContainText('2100');
  await expect(compare.differences.locator('li[data-kind="quote"][data-side="right"]')).toContainText('نحن أمام مرحلة حرجة');
  // Spelling variants are never differences.
  await expect(compare.differences).not.toContainText('العبد العالي');
  await conflict.getByRole('button').click();
  await expect.poll(() => compare.highlightSize('compare-focus')).toBe(2);
  expect(await compare.isInView(compare.row(1, '2100 إصابة'))).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('compare-differences.png') });

  // The comparison exports as a Markdown note: matched passages, each report's own, the differences.
  const out = join(dataDir, '..', `${dataDir.split('/').pop()}-comparison`);
  await compare.bar.getByRole('button', { name: 'Export comparison…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export comparison…' });
  await dialog.getByLabel('Folder').fill(out);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('.md');
  const [file] = await readdir(out);
  const note = await readFile(join(out, file!), 'utf8');
  expect(note).toContain('## Matched passages');
  expect(note).toMatch(/Number: 1800 .*≠ 2100/);
  expect(note).toContain('نحن أمام مرحلة حرجة');
  await rm(out, { recursive: true, force: true });
});

test('the two samples side by side show which paragraph is paired with which', async ({ hamish }, testInfo) => {
  test.skip(!hamish.url, 'deep links by URL are the web shell’s');
  const { app, page } = hamish;
  const left = await idOf(app, 'الكاظمي يرسم ملامح المواجهة مع الميليشيات');
  const right = (await app.document(/^صعدت السلطات العراقية/).getAttribute('data-doc-id'))!;
  await page.goto(`${hamish.url}#/compare?left=${left}&right=${right}`);
  await new WorkspaceModel(page).waitForPanes([left, right]);
  const compare = new CompareModel(page);
  await compare.waitForComparison('content');
  expect(await compare.pane(0).locator('.match-band:not([data-only])').count()).toBeGreaterThan(0);
  expect(await compare.pane(0).locator('.match-band[data-only]').count()).toBeGreaterThan(0);
  // Linked scrolling has a toggle that shows its state.
  const toggle = compare.bar.getByRole('button', { name: 'Linked scrolling' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.screenshot({ path: testInfo.outputPath('compare-samples.png') });
});

test('an agency copy opens as a word diff, and Similar reports lists it first, flagged', async ({
  hamish,
  dataDir,
}, testInfo) => {
  test.skip(!hamish.url, 'deep links by URL are the web shell’s');
  const { app, page } = hamish;
  await app.addPath(await writeStory(join(dataDir, '..', `${dataDir.split('/').pop()}-story`)));
  await expect(app.documents).toHaveCount(5);
  await app.open('الصحة تسجل 1800 إصابة جديدة بكورونا');
  await app.reader.getByRole('button', { name: 'Similar' }).click();
  const similar = app.reader.getByRole('region', { name: 'Similar reports' });
  const first = similar.locator('.similar-item').first();
  await expect(first).toContainText('الصحة: 1800 إصابة جديدة بكورونا');
  await expect(first).toHaveAttribute('data-near-duplicate', 'true');
  await expect(similar.locator('.similar-item').nth(1)).toContainText('2100 إصابة جديدة');
  await page.screenshot({ path: testInfo.outputPath('similar-reports.png') });

  await first.getByRole('button', { name: 'Compare' }).click();
  const compare = new CompareModel(page);
  await compare.waitForComparison('content');
  await expect(compare.bar.locator('.near-duplicate')).toBeVisible();
  await compare.bar.getByRole('button', { name: 'Word diff' }).click();
  await expect(compare.wordDiff).toBeVisible();
  // What the copy added and the word it changed are marked; spelling variants (الاحد, الرسمى) are not.
  await expect(compare.wordDiff.locator('ins')).toContainText(['الجديد', 'وقد بدأ المستشفى استقبال المرضى صباح اليوم']);
  await expect(compare.wordDiff.locator('del')).toContainText(['المستجد']);
  await expect(compare.wordDiff.locator('ins, del')).not.toContainText(['الاحد']);
  await page.screenshot({ path: testInfo.outputPath('word-diff.png') });
});
