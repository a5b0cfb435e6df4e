import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from './temp-dir';
import { runCli } from '../src/cli/cli';
import { ELECTRON_LOCK_OWNER } from '../src/main/core-options';

const root = join(seedsDir, '..');

async function hamish(...argv: string[]) {
  let stderr = '';
  const code = await runCli(argv, { appRoot: root, version: 'test', env: {}, stdout: () => {}, stderr: (t) => (stderr += t) });
  return { code, stderr };
}

describe("the Electron shell's boot options", () => {
  it('take the data folder lock: `hamish add` beside the running app is refused, and works once it quits', async () => {
    const dataDir = await tempDir();
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'tests', 'fixtures', 'electron-core-holder.ts'), dataDir, root],
      {
        cwd: root,
      },
    );
    let output = '';
    holder.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve();
      });
      holder.once('exit', (code) => reject(new Error(`the holder exited (${code}): ${output}`)));
    });
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    try {
      const lock = JSON.parse(await readFile(join(dataDir, 'hamish.lock'), 'utf8')) as { pid: number; owner: string };
      expect(lock).toMatchObject({ pid: holder.pid, owner: ELECTRON_LOCK_OWNER });
      const refused = await hamish('--data-dir', dataDir, 'add', seedsDir);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`in use by another Hamish (${ELECTRON_LOCK_OWNER}`);
    } finally {
      holder.kill('SIGTERM');
      await exited;
    }
    expect((await hamish('--data-dir', dataDir, 'add', seedsDir)).code).toBe(0);
  }, 30_000);
});
