// Which Chromium the web project's end-to-end tests run in, and a check before they start:
// Playwright can't download its browsers on every machine, so without a usable one `npm test`
// stops with one line saying how to get one instead of failing every web test.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROMIUM_PATH, else a system Chromium; undefined means Playwright's own download. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** The executable the tests would launch, or null when there is none. */
export async function usableChromium() {
  const configured = chromiumPath();
  if (configured) return existsSync(configured) ? configured : null;
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    return bundled && existsSync(bundled) ? bundled : null;
  } catch {
    return null;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!(await usableChromium())) {
    const wanted = process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH (${process.env.CHROMIUM_PATH}) does not exist`
      : 'no Chromium found';
    process.stderr.write(
      `hamish: ${wanted}; the end-to-end tests need one: run \`npx playwright install chromium\`, install your system's chromium, or set CHROMIUM_PATH.\n`,
    );
    process.exit(1);
  }
}
