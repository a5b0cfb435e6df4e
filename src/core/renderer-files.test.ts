import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_FILE_HEADERS, resolveRendererFile } from './renderer-files';

const root = resolve('/srv/hamish/out/renderer');

describe('resolveRendererFile', () => {
  it('finds a normal file, and index.html for the root', () => {
    expect(resolveRendererFile(root, '/assets/index-abc.js')).toEqual({
      ok: true,
      file: join(root, 'assets', 'index-abc.js'),
      relative: join('assets', 'index-abc.js'),
    });
    for (const path of ['/', '', '/.', '/assets/..'])
      expect(resolveRendererFile(root, path), path).toEqual({ ok: true, file: join(root, 'index.html'), relative: '' });
    expect(resolveRendererFile(root, '/fonts/%D9%86%D8%B5.woff2')).toMatchObject({
      ok: true,
      file: join(root, 'fonts', 'نص.woff2'),
    });
  });

  it('never leaves the folder for paths that climb, written plainly or encoded', () => {
    // A URL path starts with '/', so its '..' stop at the root; one without it is refused.
    for (const path of ['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/assets/../../../x']) {
      const found = resolveRendererFile(root, path);
      expect(found.ok && found.file.startsWith(root + sep), path).toBe(true);
    }
    expect(resolveRendererFile(root, '/%2e%2e/%2e%2e/package.json')).toMatchObject({ file: join(root, 'package.json') });
    for (const path of ['../package.json', '%2e%2e/package.json', 'assets/../../package.json'])
      expect(resolveRendererFile(root, path), path).toEqual({ ok: false, status: 403 });
  });

  it('refuses a malformed % escape and a NUL instead of throwing', () => {
    expect(resolveRendererFile(root, '/%E0%A4%A')).toEqual({ ok: false, status: 400 });
    expect(resolveRendererFile(root, '/100%')).toEqual({ ok: false, status: 400 });
    expect(resolveRendererFile(root, '/index.html%00.js')).toEqual({ ok: false, status: 400 });
  });

  it('keeps an absolute path inside the folder', () => {
    expect(resolveRendererFile(root, '//etc/passwd')).toEqual({
      ok: true,
      file: join(root, 'etc', 'passwd'),
      relative: join('etc', 'passwd'),
    });
    expect(resolveRendererFile(root, '/%2Fetc%2Fpasswd')).toMatchObject({ ok: true, file: join(root, 'etc', 'passwd') });
  });

  it('names the CSP and nosniff headers both shells send', () => {
    expect(RENDERER_FILE_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(RENDERER_FILE_HEADERS['Content-Security-Policy']).toContain("default-src 'self'");
  });
});
