import { execFile } from 'node:child_process';
import { chmod, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { HamishCore } from '../container';

const root = join(seedsDir, '..');
const posix = process.platform !== 'win32';
const asRoot = process.getuid?.() === 0;

/** Everything readable by all, nothing writable: the folder (and its files) read-only. */
async function makeReadOnly(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if ((await stat(join(dir, name))).isDirectory()) await makeReadOnly(join(dir, name));
    else await chmod(join(dir, name), 0o444);
  }
  await chmod(dir, 0o555);
}

describe('a read-only data folder', () => {
  it.skipIf(!posix)(
    'opens read-only for the app (read, search, export, with a notice); writes are refused in one line',
    async () => {
      const parent = await tempDir();
      const dataDir = join(parent, 'data');
      const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', seedsDir, lockOwner: 'test' });
      await core.annotations.add({ docId: core.library.list()[0]!.id, kind: 'note', note: 'ملاحظة' });
      await core.shutdown();
      await chmod(parent, 0o755);
      await makeReadOnly(dataDir);
      try {
        // Root writes anywhere: the session runs as an unprivileged user then.
        const { stdout } = await promisify(execFile)(
          process.execPath,
          ['--import', 'tsx', join(root, 'tests', 'fixtures', 'read-only-session.ts'), dataDir],
          { cwd: root, ...(asRoot ? { uid: 65534, gid: 65534 } : {}), env: { ...process.env, HOME: '/tmp' } },
        );
        const report = JSON.parse(stdout) as Record<string, unknown>;
        expect(report.cliWrite).toMatchObject({
          name: 'UserError',
          message: expect.stringMatching(/is read-only; only list, show, search and export/),
        });
        expect((report.notices as string[]).join(' ')).toContain('is read-only: you can read, search and export');
        expect(report.documents).toBe(2);
        expect(report.search).toBeGreaterThan(0);
        expect(report.exported).toBe(1);
        expect(report.add).toMatchObject({ ok: false, code: 'failed', error: expect.stringContaining('read-only') });
        expect(report.note).toMatchObject({ ok: false, code: 'failed', error: expect.stringContaining('read-only') });
      } finally {
        await chmod(dataDir, 0o755);
      }
    },
    30_000,
  );

  it.skipIf(!posix)('a new data folder is private: 0700, its files 0600', async () => {
    const dataDir = join(await tempDir(), 'new');
    const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    await core.annotations.add({ docId: 'x', kind: 'note', note: 'n' }).catch(() => {});
    await core.shutdown();
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    for (const name of ['hamish.json', 'annotations-0.log']) {
      const info = await stat(join(dataDir, name)).catch(() => null);
      if (info) expect((info.mode & 0o777).toString(8), name).toBe('600');
    }
    expect((await stat(join(dataDir, 'hamish.json'))).mode & 0o777).toBe(0o600);
  });
});
