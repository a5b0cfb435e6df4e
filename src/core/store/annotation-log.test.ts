import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/temp-dir';
import type { Annotation } from '../../shared/types';
import { AnnotationLog, ANNOTATIONS_FILE } from './annotation-log';

function note(id: string, text = `ملاحظة ${id}`): Annotation {
  const now = new Date().toISOString();
  return {
    id,
    docId: 'd1',
    kind: 'note',
    color: 'yellow',
    style: 'highlight',
    note: text,
    tags: [],
    orphaned: false,
    createdAt: now,
    updatedAt: now,
  };
}

async function open(dir: string, options = {}): Promise<AnnotationLog> {
  const log = new AnnotationLog(dir, options);
  await log.boot();
  return log;
}

const ids = (log: AnnotationLog) => [...log.all()].map((a) => a.id).sort();

describe('AnnotationLog', () => {
  it('keeps saved, changed and deleted notes across restarts', async () => {
    const dir = await tempDir();
    const log = await open(dir);
    await log.put([note('a'), note('b')]);
    await log.put([note('a', 'مُعدّلة')]);
    await log.delete(['b']);
    await log.shutdown();
    const again = await open(dir);
    expect(ids(again)).toEqual(['a']);
    expect(again.get('a')!.note).toBe('مُعدّلة');
    await again.shutdown();
  });

  it('saves many notes arriving at once, all of them, in order', async () => {
    const dir = await tempDir();
    const log = await open(dir);
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.put([note(`n${i}`, `v${i}`)])));
    await log.put([note('n0', 'last')]);
    await log.shutdown();
    const again = await open(dir);
    expect(again.size).toBe(200);
    expect(again.get('n0')!.note).toBe('last');
    await again.shutdown();
  });

  it('folds the log into a snapshot as it grows, and saves go on meanwhile', async () => {
    const dir = await tempDir();
    const log = await open(dir, { compactAfter: 50 });
    for (let i = 0; i < 120; i++) await log.put([note(`n${i}`)]);
    await log.compact();
    const files = await readdir(dir);
    expect(files).toContain(ANNOTATIONS_FILE);
    // Only the current generation's log is left.
    expect(files.filter((f) => f.endsWith('.log'))).toHaveLength(1);
    await log.shutdown();
    const again = await open(dir);
    expect(again.size).toBe(120);
    await again.shutdown();
  });

  it('replays a log left by a compaction that stopped half way, and skips a torn last line', async () => {
    const dir = await tempDir();
    const log = await open(dir);
    await log.put([note('a')]);
    await log.shutdown();
    // A newer generation's log (the compaction switched logs, then the process died) and a torn line.
    await writeFile(join(dir, 'annotations-1.log'), `${JSON.stringify({ put: note('b') })}\n{"put":{"id":"c","do`);
    const again = await open(dir);
    expect(ids(again)).toEqual(['a', 'b']);
    await again.put([note('d')]);
    await again.shutdown();
    const third = await open(dir);
    expect(ids(third)).toEqual(['a', 'b', 'd']);
    await third.shutdown();
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"version":1,"generation":0,"annotations":[{"id":'],
    ['NUL-filled', '\0\0\0\0\0'],
    ['BOM-prefixed', '\uFEFF{"version":1,"generation":0,"annotations":[]}'],
    ['null', 'null'],
    ['wrong-shaped', '{"version":1,"annotations":"many"}'],
  ])('moves a %s notes file aside, restores the backup, replays the log and tells the user', async (_kind, content) => {
    const dir = await tempDir();
    const log = await open(dir, { compactAfter: 1 });
    await log.put([note('a')]);
    await log.compact();
    await log.shutdown();
    // Booting again keeps a backup of the good snapshot; then a note is saved to the log.
    const second = await open(dir);
    await second.put([note('b')]);
    await second.shutdown();
    await writeFile(join(dir, ANNOTATIONS_FILE), content);
    const third = await open(dir);
    expect(ids(third)).toEqual(['a', 'b']);
    expect(third.notices.join(' ')).toContain('could not be read');
    const aside = (await readdir(dir)).find((f) => f.startsWith(`${ANNOTATIONS_FILE}.corrupt-`));
    expect(await readFile(join(dir, aside!), 'utf8')).toBe(content);
    await third.shutdown();
  });

  it('keeps a change that failed to save, says so, and saves it when it can', async () => {
    const dir = await tempDir();
    let failing = true;
    const log = await open(dir, {
      fault: () => (failing ? Object.assign(new Error('no space left'), { code: 'ENOSPC' }) : null),
    });
    const statuses: boolean[] = [];
    log.onStatus = (s) => statuses.push(s.unsaved);
    await expect(log.put([note('a')])).rejects.toThrow('Could not save your notes (ENOSPC)');
    expect(log.status).toEqual({ unsaved: true, error: 'ENOSPC' });
    expect(log.get('a')).toBeDefined();
    failing = false;
    // The next save retries the one that failed first.
    await log.put([note('b')]);
    expect(log.status.unsaved).toBe(false);
    expect(statuses).toEqual([true, false]);
    await log.shutdown();
    const again = await open(dir);
    expect(ids(again)).toEqual(['a', 'b']);
    await again.shutdown();
  });

  it('keeps notes recovered from the copy on every later start, and the copy follows each compaction', async () => {
    const dir = await tempDir();
    const log = await open(dir);
    await log.put([note('a'), note('b')]);
    await log.compact();
    await log.delete(['a']);
    await log.put([note('c')]);
    await log.compact();
    await log.put([note('d')]);
    await log.shutdown();
    await writeFile(join(dir, ANNOTATIONS_FILE), '{"version":1,"gener');
    for (let start = 0; start < 3; start++) {
      const again = await open(dir);
      expect(ids(again)).toEqual(['b', 'c', 'd']);
      expect(again.notices.length).toBe(start === 0 ? 1 : 0);
      await again.shutdown();
    }
  });

  it('loses nothing saved while compactions run alongside', async () => {
    const dir = await tempDir();
    const log = await open(dir, { compactAfter: 10 });
    const saves = Array.from({ length: 300 }, (_, i) => log.put([note(`n${i}`)]));
    const compactions = Array.from({ length: 5 }, () => log.compact());
    await Promise.all([...saves, ...compactions]);
    await log.shutdown();
    const again = await open(dir);
    expect(again.size).toBe(300);
    await again.shutdown();
  });

  it('replaces everything at once for a restore, or changes nothing when it cannot write', async () => {
    const dir = await tempDir();
    let failing = false;
    const log = await open(dir, { fault: () => (failing ? Object.assign(new Error('disk full'), { code: 'ENOSPC' }) : null) });
    await log.put([note('old1'), note('old2')]);
    failing = true;
    await expect(log.replaceAll([note('new')])).rejects.toThrow('disk full');
    expect(ids(log)).toEqual(['old1', 'old2']);
    failing = false;
    await log.replaceAll([note('new1'), note('new2')]);
    expect(ids(log)).toEqual(['new1', 'new2']);
    await log.put([note('after')]);
    await log.shutdown();
    const again = await open(dir);
    expect(ids(again)).toEqual(['after', 'new1', 'new2']);
    await again.shutdown();
  });

  it('says so when closing with changes it could not write', async () => {
    const dir = await tempDir();
    const log = await open(dir, { fault: () => Object.assign(new Error('read-only'), { code: 'EROFS' }) });
    await expect(log.put([note('a')])).rejects.toThrow('EROFS');
    await expect(log.shutdown()).rejects.toThrow('1 change(s) to your notes could not be saved before closing (EROFS)');
  });

  it('reads notes without writing anything (the command line beside a running app)', async () => {
    const dir = await tempDir();
    const log = await open(dir);
    await log.put([note('a')]);
    await log.compact();
    await log.put([note('b')]);
    const files = (await readdir(dir)).sort();
    const reader = new AnnotationLog(dir);
    await reader.boot({ readOnly: true });
    expect(ids(reader)).toEqual(['a', 'b']);
    expect((await readdir(dir)).sort()).toEqual(files);
    await log.shutdown();
  });

  it('loses no reported save when the process is killed mid-write', async () => {
    const dir = await tempDir();
    const saved: string[] = [];
    for (let round = 0; round < 4; round++) {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, '../../../tests/fixtures/annotation-writer.ts'), dir],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      let out = '';
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          // Killed after a different number of saves each round, mid-way through the next.
          if (out.split('\n').length > 10 + round * 7) {
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((resolve) => child.on('exit', resolve));
      saved.push(...[...out.matchAll(/^saved (\S+)$/gm)].map((m) => m[1]!));
    }
    const log = await open(dir);
    for (const id of saved) expect(log.get(id), id).toBeDefined();
    await log.shutdown();
  }, 30_000);
});
