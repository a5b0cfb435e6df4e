// The Electron shell: lifecycle, the window, and wiring. Behaviour lives in core/.
import { app, BrowserWindow, dialog, session } from 'electron';
import { join, resolve } from 'node:path';
import { createApiHandlers } from '../core/api-handlers';
import { HamishCore } from '../core/container';
import { ARTICLE_FILE_FILTER } from '../shared/formats';
import { deepLinkToHash } from '../shared/routes';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { electronCoreOptions } from './core-options';
import { bindIpc } from './ipc';
import { APP_ORIGIN, secureSession, secureWebContents } from './security';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appRoot = app.getAppPath();

function dataDirFlag(): string | undefined {
  const index = process.argv.indexOf('--data-dir');
  return index > 0 ? process.argv[index + 1] : undefined;
}

// --data-dir or HAMISH_DATA_DIR override userData (tests use a temp folder).
// The single-instance lock is keyed on userData, so this comes first.
const dataDirOverride = dataDirFlag() ?? process.env.HAMISH_DATA_DIR;
if (dataDirOverride) app.setPath('userData', resolve(dataDirOverride));
registerAppScheme();
secureWebContents(devServerUrl);

let mainWindow: BrowserWindow | null = null;
let navigate: (hash: string) => void = () => {};

// hamish:// deep links: registered with the OS; they arrive as argv (Windows, Linux) or open-url (macOS).
if (process.defaultApp && process.argv[1]) app.setAsDefaultProtocolClient('hamish', process.execPath, [resolve(process.argv[1])]);
else app.setAsDefaultProtocolClient('hamish');

function openDeepLink(link: string | undefined): void {
  const hash = link ? deepLinkToHash(link) : null;
  if (hash) navigate(hash);
}
app.on('open-url', (event, url) => {
  event.preventDefault();
  openDeepLink(url);
});

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Hamish',
    webPreferences: {
      preload: join(appRoot, 'out', 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

async function choosePaths(kind: 'files' | 'folder'): Promise<string[]> {
  const options: Electron.OpenDialogOptions =
    kind === 'folder'
      ? { title: 'Add folder', properties: ['openDirectory', 'multiSelections'] }
      : {
          title: 'Add files',
          properties: ['openFile', 'multiSelections'],
          filters: [ARTICLE_FILE_FILTER],
        };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

async function start(): Promise<void> {
  await app.whenReady();
  secureSession(session.defaultSession, devServerUrl);
  serveRenderer(join(appRoot, 'out', 'renderer'));
  const core = await HamishCore.boot(
    electronCoreOptions(app.getPath('userData'), app.getVersion(), appRoot, (message) => console.error(message)),
  );
  const handlers = createApiHandlers(core, { choosePaths: (kind) => choosePaths(kind) });
  const unbind = bindIpc(handlers, core.events, devServerUrl);
  navigate = (hash) => core.events.emit('navigate', { hash });
  mainWindow = createWindow();
  mainWindow.webContents.once('did-finish-load', () => openDeepLink(process.argv.find((a) => a.startsWith('hamish:'))));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    event.preventDefault();
    unbind();
    // Changes that could not be saved (a full disk) are said out loud, never dropped silently.
    void core
      .shutdown()
      .catch((error: Error) => dialog.showErrorBox('Hamish could not save everything', error.message))
      .finally(() => app.exit(0));
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    openDeepLink(argv.find((a) => a.startsWith('hamish:')));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Hamish could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
