// The main window: opened where it was last on the current display (window-state.ts chooses),
// with the app icon on Linux (Windows and macOS take it from the installed executable).
import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { loadWindowState, MIN_SIZE, recordPlacement, saveWindowState, windowPlacement, type WindowState } from './window-state';

export interface MainWindowOptions {
  appRoot: string;
  /** userData: the state file lives there. */
  dataDir: string;
  url: string;
}

export async function openMainWindow({ appRoot, dataDir, url }: MainWindowOptions): Promise<BrowserWindow> {
  const stateFile = join(dataDir, 'window-state.json');
  let state: WindowState | null = await loadWindowState(stateFile);
  const placement = windowPlacement(state, screen.getAllDisplays(), screen.getPrimaryDisplay());
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Hamish',
    ...(process.platform === 'linux' && { icon: join(appRoot, 'out', 'renderer', 'icon.png') }),
    webPreferences: {
      preload: join(appRoot, 'out', 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    state = recordPlacement(state, screen.getDisplayMatching(bounds), { bounds, maximized: window.isMaximized() });
    void saveWindowState(stateFile, state).catch((error: Error) =>
      console.error(`could not save the window's place: ${error.message}`),
    );
  });
  void window.loadURL(url);
  return window;
}
