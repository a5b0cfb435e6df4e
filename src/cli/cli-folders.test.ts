import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { hamish } from '../../tests/hamish-cli';

describe('hamish folders', () => {
  it('lists the watched folders and stops watching one, keeping its documents', async () => {
    const dataDir = await tempDir();
    expect((await hamish('--data-dir', dataDir, 'add', seedsDir)).code).toBe(0);
    const listed = await hamish('--data-dir', dataDir, 'folders', 'list', '--json');
    expect(JSON.parse(listed.stdout)).toEqual([{ path: seedsDir, documents: 2, missing: false }]);
    expect((await hamish('--data-dir', dataDir, 'folders', 'list')).stdout).toBe(`${seedsDir}  (2 documents)\n`);

    const removed = await hamish('--data-dir', dataDir, 'folders', 'remove', seedsDir);
    expect(removed).toMatchObject({ code: 0, stdout: `stopped watching ${seedsDir}\n` });
    expect((await hamish('--data-dir', dataDir, 'folders', 'list')).stdout).toMatch(/No watched folders/);
    expect(JSON.parse((await hamish('--data-dir', dataDir, 'list', '--json')).stdout)).toHaveLength(2);

    const again = await hamish('--data-dir', dataDir, 'folders', 'remove', seedsDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/is not a watched folder/);
    expect((await hamish('--data-dir', dataDir, 'folders', 'remove')).stderr).toMatch(/needs one folder path/);
  });
});
