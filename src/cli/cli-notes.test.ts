// The CLI's notes and export commands, end to end over a real data folder.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { HamishCore } from '../core/container';
import { runCli } from './cli';

async function boot() {
  const dataDir = await tempDir();
  const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
  await core.library.add([seedsDir]);
  const doc = core.library.list().find((d) => d.title.startsWith('صعدت'))!;
  return { core, doc, dataDir };
}

async function libraryWithNotes() {
  const { core, dataDir } = await boot();
  const [a, b] = core.library.list();
  await core.annotations.add({ docId: b!.id, quote: 'مليونا و800 ألف عنصر عسكرى', note: 'رقم مهم', tags: ['العراق/الجيش'] });
  await core.annotations.add({ docId: a!.id, kind: 'note', note: 'ملاحظة عامة' });
  return { core, dataDir };
}

describe('hamish notes', () => {
  it('adds by quote and lists as JSON; a missing quote is a clear error', async () => {
    const { core, doc, dataDir } = await boot();
    await core.shutdown();
    let out = '';
    let err = '';
    const ctx = { appRoot: '.', version: 'x', env: {}, stdout: (t: string) => (out += t), stderr: (t: string) => (err += t) };
    expect(
      await runCli(
        [
          '--data-dir',
          dataDir,
          'notes',
          'add',
          '--doc',
          doc.id,
          '--quote',
          'الكاظمى فى فرض الأمن',
          '--note',
          'مهم',
          '--tag',
          'أمن',
          '--color',
          'blue',
        ],
        ctx,
      ),
    ).toBe(0);
    out = '';
    await runCli(['--data-dir', dataDir, 'notes', 'list', '--json'], ctx);
    expect(JSON.parse(out)).toEqual([
      {
        id: expect.any(String),
        docId: doc.id,
        kind: 'highlight',
        quote: 'الكاظمى فى فرض الأمن',
        note: 'مهم',
        tags: ['أمن'],
        color: 'blue',
        orphaned: false,
      },
    ]);
    expect(await runCli(['--data-dir', dataDir, 'notes', 'add', '--doc', doc.id, '--quote', 'لا يوجد هذا النص'], ctx)).toBe(1);
    expect(err).toContain('is not in the document');
  });
  it('exports Markdown notes from the command line, one file per annotated document', async () => {
    const { core, dataDir } = await libraryWithNotes();
    await core.shutdown();
    const out = await tempDir();
    let stdout = '';
    const ctx = { appRoot: '.', version: 'x', env: {}, stdout: (t: string) => (stdout += t), stderr: () => {} };
    expect(await runCli(['--data-dir', dataDir, 'export', '--format', 'md', '--out', out], ctx)).toBe(0);
    const files = await readdir(out);
    expect(files).toHaveLength(2);
    const iraq = await readFile(
      join(
        out,
        files.find((f) => f.startsWith('صعدت'))!,
      ),
      'utf8',
    );
    expect(iraq).toContain('> مليونا و800 ألف عنصر عسكرى');
    expect(iraq).toContain('- Tags: #العراق/الجيش');
    expect(iraq).toMatch(/hamish:\/\/open\?doc=[\w-]+&at=\d+/);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(await runCli(['--data-dir', dataDir, 'export', '--format', 'pdf', '--out', out], { ...ctx, stderr: () => {} })).toBe(
      1,
    );
  });
});
