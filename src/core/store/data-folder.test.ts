import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/temp-dir';
import type { Annotation, SaveStatus } from '../../shared/types';
import { DataFolder } from './data-folder';

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

describe('DataFolder', () => {
  it("shows the two files' save states as one, and closes both", async () => {
    const dir = await tempDir();
    let notesFail = false;
    let libraryFails = false;
    const folder = new DataFolder(dir, {
      libraryFile: { fault: () => (libraryFails ? new Error('library disk full') : null), retryDelayMs: 60_000 },
      annotationLog: {
        fault: () => (notesFail ? Object.assign(new Error('x'), { code: 'ENOSPC' }) : null),
        retryDelayMs: 60_000,
      },
    });
    const statuses: SaveStatus[] = [];
    folder.onStatus = (s) => statuses.push(s);
    await folder.boot();
    expect(folder.status).toEqual({ unsaved: false, error: null });

    notesFail = true;
    await expect(folder.annotationLog.put([note('a')])).rejects.toThrow('ENOSPC');
    expect(folder.status).toEqual({ unsaved: true, error: 'ENOSPC' });
    libraryFails = true;
    await expect(folder.libraryFile.update((d) => void d.folders.push('/x'))).rejects.toThrow('library disk full');
    expect(folder.status.unsaved).toBe(true);

    notesFail = false;
    libraryFails = false;
    await folder.annotationLog.put([note('b')]);
    // The notes are saved; the library file still waits for its retry.
    expect(folder.status).toEqual({ unsaved: true, error: 'library disk full' });
    await folder.libraryFile.update(() => {});
    expect(folder.status).toEqual({ unsaved: false, error: null });
    expect(statuses.at(-1)).toEqual({ unsaved: false, error: null });
    await folder.shutdown();

    const again = new DataFolder(dir);
    await again.boot();
    expect([...again.annotationLog.all()].map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect(again.libraryFile.data.folders).toEqual(['/x']);
    await again.shutdown();
  });
});
