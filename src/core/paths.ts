import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_FOLDER = 'Hamish';

/** The folder Electron's app.getPath('userData') gives for this app, so every shell shares one library. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_FOLDER);
}

/** --data-dir, then HAMISH_DATA_DIR, then the default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.HAMISH_DATA_DIR || defaultDataDir(env);
}
