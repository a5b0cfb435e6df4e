import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { ICON_SVG, renderIconPng } from './scripts/icons.mjs';

/** The app icon in the renderer build: favicon.svg for the web shell, icon.png for the window (Linux). */
function appIcon(): Plugin {
  return {
    name: 'hamish-app-icon',
    generateBundle() {
      const svg = readFileSync(ICON_SVG);
      this.emitFile({ type: 'asset', fileName: 'favicon.svg', source: svg });
      this.emitFile({ type: 'asset', fileName: 'icon.png', source: renderIconPng(256, svg) });
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // zod is bundled in: loaded from node_modules as ~100 files it took ~50 ms of every `hamish search`
      // (issue 12); as one chunk, a third of that.
      externalizeDeps: { exclude: ['zod'] },
      // The CLI (and the web shell it serves) is built beside the main process: same core, plain Node.
      // The parse worker is an entry of its own: worker_threads load it by file (core/library/parse-pool.ts).
      rollupOptions: {
        // cli-run exports runCli for the installed app's `hamish <command>` (src/main/cli-mode.ts);
        // parse-worker is the worker thread every file is parsed in (src/core/library/parse-pool.ts).
        input: {
          index: resolve('src/main/index.ts'),
          cli: resolve('src/cli/index.ts'),
          'cli-run': resolve('src/cli/cli.ts'),
          'parse-worker': resolve('src/core/library/parse-worker.ts'),
          // segment-worker builds the search index's segment off the main thread (src/core/search/segment-thread.ts).
          'segment-worker': resolve('src/core/search/segment-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be a single CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    build: {
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
    plugins: [react(), appIcon()],
  },
});
