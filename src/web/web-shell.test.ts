import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { createApiHandlers } from '../core/api-handlers';
import { HamishCore } from '../core/container';
import { WebShell } from './web-shell';

let running: { shell: WebShell; core: HamishCore } | undefined;
afterEach(async () => {
  await running?.shell.close();
  await running?.core.shutdown();
  running = undefined;
});

async function start() {
  const dataDir = await tempDir();
  const rendererDir = await tempDir();
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Hamish</title>');
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', seedsDir, lockOwner: 'test' });
  const shell = new WebShell({ handlers: createApiHandlers(core), events: core.events, rendererDir });
  const url = new URL(await shell.listen());
  running = { shell, core };
  return { base: url.origin, token: shell.token, url, shell };
}

function call(base: string, method: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
}

function rawGet(base: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('WebShell', () => {
  it('prints a loopback URL with a one-time code (not the token) and serves the renderer with the CSP and CORP', async () => {
    const { base, url, token } = await start();
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.searchParams.get('code')).toMatch(/^[\w-]{32}$/);
    expect(url.href).not.toContain(token);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(await page.text()).toContain('<title>Hamish</title>');
    const script = await fetch(`${base}/assets/app.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(script.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect((await call(base, 'listDocuments', '{}')).headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('trades the one-time code for an HttpOnly SameSite=Strict cookie, sends the page on without it, and refuses a second use', async () => {
    const { base, url } = await start();
    const traded = await fetch(`${url.href}#/open?doc=x`, { redirect: 'manual' });
    expect(traded.status).toBe(303);
    expect(traded.headers.get('location')).toBe('/');
    const cookie = traded.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hamish-session-\d+=[\w-]{32}; HttpOnly; SameSite=Strict; Path=\/$/);
    const session = { Cookie: cookie.split(';')[0]! };
    expect((await call(base, 'listDocuments', '{}', session)).status).toBe(200);
    expect(
      (await call(base, 'listDocuments', '{}', { Cookie: `${session.Cookie.split('=')[0]}=${'y'.repeat(32)}` })).status,
    ).toBe(401);
    // Used: worthless to anyone else, and no cookie is handed out again.
    const again = await fetch(url.href, { redirect: 'manual' });
    expect(again.status).toBe(401);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('already been used');
    // The browser that traded it may reload the first page (it has its session).
    expect((await fetch(url.href, { redirect: 'manual', headers: session })).status).toBe(303);
    // Server-Sent Events take the cookie too.
    const events = await fetch(`${base}/api/events`, { headers: session });
    expect(events.status).toBe(200);
    await events.body!.cancel();
  });

  it('answers hamish:// links at its own address: /open?…, /compare?… and /link?to=… go to the route', async () => {
    const { base } = await start();
    const location = async (path: string) => (await fetch(`${base}${path}`, { redirect: 'manual' })).headers.get('location');
    expect(await location('/open?doc=abc&at=12')).toBe('/#/open?doc=abc&at=12');
    expect(await location('/compare?left=a&right=b&link=l1')).toBe('/#/compare?left=a&right=b&link=l1');
    expect(await location(`/link?to=${encodeURIComponent('hamish://open?doc=abc')}`)).toBe('/#/open?doc=abc');
    // Not a link Hamish knows: the page as before.
    expect((await fetch(`${base}/open`, { redirect: 'manual' })).status).toBe(200);
    expect((await fetch(`${base}/link?to=javascript:alert(1)`, { redirect: 'manual' })).status).toBe(200);
  });

  it('lets the browser code expire when unused', async () => {
    const { shell } = await start();
    const stale = new URL(shell.loginUrl(-1));
    expect((await fetch(stale.href, { redirect: 'manual' })).status).toBe(401);
    const fresh = new URL(shell.loginUrl(60_000));
    expect((await fetch(fresh.href, { redirect: 'manual' })).status).toBe(303);
  });

  it('answers API calls that carry the token, with the first-run samples in the library', async () => {
    const { base, token } = await start();
    const response = await call(base, 'listDocuments', '{}', { 'X-Hamish-Token': token });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; value: { lang: string }[] };
    expect(body.ok).toBe(true);
    expect(body.value.map((d) => d.lang)).toEqual(['ar', 'ar']);
  });

  it('refuses calls without the token, from other origins, or with bad bodies, and keeps serving', async () => {
    const { base, token } = await start();
    const auth = { 'X-Hamish-Token': token };
    const cases: [Response, number][] = [
      [await call(base, 'listDocuments', '{}'), 401],
      [await call(base, 'listDocuments', '{}', { 'X-Hamish-Token': 'x'.repeat(32) }), 401],
      [await call(base, 'listDocuments', '{}', { ...auth, Origin: 'https://evil.example' }), 403],
      [await call(base, 'listDocuments', '{not json', auth), 400],
      [await call(base, 'getDocument', '{"id": 7}', auth), 400],
      [await call(base, 'dropTables', '{}', auth), 404],
      [await call(base, 'getDocument', '{"id": "nope"}', auth), 422],
      [await fetch(`${base}/api/listDocuments`, { headers: auth }), 405],
      [await fetch(`${base}/api/listDocuments`, { method: 'POST', headers: auth, body: '{}' }), 415],
    ];
    for (const [response, status] of cases) {
      expect(response.status).toBe(status);
      const body = (await response.json()) as { ok: boolean; error: string };
      expect(body.ok).toBe(false);
      expect(body.error.length).toBeGreaterThan(5);
    }
    expect((await call(base, 'listDocuments', '{}', auth)).status).toBe(200);
  });

  it('refuses other Host names (DNS rebinding) and paths outside the renderer', async () => {
    const { base } = await start();
    expect((await rawGet(base, '/', { Host: 'attacker.example' })).status).toBe(403);
    // Sent as written (fetch would normalise the dots away).
    for (const path of ['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%E0%A4%A']) {
      const { status, body } = await rawGet(base, path);
      expect(status, path).toBeGreaterThanOrEqual(400);
      expect(body).not.toContain('"name"');
    }
  });

  it('pushes import progress and library changes over Server-Sent Events', async () => {
    const { base, token } = await start();
    expect((await fetch(`${base}/api/events`)).status).toBe(401);
    expect((await fetch(`${base}/api/events?token=${token}`)).status).toBe(401);
    const events = await fetch(`${base}/api/events`, { headers: { 'X-Hamish-Token': token } });
    expect(events.headers.get('content-type')).toContain('text/event-stream');
    const reader = events.body!.getReader();
    const folder = await tempDir();
    await writeFile(join(folder, 'a.md'), '# Title\n\nText.');
    await call(base, 'addPaths', JSON.stringify({ paths: [folder] }), { 'X-Hamish-Token': token });
    let received = '';
    while (!received.includes('event: libraryChanged')) received += new TextDecoder().decode((await reader.read()).value);
    expect(received).toContain('event: importProgress');
    expect(received).toContain('"total":1');
    await reader.cancel();
  });
});
