import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/** Windows-1256 bytes for an Arabic text, from the code page's own table. */
function windows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((c) => table.get(c) ?? 0x3f));
}

test('importing a folder shows progress, then opens a saved news page as its article text only', async ({
  hamish,
  dataDir,
}, testInfo) => {
  const { app, page } = hamish;
  const folder = join(dataDir, '..', `${dataDir.split('/').pop()}-import`);
  await mkdir(join(folder, 'archive'), { recursive: true });
  // Enough files that the import takes a visible moment.
  for (let i = 0; i < 400; i++) {
    await writeFile(join(folder, 'archive', `brief-${i}.txt`), `موجز رقم ${i}\nخبر قصير عن المياه في العراق رقم ${i}.`);
  }
  await writeFile(join(folder, 'legacy-1256.txt'), windows1256('خبر قديم\nنص محفوظ بترميز ويندوز العربي منذ سنوات.'));
  await writeFile(join(folder, 'broken.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  // The saved news page the HTML parser's unit tests use: scripts, trackers, a meta refresh, ads.
  await copyFile(
    join(import.meta.dirname, '..', 'src', 'core', 'library', 'formats', 'fixtures', 'news-page.html'),
    join(folder, 'water-plan.html'),
  );

  // Watch the progress bar: note every state it shows until the import ends.
  await page.evaluate(() => {
    const seen: { max: string | null; value: string | null }[] = [];
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('.progress progress');
      if (bar) seen.push({ max: bar.getAttribute('max'), value: bar.getAttribute('value') });
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await app.addPath(folder);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Added 402', { timeout: 30_000 });
  await expect(page.locator('.progress progress')).toHaveCount(0);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: { max: string }[] }).progressSeen);
  expect(seen.some((s) => s.max === '403')).toBe(true);
  await expect(report).toContainText('broken.txt');
  await expect(report).toContainText('not a text file');

  await app.library.getByRole('searchbox', { name: 'Filter the library' }).fill('المياه');
  await app.open('العراق يعلن خطة جديدة لإدارة المياه');
  await expect(app.title).toHaveText('العراق يعلن خطة جديدة لإدارة المياه');
  await expect(app.reader.locator('.article-meta')).toContainText('الشرق الأوسط');
  await expect(app.reader.locator('.article-meta')).toContainText('فاضل النشمي');
  await expect(app.reader).toContainText('تستهدف ري 1.8 مليون دونم');
  await expect(app.reader.locator('blockquote')).toContainText('لن نقبل بأن يتحول العراق إلى بلد بلا أنهار');
  const body = await app.reader.locator('.article-body').innerText();
  for (const clutter of [
    'ملفات تعريف الارتباط',
    'قائمة الاقتصاد',
    'إعلان',
    'اشترك',
    'تعليق القارئ',
    'تذييل',
    'سكربت',
    'رابط ذو صلة',
    'نص مخفي',
  ]) {
    expect(body, `article text must not contain "${clutter}"`).not.toContain(clutter);
  }
  expect(page.url()).not.toContain('evil.example');
  await page.screenshot({ path: testInfo.outputPath('imported-news-page.png') });

  await app.library.getByRole('searchbox', { name: 'Filter the library' }).fill('خبر قديم');
  await app.open('خبر قديم');
  await expect(app.reader).toContainText('نص محفوظ بترميز ويندوز العربي منذ سنوات.');
});

test('removing a document asks first, and the file stays on disk', async ({ hamish }) => {
  const { app, page } = hamish;
  const item = app.document('الكاظمي يرسم ملامح المواجهة مع الميليشيات');
  await item.hover();
  await page.getByRole('button', { name: /Remove “الكاظمي يرسم/ }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('The file itself stays on disk');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.documents).toHaveCount(2);
  await page.getByRole('button', { name: /Remove “الكاظمي يرسم/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
  await expect(app.documents).toHaveCount(1);
  await page.reload();
  await app.waitForLibrary();
  await expect(app.documents).toHaveCount(1);
});
