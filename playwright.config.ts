import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium.mjs';

// Playwright can't download its browsers here: use the system's Chromium
// (Debian's /usr/bin/chromium) when present, or CHROMIUM_PATH.
const chromium = chromiumPath();

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 820 },
    locale: 'en-US',
  },
  projects: [
    {
      name: 'web',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    // Runs where Electron's binary is installed; each test skips itself, saying why, where it is not.
    { name: 'electron' },
  ],
});
