#!/usr/bin/env node
// The `hamish` command. Runs the built CLI; `npm run hamish` builds it first when sources changed.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('hamish: the app is not built yet; run `npm run build` (or `npm start`) first\n');
  process.exit(1);
}
// Node 22+ keeps V8's compiled code of the app's modules between runs (every command is a fresh process
// that compiles the same chunks again); Node 20 has no such cache, and this does nothing there.
module.enableCompileCache?.();
await import(cli);
