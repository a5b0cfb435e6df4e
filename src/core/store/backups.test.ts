import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/temp-dir';
import { backupPaths, rotateBackups } from './backups';

async function contents(paths: string[]): Promise<(string | null)[]> {
  return Promise.all(paths.map((path) => readFile(path, 'utf8').catch(() => null)));
}

describe('rotateBackups', () => {
  it('keeps the three newest copies, newest first', async () => {
    const path = join(await tempDir(), 'hamish.json');
    // Lengths differ: file times may not tick between quick writes.
    for (const version of ['a', 'bb', 'ccc', 'dddd']) {
      await writeFile(path, version);
      await rotateBackups(path);
    }
    expect(await contents(backupPaths(path))).toEqual(['dddd', 'ccc', 'bb']);
    expect(await contents([`${path}.bak.4`])).toEqual([null]);
  });

  it('gives the newest copy the time its content was saved', async () => {
    const path = join(await tempDir(), 'hamish.json');
    await writeFile(path, 'saved');
    const saved = new Date('2024-05-01T10:00:00.000Z');
    await utimes(path, saved, saved);
    await rotateBackups(path);
    expect((await stat(backupPaths(path)[0]!)).mtime.toISOString()).toBe(saved.toISOString());
  });

  it('does not push older backups out with copies of an unchanged file', async () => {
    const path = join(await tempDir(), 'hamish.json');
    await writeFile(path, 'old');
    await rotateBackups(path);
    await writeFile(path, 'newer');
    await rotateBackups(path);
    await rotateBackups(path);
    await rotateBackups(path);
    expect(await contents(backupPaths(path))).toEqual(['newer', 'old', null]);
  });
});
