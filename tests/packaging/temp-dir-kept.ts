// A temp folder for a whole test file (tests/temp-dir.ts removes its folders after each test).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export async function tempDirKept(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hamish-pack-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
