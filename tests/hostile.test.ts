// Issue 13's hostile files: each ends bounded in time and memory with a clear reason, while
// the thread that answers the user keeps answering. Heavy files are generated once.
import { appendFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParsePool, type DocumentLoader } from '../src/core/library/parse-pool';
import { LibraryService } from '../src/core/library/library-service';
import { readBounded } from '../src/core/library/bounded-read';
import { LibraryFile } from '../src/core/store/library-file';
import { EventHub } from '../src/core/event-hub';
import { deeplyNestedPage, ESCAPE_TITLE, writeHostileCorpus, type HostileFile } from './fixtures/hostile';

let dir: string;
let corpus: HostileFile[];
const pool = new ParsePool({ timeLimitMs: 20_000 });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-hostile-'));
  corpus = await writeHostileCorpus(join(dir, 'corpus'));
}, 60_000);

afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
});

/** The longest the event loop was held while `work` ran. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  const [result] = await Promise.allSettled([work()]);
  clearInterval(timer);
  return { result, stallMs };
}

describe('hostile files', () => {
  for (const name of ['dense.html', 'nested.html', 'deep.epub', 'many-entries.epub', 'escapes.html']) {
    it(`${name}: ends within seconds with its reason, the event loop free`, async () => {
      const file = corpus.find((f) => f.name === name)!;
      const started = performance.now();
      const { result, stallMs } = await longestStall(() => pool.load(file.path, { analyze: true }));
      const elapsed = performance.now() - started;
      if (file.refusal) {
        expect(result.status).toBe('rejected');
        expect(String((result as PromiseRejectedResult).reason)).toMatch(file.refusal);
      } else {
        expect(result.status).toBe('fulfilled');
      }
      if (name === 'escapes.html') {
        // The title keeps its escape sequences as text; whatever prints it to a terminal escapes them.
        const { loaded } = (result as PromiseFulfilledResult<Awaited<ReturnType<typeof pool.load>>>).value;
        expect(loaded.parsed.meta?.title ?? loaded.parsed.declaredTitle).toBe(ESCAPE_TITLE);
      }
      expect(elapsed).toBeLessThan(10_000);
      // Parsing happens in a worker: the thread that answers is never held long (it was for minutes;
      // the margin is for a loaded test machine, where timers themselves run late).
      expect(stallMs).toBeLessThan(500);
    }, 30_000);
  }

  it('stops a parse past its time limit and says so; the next file is read by a new worker', async () => {
    const slow = new ParsePool({ workers: 1, timeLimitMs: 500 });
    try {
      // Under every structural bound, and seconds of Readability's time.
      const page = join(dir, 'slow.html');
      await writeFile(page, `<html><body>${`<p>${'<span>a</span>'.repeat(10)}</p>\n`.repeat(1200)}</body></html>`);
      await expect(slow.load(page)).rejects.toThrow('took longer than 0.5 s to read (stopped)');
      const fine = join(dir, 'fine.txt');
      await writeFile(fine, 'عنوان\nنص قصير.');
      expect((await slow.load(fine)).loaded.parsed.text).toContain('نص قصير');
    } finally {
      await slow.close();
    }
  }, 30_000);

  it('stops a parse past its memory limit and says so', async () => {
    const small = new ParsePool({ workers: 1, memoryLimitMb: 32 });
    try {
      const page = join(dir, 'big.html');
      await writeFile(page, `<html><body>${'<p><b>كلمة</b> <i>أخرى</i></p>\n'.repeat(19_000)}</body></html>`);
      await expect(small.load(page)).rejects.toThrow(/needed more than 32 MB of memory to read \(stopped\)/);
    } finally {
      await small.close();
    }
  }, 30_000);

  it('caps the size on the opened file: a file that grows after the walk is refused', async () => {
    const path = join(dir, 'growing.txt');
    await writeFile(path, 'عنوان\nنص.');
    const small = readBounded(path, 1024);
    expect(small.size).toBe((await stat(path)).size);
    await appendFile(path, Buffer.alloc(4096, 0x61));
    expect(() => readBounded(path, 1024)).toThrow(/file is larger than the .* limit/);

    // Through the library: the walk sees a small file, the read a large one.
    const growing = join(dir, 'library', 'grows.txt');
    await rm(join(dir, 'library'), { recursive: true, force: true });
    await mkdir(join(dir, 'library'), { recursive: true });
    await writeFile(growing, 'عنوان\nنص.');
    const grower: DocumentLoader = {
      async load(path, options) {
        await appendFile(path, Buffer.alloc(51 * 1024 * 1024, 0x61));
        return pool.load(path, options);
      },
    };
    const store = new LibraryFile(join(dir, 'data-grow'));
    await store.boot();
    const library = new LibraryService(store, new EventHub(), grower);
    const report = await library.add([join(dir, 'library')]);
    expect(report.errors).toEqual([{ path: growing, reason: expect.stringMatching(/larger than the 50 MB limit/) }]);
  }, 30_000);
});

describe('a file that failed', () => {
  it('is remembered and not read again by the reconcile until it changes', async () => {
    const folder = join(dir, 'watched');
    await mkdir(folder, { recursive: true });
    const page = join(folder, 'nested.html');
    await writeFile(page, deeplyNestedPage(1500));
    await writeFile(join(folder, 'good.txt'), 'عنوان\nنص جيد.');
    let reads = 0;
    const counting: DocumentLoader = {
      load(path, options) {
        if (path === page) reads++;
        return pool.load(path, options);
      },
    };
    const store = new LibraryFile(join(dir, 'data-failed'));
    await store.boot();
    const library = new LibraryService(store, new EventHub(), counting);
    const first = await library.add([folder]);
    expect(first.added).toBe(1);
    expect(first.errors).toEqual([{ path: page, reason: expect.stringMatching(/nested more than 200 deep/) }]);
    expect(store.data.failed).toMatchObject([{ path: page, reason: expect.stringMatching(/nested/) }]);
    expect(reads).toBe(1);

    const again = await library.reconcile();
    expect(reads).toBe(1);
    expect(again.errors).toEqual([{ path: page, reason: expect.stringMatching(/not read again until the file changes/) }]);

    // Changed: read again, and now it is fine.
    await writeFile(page, '<html><body><article><h1>عنوان</h1><p>صفحة أصلحت.</p></article></body></html>');
    const later = await library.reconcile();
    expect(reads).toBe(2);
    expect(later).toMatchObject({ added: 1, errors: [] });
    expect(store.data.failed).toEqual([]);

    // A folder no longer watched is not reconciled.
    await library.removeFolder(folder);
    expect(await library.listFolders()).toEqual([]);
    expect(library.list()).toHaveLength(2);
  }, 30_000);
});
