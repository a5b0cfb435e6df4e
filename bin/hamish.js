#!/usr/bin/env node
// The `hamish` command. Runs the built CLI; `npm run hamish` builds it first when sources changed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('hamish: the app is not built yet; run `npm run build` (or `npm start`) first\n');
  process.exit(1);
}
await import(cli);
