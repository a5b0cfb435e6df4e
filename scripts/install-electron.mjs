// postinstall: fetch Electron's binary where the download is reachable. Where it
// is not (offline and CI machines), say so in one line and carry on: `npm start`
// then uses the web shell. ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips the attempt.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary, projectRoot } from './electron-binary.mjs';

if (electronBinary()) process.exit(0);
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('hamish: ELECTRON_SKIP_BINARY_DOWNLOAD is set; Electron binary not downloaded (npm start will use the web shell).');
  process.exit(0);
}
const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'electron', 'install.js')], {
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
  timeout: 10 * 60 * 1000,
});
if (result.status === 0 && electronBinary()) {
  console.log('hamish: Electron binary installed.');
} else {
  const firstLine = (result.stderr || result.error?.message || '').split('\n').find((l) => l.trim()) ?? 'unknown error';
  console.log(`hamish: Electron's binary could not be downloaded (${firstLine.trim()}); npm start will use the web shell.`);
}
