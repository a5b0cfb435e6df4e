// While the app runs, the CLI's writes go to it (the lock file's address and
// token) and land in the running library; a wrong token writes nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hamish } from '../../tests/hamish-cli';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { createApiHandlers } from '../core/api-handlers';
import { HamishCore } from '../core/container';
import { ForwardListener } from '../core/forward-listener';

const root = join(seedsDir, '..');
const running: ChildProcess[] = [];

afterEach(async () => {
  for (const child of running.splice(0)) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
});

/** `hamish serve` in a process of its own, as a reading session. */
async function runningApp(dataDir: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src', 'cli', 'index.ts'), 'serve', '--no-open', '--data-dir', dataDir],
    {
      cwd: root,
    },
  );
  running.push(child);
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Hamish web shell:') && resolve());
    child.once('exit', (code) => reject(new Error(`hamish serve exited (${code}): ${output}`)));
  });
}

describe('a CLI write while the app runs', () => {
  it('is sent to the app and lands there: add, notes add, import --merge, remove', async () => {
    const dataDir = await tempDir();
    const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    await core.shutdown();
    await runningApp(dataDir);
    const lock = join(dataDir, 'hamish.lock');
    expect((await stat(lock)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(lock, 'utf8')).address).toMatchObject({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    });

    const added = await hamish('--data-dir', dataDir, 'add', seedsDir, '--json');
    expect(added.stderr).toContain('sent to the running Hamish (hamish serve)');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ added: 2 });
    // The app's own library has them: `list` (which only reads the saved file) sees them too.
    const listed = JSON.parse((await hamish('--data-dir', dataDir, 'list', '--json')).stdout) as {
      id: string;
      title: string;
      path: string;
    }[];
    expect(listed).toHaveLength(4); // The samples the app started with, and these.
    const doc = listed.find((d) => d.title.startsWith('صعدت') && d.path.startsWith(seedsDir))!;
    const note = await hamish(
      '--data-dir',
      dataDir,
      'notes',
      'add',
      '--doc',
      doc.id,
      '--quote',
      'مليونا و800 ألف عنصر عسكرى',
      '--note',
      'من سطر الأوامر',
    );
    expect(note.code).toBe(0);
    expect((await hamish('--data-dir', dataDir, 'notes', 'list', '--json')).stdout).toContain('من سطر الأوامر');
    // A refusal in the app is the same one-line refusal here.
    const unknown = await hamish('--data-dir', dataDir, 'remove', 'no-such-id');
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('No document with id "no-such-id"') });
    const removed = await hamish('--data-dir', dataDir, 'remove', doc.id);
    expect(removed).toMatchObject({ code: 0, stdout: 'removed 1 document\n' });
    expect(JSON.parse((await hamish('--data-dir', dataDir, 'list', '--json')).stdout)).toHaveLength(3);
    // A backup (exporting only reads) merged back in: the removed document returns, nothing else changes.
    const out = await tempDir();
    expect((await hamish('--data-dir', dataDir, 'export', '--format', 'json', '--out', out)).code).toBe(0);
    const other = await tempDir();
    const seeded = await HamishCore.boot({ dataDir: other, shell: 'web', version: 'test', lockOwner: 'test' });
    await seeded.library.add([seedsDir]);
    await seeded.exports.exportNotes({ format: 'json', out: other });
    await seeded.shutdown();
    const backup = join(
      other,
      (await readdir(other)).find((n) => n.startsWith('hamish-backup-'))!,
    );
    const merged = await hamish('--data-dir', dataDir, 'import', backup, '--merge');
    expect(merged).toMatchObject({ code: 0, stdout: expect.stringContaining('documents: 1 added, 1 already there') });
    expect(JSON.parse((await hamish('--data-dir', dataDir, 'list', '--json')).stdout)).toHaveLength(4);
  });

  it('is refused, writing nothing, when the token in the lock is not the app’s', async () => {
    const dataDir = await tempDir();
    await runningApp(dataDir);
    const lock = join(dataDir, 'hamish.lock');
    const holder = JSON.parse(await readFile(lock, 'utf8')) as { address: { token: string } };
    await writeFile(lock, JSON.stringify({ ...holder, address: { ...holder.address, token: 'guessed' } }));
    const added = await hamish('--data-dir', dataDir, 'add', seedsDir);
    expect(added.code).toBe(1);
    expect(added.stderr).toContain('No session');
    expect(JSON.parse((await hamish('--data-dir', dataDir, 'list', '--json')).stdout)).toHaveLength(2); // the samples only
  });

  it("reaches the desktop app's listener (only the CLI's writes, only with its token)", async () => {
    const dataDir = await tempDir();
    // The app: a core of this process (unlocked), its listener, and a lock naming another live process.
    const core = await HamishCore.boot({ dataDir, shell: 'electron', version: 'test' });
    const listener = new ForwardListener(createApiHandlers(core));
    const address = await listener.listen();
    const other = spawn('sleep', ['60']);
    running.push(other);
    await writeFile(
      join(dataDir, 'hamish.lock'),
      JSON.stringify({ pid: other.pid, owner: 'the Hamish app', startTicks: null, startedAt: null, id: 'x', address }),
      { mode: 0o600 },
    );
    try {
      const added = await hamish('--data-dir', dataDir, 'add', seedsDir);
      expect(added).toMatchObject({ code: 0, stdout: 'added 2, updated 0, unchanged 0, refused 0\n' });
      expect(core.library.list()).toHaveLength(2);
      // Reading methods and calls without the token are not taken.
      const post = (method: string, token: string) =>
        fetch(`${address.url}/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Hamish-Token': token },
          body: '{}',
        }).then((r) => r.status);
      expect(await post('listDocuments', address.token)).toBe(404);
      expect(await post('addPaths', 'guessed')).toBe(401);
    } finally {
      await listener.close();
      await core.shutdown();
    }
  });
});
