import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/temp-dir';
import type { Annotation } from '../../shared/types';
import { AnnotationLog } from './annotation-log';
import { readLogLines } from './log-lines';

function note(id: string): Annotation {
  const now = new Date().toISOString();
  return {
    id,
    docId: 'd1',
    kind: 'note',
    color: 'yellow',
    style: 'highlight',
    note: id,
    tags: [],
    orphaned: false,
    createdAt: now,
    updatedAt: now,
  };
}

async function open(dir: string, readOnly = false): Promise<AnnotationLog> {
  const log = new AnnotationLog(dir);
  await log.boot({ readOnly });
  return log;
}

const line = (id: string) => `${JSON.stringify({ put: note(id) })}\n`;
const parse = (l: string) => JSON.parse(l) as unknown;

describe('readLogLines', () => {
  it('drops a cut-short last line quietly, and counts every other unreadable byte', () => {
    expect(readLogLines('{"a":1}\n{"b":', parse)).toMatchObject({ entries: [{ a: 1 }], droppedBytes: 0, torn: true });
    expect(readLogLines('\0\0\0\0', parse)).toMatchObject({ entries: [], droppedBytes: 4, damagedLines: 1 });
    expect(readLogLines('\0\0{"a":1}\n', parse)).toMatchObject({ entries: [{ a: 1 }], droppedBytes: 2 });
    expect(readLogLines('garbage\n{"a":1}\n', parse)).toMatchObject({ entries: [{ a: 1 }], droppedBytes: 7, damagedLines: 1 });
    expect(readLogLines('{"a":1}\n\0\0\0', parse)).toMatchObject({ entries: [{ a: 1 }], droppedBytes: 3 });
  });
});

describe('a damaged notes log', () => {
  it('filled with NULs: says how many bytes were dropped, keeps the file aside, and says it once', async () => {
    const dir = await tempDir();
    const log = await open(dir);
    await log.put([note('a')]);
    await log.shutdown();
    const nuls = '\0'.repeat(4096);
    await writeFile(join(dir, 'annotations-0.log'), nuls);
    const again = await open(dir);
    expect(again.notices).toHaveLength(1);
    expect(again.notices[0]).toMatch(/4096 byte\(s\) of your notes log annotations-0\.log could not be read .* kept as /);
    const aside = (await readdir(dir)).find((f) => f.startsWith('annotations-0.log.corrupt-'));
    expect(await readFile(join(dir, aside!), 'utf8')).toBe(nuls);
    await again.put([note('b')]);
    await again.shutdown();
    // Folded into a snapshot: the next start reads cleanly.
    const third = await open(dir);
    expect(third.notices).toEqual([]);
    expect([...third.all()].map((a) => a.id)).toEqual(['b']);
    await third.shutdown();
  });

  it('with a NUL run between good lines: the lines around it are kept, the NULs reported', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'annotations-0.log'), `${line('a')}${'\0'.repeat(100)}\n${line('b')}`);
    const readOnly = await open(dir, true);
    expect(readOnly.notices.join(' ')).toContain('100 byte(s)');
    // Read-only: told, nothing written.
    expect((await readdir(dir)).some((f) => f.includes('corrupt'))).toBe(false);
    const log = await open(dir);
    expect([...log.all()].map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect(log.notices.join(' ')).toContain('100 byte(s)');
    await log.shutdown();
  });
});
