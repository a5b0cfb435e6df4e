// The web shell's one-time code: traded for a session on the first load, gone from
// the URL, and worthless to anyone who finds it afterwards.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../scripts/electron-binary.mjs';
import { expect, test } from './fixtures';

test('the one-time code leaves the URL once traded, and a second browser using it is refused', async ({ hamish, webBrowser }) => {
  test.skip(!hamish.url, 'the one-time code is the web shell’s');
  const { page, app } = hamish;
  expect(hamish.url).toContain('?code=');
  expect(page.url()).not.toContain('code=');
  await expect(app.documents).toHaveCount(2);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  // Someone else (a fresh browser) with the same link gets nothing.
  const thief = await (await webBrowser()).newContext();
  try {
    const stolen = await thief.newPage();
    const response = await stolen.goto(hamish.url!);
    expect(response?.status()).toBe(401);
    await expect(stolen.locator('body')).toContainText('already been used');
    const api = await stolen.request.post(`${new URL(hamish.url!).origin}/api/listDocuments`, {
      data: {},
      headers: { 'Content-Type': 'application/json' },
    });
    expect(api.status()).toBe(401);
  } finally {
    await thief.close();
  }
  // The browser that traded it keeps working, reloads included.
  await page.reload();
  await app.waitForLibrary();
  await expect(app.documents).toHaveCount(2);
});

test('the web shell holds the data folder: `hamish add` beside it is sent to it and shows in the window', async ({ hamish }) => {
  test.skip(!hamish.url, 'the web shell’s own lock');
  const { app } = hamish;
  await expect(app.documents).toHaveCount(2);
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'bin', 'hamish.js'), '--data-dir', hamish.dataDir, 'add', join(projectRoot, 'seeds')],
    {
      encoding: 'utf8',
    },
  );
  expect(result.stderr).toContain('sent to the running Hamish (hamish serve)');
  expect(result.status).toBe(0);
  await expect(app.documents).toHaveCount(4);
});
