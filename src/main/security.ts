// Electron's security checklist, applied to every session and web contents.
import { app, dialog, shell, type Session, type WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://hamish`;

/** True for the renderer's own pages: our custom protocol, or electron-vite's dev server in development. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.origin === APP_ORIGIN) return true;
    // The dev server's host, over http or its hot-reload websocket.
    return devServerUrl !== undefined && parsed.host === new URL(devServerUrl).host && /^(http|ws):$/.test(parsed.protocol);
  } catch {
    return false;
  }
}

export function secureSession(session: Session, devServerUrl: string | undefined): void {
  // Deny every permission request and check (camera, notifications, geolocation...).
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Articles may reference remote images, trackers and scripts: nothing leaves the machine.
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    callback({ cancel: !isAppUrl(details.url, devServerUrl) });
  });
}

async function confirmExternal(contents: WebContents, url: string): Promise<void> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return;
  const { BrowserWindow } = await import('electron');
  const owner = BrowserWindow.fromWebContents(contents);
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your browser?',
    detail: parsed.href,
  };
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(parsed.href);
}

/** Navigation and new windows are denied; a clicked http(s) link may open in the browser after the user confirms. */
export function secureWebContents(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void confirmExternal(contents, url).catch(() => {});
      return { action: 'deny' };
    });
  });
}
