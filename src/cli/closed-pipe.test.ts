// `hamish list | head`: the reader closes the pipe early; the command ends quietly.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { HamishCore } from '../core/container';

const root = join(seedsDir, '..');

describe('output cut short by its reader', () => {
  it('ends quietly with 0, not a stack trace (EPIPE)', async () => {
    const dataDir = await tempDir();
    const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    await core.library.add([seedsDir]);
    await core.shutdown();
    for (const args of [['list'], ['--help']]) {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(root, 'src', 'cli', 'index.ts'), '--data-dir', dataDir, ...args],
        {
          cwd: root,
        },
      );
      // The reader is gone before the first line is written.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    }
  });
});
