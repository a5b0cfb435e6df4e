// The Electron shell: lifecycle, the window, the menu and wiring. Behaviour lives in core/; what
// can be decided without Electron lives in the small pure modules beside this one.
import { app, dialog, session, shell, type BrowserWindow } from 'electron';
import { join, resolve } from 'node:path';
import { createApiHandlers } from '../core/api-handlers';
import { HamishCore } from '../core/container';
import { ForwardListener } from '../core/forward-listener';
import type { CommandId, MenuLanguage } from '../shared/commands';
import { ARTICLE_FILE_FILTER } from '../shared/formats';
import { deepLinkToHash, openDocumentHref } from '../shared/routes';
import { setAboutPanel, showAbout, type AboutInfo } from './about';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { runCliMode } from './cli-mode';
import { electronCoreOptions } from './core-options';
import { bindIpc } from './ipc';
import { parseLaunchArgs } from './launch-args';
import { openMainWindow } from './main-window';
import { installMenu } from './menu';
import { APP_ORIGIN, secureSession, secureWebContents } from './security';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appRoot = app.getAppPath();
const defaultApp = !!process.defaultApp;

function dataDirFlag(): string | undefined {
  const index = process.argv.indexOf('--data-dir');
  return index > 0 ? process.argv[index + 1] : undefined;
}

let mainWindow: BrowserWindow | null = null;
let navigate: (hash: string) => void = () => {};
/** Files and links that arrive before the library is ready (macOS sends open-file before ready). */
let openFiles: (paths: string[]) => void;
const early: { files: string[]; link: string | null } = { files: [], link: null };
openFiles = (paths) => early.files.push(...paths);

function openDeepLink(link: string | null | undefined): void {
  const hash = link ? deepLinkToHash(link) : null;
  if (hash) navigate(hash);
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
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
  const dataDir = app.getPath('userData');
  const core = await HamishCore.boot(
    electronCoreOptions(dataDir, app.getVersion(), appRoot, (message) => console.error(message)),
  );
  const handlers = createApiHandlers(core, {
    choosePaths: (kind) => choosePaths(kind),
    revealFile: (path) => shell.showItemInFolder(path),
  });

  const about: AboutInfo = {
    version: app.getVersion(),
    licence: 'MIT',
    dataDir,
    icon: join(appRoot, 'out', 'renderer', 'icon.png'),
  };
  setAboutPanel(about);
  let lang: MenuLanguage = 'en';
  const runMenuCommand = (id: CommandId): void => {
    if (id === 'about') void showAbout(mainWindow, about, lang);
    else core.events.emit('command', { id });
  };
  const menu = (uiLanguage: string) => (lang = installMenu(uiLanguage, app.getLocale(), runMenuCommand));
  menu(core.settings.get().uiLanguage);
  // The menu follows the interface language.
  const saveSettings = handlers.saveSettings;
  handlers.saveSettings = async (args) => {
    const saved = await saveSettings(args);
    menu(saved.uiLanguage);
    return saved;
  };

  const unbind = bindIpc(handlers, core.events, devServerUrl);
  // The CLI's writes while the app runs come here (loopback, a per-run token in the 0600 lock file).
  const forwarded = new ForwardListener(handlers);
  await forwarded.listen().then(
    (address) => core.advertise(address),
    (error: unknown) => console.error(`the command line can't reach this app: ${(error as Error).message}`),
  );
  navigate = (hash) => core.events.emit('navigate', { hash });
  // "Open with Hamish": added to the library (or found there), then opened.
  openFiles = (paths) => {
    void core.library.add(paths).then(() => {
      const last = paths.at(-1);
      const doc = core.library.list().find((d) => d.path === last);
      if (doc) navigate(openDocumentHref(doc.id));
      focusWindow();
    });
  };
  const newWindow = () => openMainWindow({ appRoot, dataDir, url: devServerUrl ?? `${APP_ORIGIN}/index.html` });
  mainWindow = await newWindow();
  mainWindow.webContents.once('did-finish-load', () => {
    openDeepLink(early.link);
    if (early.files.length > 0) openFiles(early.files.splice(0));
  });
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('activate', () => {
    if (!mainWindow) void newWindow().then((window) => (mainWindow = window));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    event.preventDefault();
    unbind();
    // Changes that could not be saved (a full disk) are said out loud, never dropped silently.
    void forwarded
      .close()
      .then(() => core.shutdown())
      .catch((error: Error) => dialog.showErrorBox('Hamish could not save everything', error.message))
      .finally(() => app.exit(0));
  });
}

function startDesktop(): void {
  // --data-dir or HAMISH_DATA_DIR override userData (tests use a temp folder).
  // The single-instance lock is keyed on userData, so this comes first.
  const dataDirOverride = dataDirFlag() ?? process.env.HAMISH_DATA_DIR;
  if (dataDirOverride) app.setPath('userData', resolve(dataDirOverride));
  registerAppScheme();
  secureWebContents(devServerUrl);

  // hamish:// deep links: registered with the OS; they arrive as argv (Windows, Linux) or open-url (macOS).
  if (defaultApp && process.argv[1]) app.setAsDefaultProtocolClient('hamish', process.execPath, [resolve(process.argv[1])]);
  else app.setAsDefaultProtocolClient('hamish');
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (mainWindow) openDeepLink(url);
    else early.link = url;
  });
  // macOS: a file opened with Hamish from Finder, or dropped on the dock icon.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFiles([path]);
  });

  const launch = parseLaunchArgs(process.argv, { defaultApp, cwd: process.cwd() });
  early.files.push(...launch.files);
  early.link = launch.deepLink;

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // A second launch (a file opened with Hamish, a link) goes to the running instance.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const second = parseLaunchArgs(argv, { defaultApp, cwd: workingDirectory });
    openDeepLink(second.deepLink);
    if (second.files.length > 0) openFiles(second.files);
    focusWindow();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Hamish could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

const cliArgs = parseLaunchArgs(process.argv, { defaultApp, cwd: process.cwd() }).cli;
if (cliArgs) void runCliMode(cliArgs, appRoot);
else startDesktop();
