import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
const t0 = performance.now();
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/wt-startup-prof5', 'bin/hamish.js', '--data-dir', process.argv[2]!, 'serve', '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.on('data', (d) => console.log(Math.round(performance.now() - t0), String(d).trim().slice(0, 40)));
setTimeout(() => child.kill('SIGTERM'), 6000);
