// Where a worker thread's code is, for the modules that start one (the parse pool, the search
// index's builder). Built, each worker is an entry of its own beside the bundle that holds the
// module starting it (out/main/parse-worker.js, that module being in out/main or out/main/chunks;
// see electron.vite.config.ts). From sources (vitest, tsx scripts) it is the .ts file beside the
// module, loaded through tsx's loader, which a data: URL bootstrap registers first (a worker's
// --import flag does not apply to its entry on Node 20).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** tsx's ESM register API, resolved as an import (vitest's module runner has no import.meta.resolve). */
function tsxLoaderApi(from: string): string {
  const packageJson = createRequire(from).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(packageJson, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(join(dirname(packageJson), exports['./esm/api']!.import.default)).href;
}

/** The entry of worker `name` (a file beside the module at `here`, which starts it). */
export function workerEntry(here: string, name: string): URL {
  if (here.endsWith('.ts')) {
    const tsx = tsxLoaderApi(here);
    const source = new URL(`./${name}.ts`, here).href;
    const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(source)});`;
    return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
  }
  for (const candidate of [`./${name}.js`, `../${name}.js`]) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error(`the ${name} is missing beside ${fileURLToPath(here)} (rebuild the app)`);
}
