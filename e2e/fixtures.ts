// One fixture per test: a fresh data folder and the real app on it (the web
// shell in Chromium, or Electron), ready when the library has loaded.
import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptionsWithoutStdio } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, _electron, type Browser, type Page } from '@playwright/test';
import { electronBinary, projectRoot } from '../scripts/electron-binary.mjs';
import { HamishApp } from './models/hamish-app';

export interface Hamish {
  app: HamishApp;
  page: Page;
  dataDir: string;
  /** The web shell's URL with its token; undefined in Electron. */
  url: string | undefined;
}

/** Starts `hamish serve` on a data folder; `options` may run it as another user or with another environment. */
export async function startWebShell(
  dataDir: string,
  options: SpawnOptionsWithoutStdio = {},
): Promise<{ url: string; process: ChildProcessWithoutNullStreams }> {
  const child = spawn(
    process.execPath,
    [join(projectRoot, 'bin', 'hamish.js'), 'serve', '--port', '0', '--no-open', '--data-dir', dataDir],
    options,
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Hamish web shell: (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`web shell exited (${code}) before printing its URL:\n${output}`)));
  });
  return { url, process: child };
}

export async function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface WorkerFixtures {
  /** Chromium for the web project, launched on first use so the electron project never starts one. */
  webBrowser: () => Promise<Browser>;
}

export const test = base.extend<{ dataDir: string; fixturesDir: string; hamish: Hamish }, WorkerFixtures>({
  webBrowser: [
    async ({ playwright, launchOptions }, use) => {
      let launched: Promise<Browser> | undefined;
      await use(() => (launched ??= playwright.chromium.launch(launchOptions)));
      if (launched) await (await launched).close();
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring.
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'hamish-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  /** A private copy of e2e/fixtures/articles for tests that add files. */
  fixturesDir: async ({ dataDir }, use) => {
    const dir = join(dataDir, '..', `${dataDir.split('/').pop()}-articles`);
    await cp(join(projectRoot, 'e2e', 'fixtures', 'articles'), dir, { recursive: true });
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  hamish: async ({ dataDir, webBrowser, contextOptions, viewport, locale }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      const executablePath = electronBinary();
      test.skip(
        !executablePath,
        "Electron's binary is not installed on this machine (it cannot be downloaded here); the web project covers the same specs.",
      );
      const electronApp = await _electron.launch({
        executablePath: executablePath!,
        args: [projectRoot, '--data-dir', dataDir],
        env: { ...process.env, HAMISH_DATA_DIR: dataDir },
      });
      const page = await electronApp.firstWindow();
      const app = new HamishApp(page);
      await app.waitForLibrary();
      await use({ app, page, dataDir, url: undefined });
      await electronApp.close();
      return;
    }
    const shell = await startWebShell(dataDir);
    const context = await (await webBrowser()).newContext({ ...contextOptions, viewport, locale });
    const page = await context.newPage();
    await page.goto(shell.url);
    const app = new HamishApp(page);
    await app.waitForLibrary();
    try {
      await use({ app, page, dataDir, url: shell.url });
    } finally {
      await context.close();
      await stop(shell.process);
    }
  },
});

export { expect } from '@playwright/test';
