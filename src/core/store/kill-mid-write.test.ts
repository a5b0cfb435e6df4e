import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from '../../../tests/temp-dir';
import { LibraryFile } from './library-file';

const writer = join(import.meta.dirname, '../../../tests/fixtures/store-writer.ts');

/** Runs the writer until it has reported `saves` more saves, then kills it `delayMs` later; returns the last count it reported. */
async function killWriter(dir: string, saves: number, delayMs: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.on('exit', () => reject(new Error(`the writer exited by itself:\n${out}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.split('\n').length > saves) resolve();
    });
  });
  setTimeout(() => child.kill('SIGKILL'), delayMs);
  await exited;
  return Math.max(0, ...[...out.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1])));
}

it('keeps every reported save, undamaged, when the writing process is killed mid-write', async () => {
  const dir = await tempDir();
  let reported = 0;
  let killedMidWrite = 0;
  for (const [round, delayMs] of [0, 1, 3, 7, 15].entries()) {
    reported = Math.max(reported, await killWriter(dir, 3 + round * 2, delayMs));
    if ((await readdir(dir)).some((name) => name.endsWith('.tmp'))) killedMidWrite++;
    const store = new LibraryFile(dir);
    await store.boot();
    expect(store.notices).toEqual([]);
    expect(store.data.folders.length).toBeGreaterThanOrEqual(reported);
    expect(store.data.folders.map((folder) => Number(folder.split(' ')[0]))).toEqual(store.data.folders.map((_, i) => i));
    // Left-over temp files of the killed writer are cleared away.
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }
  // Otherwise the test proved nothing: most kills should land inside a write.
  expect(killedMidWrite).toBeGreaterThan(0);
}, 20_000);
