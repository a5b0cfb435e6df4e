// Runs `hamish` in-process for tests, as a terminal would, collecting what it prints.
import { join } from 'node:path';
import { runCli } from '../src/cli/cli';
import { seedsDir } from './temp-dir';

export async function hamish(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    appRoot: join(seedsDir, '..'),
    version: '0.0.0-test',
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}
