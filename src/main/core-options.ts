// The options the Electron shell boots the core with, kept apart from index.ts
// (which needs Electron) so a test can boot the core exactly as the app does.
import { join } from 'node:path';
import type { CoreOptions } from '../core/container';

/** Names the app in the message another Hamish shows when the data folder is taken. */
export const ELECTRON_LOCK_OWNER = 'the Hamish app';

export function electronCoreOptions(
  dataDir: string,
  version: string,
  appRoot: string,
  log: (message: string) => void,
): CoreOptions {
  return {
    dataDir,
    shell: 'electron',
    version,
    seedsDir: join(appRoot, 'seeds'),
    // Electron's single-instance lock only keeps out a second app; the CLI and web shell need this one.
    lockOwner: ELECTRON_LOCK_OWNER,
    watch: true,
    log,
  };
}
