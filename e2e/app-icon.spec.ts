import { expect, test } from './fixtures';

test('the page names the app icon as its favicon, and the shell serves it', async ({ hamish }) => {
  const { page } = hamish;
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBe('/favicon.svg');
  // Fetched from the page, as the browser fetches a favicon (same origin, under the page's CSP).
  const icon = await page.evaluate(async (path) => {
    const response = await fetch(path);
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  }, href!);
  expect(icon.status).toBe(200);
  expect(icon.type).toContain('image/svg+xml');
  expect(icon.body).toContain('<title>Hamish</title>');
  const png = await page.evaluate(async () => {
    const response = await fetch('/icon.png');
    return { status: response.status, type: response.headers.get('content-type') };
  });
  expect(png).toEqual({ status: 200, type: 'image/png' });
});
