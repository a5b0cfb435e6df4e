import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startWebShell, stop, test } from './fixtures';
import { openNotes, selectionToolbar, selectPassage } from './models/notes';
import { FindBar } from './models/search-panel';
import { WorkspaceModel } from './models/workspace';

const IRAQ = /^صعدت السلطات العراقية/;
const KADHIMI = 'الكاظمي يرسم ملامح المواجهة مع الميليشيات';
const PASSAGE = 'مليونا و800 ألف عنصر عسكرى';

test('a passage highlighted with a note and a tag is painted, listed, and still there after a reload', async ({
  hamish,
}, testInfo) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await selectPassage(app.reader, PASSAGE);
  const toolbar = selectionToolbar(page);
  await toolbar.getByRole('button', { name: 'Note…' }).click();
  await toolbar.getByLabel('Note', { exact: true }).fill('المنفذ يقول 1.8 مليون، والمصدر الآخر يغفل الرقم');
  await toolbar.getByLabel('Tags').fill('العراق/الجيش، أرقام');
  await toolbar.getByRole('button', { name: 'Save' }).click();
  await expect(toolbar).toBeHidden();

  const highlights = new FindBar(page);
  await expect.poll(() => highlights.highlighted('hl-yellow')).toEqual([PASSAGE]);
  const notes = await openNotes(app.reader);
  await expect(notes).toBeVisible();
  expect((await notes.boundingBox())!.height).toBeGreaterThan(100);
  await expect(notes).toContainText(PASSAGE);
  await expect(notes.getByLabel('Note', { exact: true })).toHaveValue('المنفذ يقول 1.8 مليون، والمصدر الآخر يغفل الرقم');
  await expect(notes.getByLabel('Tags')).toHaveValue('العراق/الجيش، أرقام');
  await page.screenshot({ path: testInfo.outputPath('highlight-with-note.png') });

  await page.reload();
  await app.waitForLibrary();
  await expect.poll(() => highlights.highlighted('hl-yellow')).toEqual([PASSAGE]);

  // Recoloured in place, then deleted and brought back with Undo.
  const panel = await openNotes(app.reader);
  await panel.getByRole('button', { name: 'Highlight in green' }).click();
  await expect.poll(() => highlights.highlighted('hl-green')).toEqual([PASSAGE]);
  await panel.getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => highlights.highlighted('hl-green')).toEqual([]);
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => highlights.highlighted('hl-green')).toEqual([PASSAGE]);
  // And by keyboard.
  await panel.getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => highlights.highlighted('hl-green')).toEqual([]);
  // The removal is undoable once its answer is back (the Undo offer shows then).
  await expect(panel.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect.poll(() => highlights.highlighted('hl-green')).toEqual([PASSAGE]);
});

test('an underline, a bookmark by shortcut and a document note; the library-wide list filters and searches them', async ({
  hamish,
}) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await selectPassage(app.reader, 'صعدت السلطات العراقية');
  const toolbar = selectionToolbar(page);
  await toolbar.getByRole('button', { name: 'Underline instead of highlight' }).click();
  await toolbar.getByRole('button', { name: 'Underline in pink' }).click();
  const painted = new FindBar(page);
  await expect.poll(() => painted.highlighted('ul-pink')).toEqual(['صعدت السلطات العراقية']);

  await app.reader.locator('.reader').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+b');
  await expect(page.getByRole('status').filter({ hasText: 'Bookmark added.' })).toBeVisible();
  await expect(app.reader.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(app.reader.locator('.block-row[data-bookmarked]')).toHaveCount(1);
  const notes = await openNotes(app.reader);
  await expect(notes.locator('[data-kind="bookmark"]')).toHaveCount(1);

  await notes.getByRole('button', { name: 'Add a note on the document' }).click();
  await notes.getByLabel('Note on the document').fill('تقرير يعتمد على مصدر أمني واحد');
  await notes.getByLabel('Tags').first().fill('مصادر');
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.locator('[data-kind="note"]')).toHaveCount(1);

  // The other report gets a highlight too; the whole library's list shows both documents.
  await app.open(KADHIMI);
  await selectPassage(app.reader, 'الكاظمي');
  await selectionToolbar(page).getByRole('button', { name: 'Highlight in blue' }).click();
  const panel = await openNotes(app.reader);
  await panel.getByRole('button', { name: 'Whole library' }).click();
  await expect(panel.locator('.note-item')).toHaveCount(4);
  await panel.getByLabel('Kind').selectOption('bookmark');
  await expect(panel.locator('.note-item')).toHaveCount(1);
  await panel.getByLabel('Kind').selectOption('');
  await panel.getByLabel('Colour').selectOption('blue');
  await expect(panel.locator('.note-item')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  // Searching notes folds spelling as the search engine does: أمنى (alef maqsura) finds أمني.
  await panel.getByLabel('Search notes').fill('أمنى');
  await expect(panel.locator('.note-item')).toHaveCount(1);
  await expect(panel.locator('.note-item')).toContainText('تقرير يعتمد على مصدر أمني واحد');
  await panel.getByLabel('Search notes').fill('');
  await panel.getByLabel('Tag', { exact: true }).fill('مصادر');
  await expect(panel.locator('.note-item')).toHaveCount(1);
});

test('passages of the two reports linked with a note show on both sides, open the pair aligned, and export to Markdown', async ({
  hamish,
  dataDir,
}, testInfo) => {
  test.skip(!hamish.url, 'opened by URL in the web shell');
  const { app, page } = hamish;
  const left = (await app.document(KADHIMI).getAttribute('data-doc-id'))!;
  const right = (await app.document(IRAQ).getAttribute('data-doc-id'))!;
  await page.goto(`${hamish.url}#/compare?left=${left}&right=${right}`);
  const workspace = new WorkspaceModel(page);
  await workspace.waitForPanes([left, right]);

  const LEFT_PASSAGE = 'الكاظمي';
  await selectPassage(workspace.pane(0), LEFT_PASSAGE);
  await selectionToolbar(page).getByRole('button', { name: 'Link…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Now select the matching passage' })).toBeVisible();
  await selectPassage(workspace.pane(1), PASSAGE);
  const toolbar = selectionToolbar(page);
  await toolbar.getByRole('button', { name: 'Link here' }).click();
  await toolbar.getByLabel('What links them (a note)').fill('المصدر الثاني يذكر 1.8 مليون، والأول يغفل الرقم');
  await toolbar.getByRole('button', { name: 'Link passages' }).click();
  await expect(toolbar).toBeHidden();

  // Painted in both panes, listed in both notes panels with the other side's passage.
  const painted = new FindBar(page);
  await expect.poll(async () => (await painted.highlighted('link')).sort()).toEqual([LEFT_PASSAGE, PASSAGE].sort());
  const rightNotes = await openNotes(workspace.pane(1));
  await expect(rightNotes.locator('[data-kind="link"] .note-quote')).toHaveText(PASSAGE);
  await expect(rightNotes.locator('[data-kind="link"] blockquote')).toHaveText(LEFT_PASSAGE);
  const leftNotes = await openNotes(workspace.pane(0));
  await expect(leftNotes.locator('[data-kind="link"] .note-quote')).toHaveText(LEFT_PASSAGE);
  await expect(leftNotes.locator('[data-kind="link"] blockquote')).toHaveText(PASSAGE);
  await page.screenshot({ path: testInfo.outputPath('linked-passages.png') });

  // From the link, the pair opens with each pane on its passage.
  await page.goto(`${hamish.url}#/`);
  await app.open(IRAQ);
  const notes = await openNotes(app.reader);
  await notes.locator('[data-kind="link"] .note-link button').click();
  await workspace.waitForPanes([right, left]);
  await expect.poll(async () => (await painted.highlighted('search-hit')).sort()).toEqual([LEFT_PASSAGE, PASSAGE].sort());
  for (const i of [0, 1]) {
    const hit = workspace.pane(i).locator('.article');
    await expect(hit).toHaveAttribute('data-hit', /\d+/);
  }

  // Export the library's notes as Markdown and read the file.
  const out = join(dataDir, '..', `${dataDir.split('/').pop()}-export`);
  const panel = await openNotes(workspace.pane(0));
  await panel.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await dialog.getByLabel('The whole library').check();
  await dialog.getByLabel('Folder').fill(out);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Exported 2 files');
  await page.screenshot({ path: testInfo.outputPath('export-dialog.png') });
  const files = await readdir(out);
  expect(files).toHaveLength(2);
  const iraq = await readFile(
    join(
      out,
      files.find((f) => f.startsWith('صعدت'))!,
    ),
    'utf8',
  );
  expect(iraq).toMatch(/^---\ntitle: صعدت السلطات العراقية/);
  expect(iraq).toContain('## Links to other documents');
  expect(iraq).toContain(`> ${PASSAGE}`);
  expect(iraq).toContain(`> ${LEFT_PASSAGE}`);
  // The note is a paragraph of its own, so it takes its own (right-to-left) direction in Obsidian and on GitHub.
  expect(iraq).toContain('\n\nالمصدر الثاني يذكر 1.8 مليون، والأول يغفل الرقم\n\n');
  expect(iraq).toContain(`(hamish://open?doc=${left}&at=`);
  expect(iraq).toContain(`(hamish://compare?left=${right}&right=${left}&link=`);
});

test('a highlight whose passage is edited away becomes an orphan, is listed, and re-attaches to a new selection', async ({
  hamish,
  dataDir,
}, testInfo) => {
  const { app, page } = hamish;
  const folder = join(dataDir, '..', `${dataDir.split('/').pop()}-orphans`);
  await mkdir(folder, { recursive: true });
  const file = join(folder, 'basra.txt');
  await writeFile(file, 'تقرير البصرة\n\nارتفعت صادرات النفط من موانئ البصرة هذا الشهر.\n\nوقال مسؤول إن الأرقام أولية.\n');
  await app.addPath(folder);
  await expect(app.document('تقرير البصرة')).toBeVisible();
  await app.open('تقرير البصرة');
  await selectPassage(app.reader, 'صادرات النفط');
  await selectionToolbar(page).getByRole('button', { name: 'Highlight in orange' }).click();
  const painted = new FindBar(page);
  await expect.poll(() => painted.highlighted('hl-orange')).toEqual(['صادرات النفط']);

  // The file is rewritten without the passage: the watcher re-reads it; the note is kept as an orphan.
  await writeFile(file, 'تقرير البصرة\n\nتراجعت الأسعار في الأسواق المحلية.\n\nوقال مسؤول إن الأرقام أولية.\n');
  await expect(app.paragraphs.filter({ hasText: 'تراجعت الأسعار' })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => painted.highlighted('hl-orange')).toEqual([]);
  const notes = await openNotes(app.reader);
  await notes.getByLabel('Kind').selectOption('orphaned');
  const orphan = notes.locator('.note-item[data-orphaned]');
  await expect(orphan).toHaveCount(1);
  await expect(orphan).toContainText('صادرات النفط');
  await page.screenshot({ path: testInfo.outputPath('orphaned-note.png') });

  await selectPassage(app.reader, 'تراجعت الأسعار');
  await orphan.getByRole('button', { name: 'Re-attach to the selected text' }).click();
  await expect.poll(() => painted.highlighted('hl-orange')).toEqual(['تراجعت الأسعار']);
  await expect(notes.locator('.note-item[data-orphaned]')).toHaveCount(0);
});

test('in the Arabic interface the notes panel and the selection toolbar read right to left', async ({ hamish }, testInfo) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await page.keyboard.press('Control+,');
  await page.getByRole('dialog', { name: 'Reading and interface' }).getByLabel('Interface language').selectOption('ar');
  await page.getByRole('dialog', { name: 'القراءة والواجهة' }).getByRole('button', { name: 'أغلق' }).click();
  await selectPassage(app.reader, PASSAGE);
  const toolbar = page.getByRole('toolbar', { name: 'ظلّل التحديد' });
  await toolbar.getByRole('button', { name: 'ملاحظة…' }).click();
  await toolbar.getByLabel('الملاحظة', { exact: true }).fill('Outlet A: 1.8 million — المصدر ب يغفل الرقم');
  await toolbar.getByLabel('الوسوم').fill('العراق/الجيش');
  await toolbar.getByRole('button', { name: 'احفظ' }).click();
  await app.reader.getByRole('button', { name: 'الملاحظات', exact: true }).click();
  const notes = app.reader.getByRole('complementary', { name: 'الملاحظات' });
  await expect(notes.locator('.note-item')).toHaveCount(1);
  expect(await notes.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // A note that starts in English reads left to right inside the Arabic panel (dir="auto").
  expect(await notes.getByLabel('الملاحظة', { exact: true }).evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await page.screenshot({ path: testInfo.outputPath('notes-panel-arabic.png') });
});

test('a damaged library file at start is moved aside, the newest good backup restored, and the user is told', async ({
  hamish,
}, testInfo) => {
  test.skip(!hamish.url, 'starts web shells of its own on a data folder of its own');
  const { page } = hamish;
  const dataDir = await mkdtemp(join(tmpdir(), 'hamish-e2e-damaged-'));
  try {
    // The first start makes the library (with the sample articles); the second, reading it well, backs it up.
    for (let start = 0; start < 2; start++) await stop((await startWebShell(dataDir)).process);
    await writeFile(join(dataDir, 'hamish.json'), '\0\0\0\0');
    const shell = await startWebShell(dataDir);
    try {
      await page.goto(shell.url);
      const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
      await expect(notice).toContainText('restored from its backup');
      await expect(page.locator('.doc-item')).toHaveCount(2);
      await page.screenshot({ path: testInfo.outputPath('damaged-store-notice.png') });
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toBeHidden();
    } finally {
      await stop(shell.process);
    }
    expect((await readdir(dataDir)).some((name) => name.startsWith('hamish.json.corrupt-'))).toBe(true);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
