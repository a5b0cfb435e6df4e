// `npm start`: build if needed, then the Electron app, or the web shell where
// Electron's binary is missing (or with --web).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary, projectRoot } from './electron-binary.mjs';
import { ensureBuild } from './ensure-build.mjs';

const args = process.argv.slice(2);
const forceWeb = args.includes('--web');
const rest = args.filter((a) => a !== '--web');

ensureBuild();
const electron = forceWeb ? null : electronBinary();
let child;
if (electron) {
  child = spawn(electron, [projectRoot, ...rest], { stdio: 'inherit' });
} else {
  if (!forceWeb)
    console.log(
      "Electron's binary is not installed on this machine (it could not be downloaded); starting the web shell instead.",
    );
  child = spawn(process.execPath, [join(projectRoot, 'bin', 'hamish.js'), 'serve', ...rest], { stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
