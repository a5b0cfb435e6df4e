// Builds the app when any source is newer than the last build. Build output goes
// to stderr so commands like `npm run -s hamish -- list --json` keep a clean stdout.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './electron-binary.mjs';

const stamp = join(projectRoot, 'out', '.build-stamp');
const inputs = ['src', 'electron.vite.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function ensureBuild() {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const newest = Math.max(...inputs.map((p) => newestMtime(join(projectRoot, p))));
  if (built > newest) return;
  process.stderr.write('hamish: building the app…\n');
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: projectRoot,
      stdio: ['ignore', process.stderr, process.stderr],
    },
  );
  if (result.status !== 0) {
    process.stderr.write('hamish: the build failed (see above)\n');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, new Date().toISOString());
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild();
