// Serves the built renderer from app://hamish/ instead of file://, with the CSP.
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { RENDERER_FILE_HEADERS, resolveRendererFile } from '../core/renderer-files';
import { APP_SCHEME } from './security';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { host, pathname } = new URL(request.url);
    const found = resolveRendererFile(rendererDir, pathname);
    if (host !== 'hamish' || !found.ok) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(found.file).toString());
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(RENDERER_FILE_HEADERS)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  });
}
