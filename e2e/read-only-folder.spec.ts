// A data folder that can't be written opens read-only: the library reads and
// searches, and a banner says changes can't be saved. Root writes anywhere, so
// there the web shell runs as an unprivileged user.
import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startWebShell, stop, test } from './fixtures';
import { SearchPanel } from './models/search-panel';

async function chmodTree(dir: string, dirMode: number, fileMode: number): Promise<void> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) await chmodTree(path, dirMode, fileMode);
    else await chmod(path, fileMode);
  }
  await chmod(dir, dirMode);
}

test('a read-only data folder opens for reading and searching, with a banner', async ({ hamish }, testInfo) => {
  test.skip(!hamish.url || process.platform === 'win32', 'starts a web shell of its own on a read-only folder');
  const { page } = hamish;
  const parent = await mkdtemp(join(tmpdir(), 'hamish-e2e-ro-'));
  const dataDir = join(parent, 'data');
  try {
    await stop((await startWebShell(dataDir)).process);
    await chmod(parent, 0o755);
    await chmodTree(dataDir, 0o555, 0o444);
    const asRoot = process.getuid?.() === 0;
    const { url, process: child } = await startWebShell(dataDir, {
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      env: { ...process.env, HOME: tmpdir() },
    });
    try {
      await page.goto(url);
      await expect(page.getByRole('alert').filter({ hasText: 'is read-only' })).toContainText('you can read, search and export');
      await expect(page.locator('.doc-item')).toHaveCount(2);
      const search = new SearchPanel(page);
      await search.open();
      await search.input.fill('الكاظمي');
      await expect(search.hits).toHaveCount(2);
      await page.screenshot({ path: testInfo.outputPath('read-only-banner.png') });
    } finally {
      await stop(child);
    }
  } finally {
    await chmodTree(parent, 0o755, 0o644).catch(() => {});
    await rm(parent, { recursive: true, force: true });
  }
});
