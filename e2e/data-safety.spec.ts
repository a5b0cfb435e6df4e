// Data is never lost: a note edited in place survives a reload without leaving the
// field; Esc in the Note… popup keeps a draft; Settings → Backup previews a merge
// before bringing back what the library lost.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { Dialog } from './models/dialog';
import { openNotes, selectionToolbar, selectPassage } from './models/notes';

const IRAQ = /^صعدت السلطات العراقية/;
const PASSAGE = 'مليونا و800 ألف عنصر عسكرى';

test('a note edited in the notes panel survives a reload without leaving the field', async ({ hamish }) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await selectPassage(app.reader, PASSAGE);
  const toolbar = selectionToolbar(page);
  await toolbar.getByRole('button', { name: 'Note…' }).click();
  await toolbar.getByLabel('Note', { exact: true }).fill('أول');
  await toolbar.getByRole('button', { name: 'Save' }).click();
  await expect(toolbar).toBeHidden();

  const notes = await openNotes(app.reader);
  const field = notes.getByLabel('Note', { exact: true });
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' ثم ثانٍ');
  // Saved as typed: the field says so without losing focus.
  await expect(notes.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(field).toBeFocused();
  await page.keyboard.type(' وثالث');
  // Reloaded at once, mid-pause: the edit still reaches the app as the page goes.
  await page.reload();
  await app.waitForLibrary();
  const after = await openNotes(app.reader);
  await expect(after.getByLabel('Note', { exact: true })).toHaveValue('أول ثم ثانٍ وثالث');
});

test('Esc in the Note… popup keeps what was typed as a draft, back on the same passage', async ({ hamish }) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await selectPassage(app.reader, PASSAGE);
  const toolbar = selectionToolbar(page);
  await toolbar.getByRole('button', { name: 'Note…' }).click();
  await toolbar.getByLabel('Note', { exact: true }).fill('مسودة لم تحفظ بعد');
  await toolbar.getByLabel('Tags').fill('مسودات');
  await page.keyboard.press('Escape');
  await expect(toolbar).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'kept as a draft' })).toBeVisible();

  await page.reload();
  await app.waitForLibrary();
  await selectPassage(app.reader, PASSAGE);
  await toolbar.getByRole('button', { name: 'Note…' }).click();
  await expect(toolbar.getByLabel('Note', { exact: true })).toHaveValue('مسودة لم تحفظ بعد');
  await expect(toolbar.getByLabel('Tags')).toHaveValue('مسودات');
  await toolbar.getByRole('button', { name: 'Save' }).click();
  const notes = await openNotes(app.reader);
  await expect(notes.getByLabel('Note', { exact: true })).toHaveValue('مسودة لم تحفظ بعد');
  // Saved: the draft is gone.
  await selectPassage(app.reader, PASSAGE);
  await toolbar.getByRole('button', { name: 'Note…' }).click();
  await expect(toolbar.getByLabel('Note', { exact: true })).toHaveValue('');
});

test('Settings → Backup: export, then a merge previewed before it brings a removed note back', async ({ hamish }) => {
  const { app, page } = hamish;
  await app.open(IRAQ);
  await selectPassage(app.reader, PASSAGE);
  const toolbar = selectionToolbar(page);
  await toolbar.getByRole('button', { name: 'Note…' }).click();
  await toolbar.getByLabel('Note', { exact: true }).fill('ملاحظة في النسخة');
  await toolbar.getByRole('button', { name: 'Save' }).click();
  await expect(toolbar).toBeHidden();

  const settings = new Dialog(page, 'Reading and interface');
  await page.keyboard.press('ControlOrMeta+,');
  const folder = await mkdtemp(join(tmpdir(), 'hamish-e2e-backup-'));
  const exporting = settings.root.getByRole('form', { name: 'Export a backup' });
  await exporting.getByRole('textbox').fill(folder);
  await exporting.getByRole('button', { name: 'Export a backup' }).click();
  await expect(settings.root.getByText('Backup written:')).toBeVisible();
  const [file] = await readdir(folder);
  await page.keyboard.press('Escape');
  await expect(settings.root).toBeHidden();

  // The note is removed (and its undo passes): the backup still has it.
  const notes = await openNotes(app.reader);
  await notes.getByRole('button', { name: 'Remove' }).click();
  await expect(notes.locator('.note-item')).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+,');
  await settings.root.getByLabel('Backup file').fill(join(folder, file!));
  await settings.root.getByRole('button', { name: 'Preview merge' }).click();
  const preview = settings.root.locator('.backup-preview');
  await expect(preview).toContainText('Merging this backup');
  await expect(preview).toContainText('Documents: 0 added, 2 already here, 0 in conflict');
  await expect(preview).toContainText('Notes: 1 added, 0 already here, 0 in conflict');
  await settings.root.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(settings.root.getByText('Done. The library as it was is kept as')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(notes.getByLabel('Note', { exact: true })).toHaveValue('ملاحظة في النسخة');

  // Not a backup: one line, nothing changed.
  await page.keyboard.press('ControlOrMeta+,');
  await settings.root.getByLabel('Backup file').fill(join(folder, '..'));
  await settings.root.getByRole('button', { name: 'Preview restore' }).click();
  await expect(settings.root.getByRole('alert')).toHaveText(/^cannot read the backup .*: it is a folder$/);
});
