import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/temp-dir';
import { EventHub } from '../event-hub';
import { LibraryFile } from '../store/library-file';
import { LibraryService } from './library-service';
import { LibraryWatcher } from './library-watcher';

let watcher: LibraryWatcher | undefined;
afterEach(async () => {
  await watcher?.stop();
  watcher = undefined;
});

/** Resolves when the library reports a change, or fails after two seconds (the promise the issue makes). */
function nextChange(events: EventHub): Promise<number> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('no library change within 2 s')), 2000);
    const off = events.subscribe((event) => {
      if (event !== 'libraryChanged') return;
      clearTimeout(timeout);
      off();
      resolve(Date.now() - start);
    });
  });
}

describe('LibraryWatcher', () => {
  it('brings new, changed and removed files into the library within 2 seconds', async () => {
    const store = new LibraryFile(await tempDir());
    await store.boot();
    const events = new EventHub();
    const library = new LibraryService(store, events);
    const dir = await tempDir();
    await writeFile(join(dir, 'first.md'), '# First\n\nText.');
    await library.add([dir]);
    watcher = new LibraryWatcher(library, events);
    await watcher.start();

    let change = nextChange(events);
    await writeFile(join(dir, 'second.md'), '# Second\n\nMore text.');
    await change;
    expect(library.list().map((d) => d.title)).toEqual(['First', 'Second']);

    change = nextChange(events);
    await writeFile(join(dir, 'second.md'), '# Second, revised\n\nMore text, revised.');
    await change;
    expect(library.list().map((d) => d.title)).toEqual(['First', 'Second, revised']);

    change = nextChange(events);
    await rm(join(dir, 'first.md'));
    await change;
    expect(library.list().find((d) => d.title === 'First')?.missing).toBe(true);

    // Other file types and hidden files are passed over; a real article written after them arrives alone.
    change = nextChange(events);
    await writeFile(join(dir, 'photo.jpg'), 'x');
    await writeFile(join(dir, '.draft.md'), '# Hidden\n\nDraft.');
    await writeFile(join(dir, 'third.md'), '# Third\n\nText.');
    await change;
    await watcher.settled();
    expect(library.list().map((d) => d.title)).toEqual(['First', 'Second, revised', 'Third']);
  });

  it('follows folders made and removed inside a watched folder', async () => {
    const store = new LibraryFile(await tempDir());
    await store.boot();
    const events = new EventHub();
    const library = new LibraryService(store, events);
    const dir = await tempDir();
    await mkdir(join(dir, 'old'));
    await writeFile(join(dir, 'old', 'first.md'), '# First\n\nText.');
    await library.add([dir]);
    watcher = new LibraryWatcher(library, events);
    await watcher.start();

    let change = nextChange(events);
    await mkdir(join(dir, 'new', 'deeper'), { recursive: true });
    await writeFile(join(dir, 'new', 'deeper', 'second.md'), '# Second\n\nMore text.');
    await change;
    await watcher.settled();
    expect(library.list().map((d) => d.title)).toEqual(['First', 'Second']);

    // A file written later in the new folder: its watcher was added with it.
    change = nextChange(events);
    await writeFile(join(dir, 'new', 'deeper', 'third.md'), '# Third\n\nText.');
    await change;

    change = nextChange(events);
    await rm(join(dir, 'old'), { recursive: true });
    await change;
    await watcher.settled();
    expect(library.list().find((d) => d.title === 'First')?.missing).toBe(true);
    expect(
      library
        .list()
        .filter((d) => !d.missing)
        .map((d) => d.title),
    ).toEqual(['Second', 'Third']);
  });

  it('stops watching a folder removed from the library', async () => {
    const store = new LibraryFile(await tempDir());
    await store.boot();
    const events = new EventHub();
    const library = new LibraryService(store, events);
    const dir = await tempDir();
    await writeFile(join(dir, 'first.md'), '# First\n\nText.');
    await library.add([dir]);
    watcher = new LibraryWatcher(library, events);
    await watcher.start();
    await library.removeFolder(dir);

    await writeFile(join(dir, 'second.md'), '# Second\n\nMore text.');
    await expect(nextChange(events)).rejects.toThrow('no library change within 2 s');
    await watcher.settled();
    expect(library.list().map((d) => d.title)).toEqual(['First']);
  });
});
