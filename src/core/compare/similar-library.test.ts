import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../../tests/temp-dir';
import { outbreakA, outbreakB } from '../../shared/compare/fixtures/reports';
import type { DocumentRecord } from '../../shared/types';
import { HamishCore } from '../container';
import { SimilarIndex } from './similar-index';
import { SimilarLibrary, type SimilarTexts } from './similar-library';

const agency =
  'أعلنت وزارة التعليم اعتماد 26 مشروعاً مدرسياً جديداً في منطقة حائل بتكلفة 134 مليون ريال، تشمل مدارس للبنين والبنات ' +
  'ومجمعات تعليمية في المحافظات والمراكز التابعة للمنطقة. وأوضح مدير عام التعليم في المنطقة الدكتور يوسف الثويني أن ' +
  'المشروعات ستسهم في الاستغناء عن المباني المستأجرة خلال ثلاث سنوات، مثمناً دعم القيادة للقطاع.';
const copy = agency.replace('بتكلفة', 'بكلفة').replace('الثويني', 'الثوينى') + ' يذكر أن العمل سيبدأ الشهر المقبل.';
const market = 'تراجع مؤشر سوق الأسهم السعودية 71 نقطة في تداولات بلغت 5 مليارات ريال، وسط انخفاض أسهم المصارف.';
const weather = 'حذرت هيئة الأرصاد من موجة حر شديدة تضرب المنطقة الشرقية خلال الأيام المقبلة مع رياح مثيرة للغبار.';

function record(id: string, fingerprint = `fp-${id}`, missing = false): DocumentRecord {
  return {
    id,
    path: `/library/${id}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    title: id,
    lang: 'ar',
    dir: 'rtl',
    words: 100,
    readingMinutes: 1,
    missing,
    fingerprint,
    size: 1000,
    mtimeMs: 0,
    addedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** A little library whose texts can be changed, counting what the index reads. */
function fakeLibrary(texts: Record<string, string>) {
  const records = new Map(Object.keys(texts).map((id) => [id, record(id)]));
  const reads: string[] = [];
  const read: SimilarTexts = (r) => {
    reads.push(r.id);
    const text = texts[r.id];
    if (text === undefined) throw new Error('ENOENT');
    return Promise.resolve(text);
  };
  return { texts, records, reads, read, list: () => [...records.values()] };
}

const reports = () => ({ agency, copy, 'outbreak-a': outbreakA.text, 'outbreak-b': outbreakB.text, market, weather });

function open(dataDir: string, lib: ReturnType<typeof fakeLibrary>) {
  return new SimilarLibrary(dataDir, lib.list, lib.read, () => {}, { debounceMs: 10 });
}

describe('SimilarLibrary', () => {
  it('builds in the background, saves, and a fresh start loads the file without reading a text', async () => {
    const dataDir = await tempDir();
    const lib = fakeLibrary(reports());
    const similar = open(dataDir, lib);
    await similar.boot();
    expect(similar.indexing).toBe(true);
    const index = await similar.ready();
    expect(similar.indexing).toBe(false);
    expect(index.similar('agency', 1)[0]).toMatchObject({ docId: 'copy', nearDuplicate: true });
    expect(index.similar('outbreak-a', 1)[0]).toMatchObject({ docId: 'outbreak-b', nearDuplicate: false });
    await similar.shutdown();
    const saved = await stat(similar.path);

    lib.reads.length = 0;
    const again = open(dataDir, lib);
    await again.boot();
    expect(again.indexing).toBe(false);
    const loaded = await again.ready();
    expect(lib.reads).toEqual([]);
    expect(loaded.similar('agency', 3)).toEqual(index.similar('agency', 3));
    expect(loaded.nearDuplicateGroups()).toEqual(index.nearDuplicateGroups());
    await again.shutdown();
    expect((await stat(similar.path)).mtimeMs).toBe(saved.mtimeMs);
  });

  it('rebuilds at start when a document changed, came or went while it was away', async () => {
    const dataDir = await tempDir();
    const lib = fakeLibrary(reports());
    let similar = open(dataDir, lib);
    await similar.boot();
    await similar.ready();
    await similar.shutdown();

    lib.texts.market = outbreakB.text.replace('البصرة', 'الناصرية');
    lib.records.set('market', record('market', 'fp-market-2'));
    lib.reads.length = 0;
    similar = open(dataDir, lib);
    await similar.boot();
    // The old index answers meanwhile.
    expect(similar.current()?.size).toBe(6);
    const index = await similar.ready();
    expect(lib.reads).toContain('market');
    expect(index.similar('market', 1)[0]?.docId).toBe('outbreak-b');
    await similar.shutdown();

    lib.records.delete('weather');
    similar = open(dataDir, lib);
    await similar.boot();
    expect((await similar.ready()).similar('weather')).toEqual([]);
    await similar.shutdown();
  });

  it('follows the library’s changes, using the texts they bring', async () => {
    const dataDir = await tempDir();
    const lib = fakeLibrary(reports());
    const similar = open(dataDir, lib);
    await similar.boot();
    await similar.ready();

    const copy2 = record('copy-2');
    lib.records.set('copy-2', copy2);
    lib.records.delete('market');
    lib.reads.length = 0;
    similar.apply({ upserts: [{ record: copy2, text: copy + ' والله الموفق.' }], removed: ['market'] });
    expect(similar.indexing).toBe(true);
    const index = await similar.ready();
    // Unchanged documents come from the last build's analyses, the new one with its text: nothing is read.
    expect(lib.reads).toEqual([]);
    expect(index.similar('agency').map((h) => h.docId)).toContain('copy-2');
    expect(index.similar('market')).toEqual([]);
    lib.texts['copy-2'] = copy + ' والله الموفق.';
    delete lib.texts.market;
    const fresh = SimilarIndex.build(Object.entries(lib.texts).map(([id, text]) => ({ id, text })));
    for (const id of Object.keys(lib.texts)) expect(index.similar(id)).toEqual(fresh.similar(id));

    // A change that changes nothing (a re-read file, same text) doesn't rebuild.
    similar.apply({ upserts: [{ record: copy2, text: copy + ' والله الموفق.' }], removed: ['gone-long-ago'] });
    expect(similar.indexing).toBe(false);
    await similar.shutdown();
  });

  it('rebuilds a corrupt or torn file', async () => {
    const dataDir = await tempDir();
    const lib = fakeLibrary(reports());
    let similar = open(dataDir, lib);
    await similar.boot();
    const built = await similar.ready();
    await similar.shutdown();
    const good = await readFile(similar.path);

    for (const bad of [Buffer.from('not an index at all, not at all'), good.subarray(0, good.length - 100)]) {
      await writeFile(similar.path, bad);
      lib.reads.length = 0;
      similar = open(dataDir, lib);
      await similar.boot();
      const index = await similar.ready();
      expect(lib.reads).toHaveLength(6);
      expect(index.similar('agency', 3)).toEqual(built.similar('agency', 3));
      await similar.shutdown();
      expect((await readFile(similar.path)).length).toBe(good.length);
    }
  });

  it('covers unreadable documents without retrying them at every start', async () => {
    const dataDir = await tempDir();
    const lib = fakeLibrary(reports());
    lib.records.set('lost', record('lost', 'fp-lost', true));
    let similar = open(dataDir, lib);
    await similar.boot();
    expect((await similar.ready()).size).toBe(6);
    await similar.shutdown();

    lib.reads.length = 0;
    similar = open(dataDir, lib);
    await similar.boot();
    expect(similar.indexing).toBe(false);
    await similar.ready();
    expect(lib.reads).toEqual([]);
    await similar.shutdown();
  });

  it('never holds the event loop long while building a large library', async () => {
    const dataDir = await tempDir();
    const lib = fakeLibrary(syntheticLibrary(2000));
    const similar = open(dataDir, lib);
    let longest = 0;
    let last = performance.now();
    let ticking = true;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const started = performance.now();
    await similar.boot();
    const index = await similar.ready();
    ticking = false;
    const took = performance.now() - started;
    expect(index.size).toBe(2000);
    // Builds take a second or more here; no turn should take more than a few slices. Relative to the whole
    // build too, so a loaded machine (which stretches both) doesn't fail it, while one unsliced build would.
    expect(took).toBeGreaterThan(200);
    expect(longest).toBeLessThan(Math.max(200, took / 5));
    await similar.shutdown();
  }, 30_000);

  it('stops a build at shutdown and saves nothing half-built', async () => {
    const dataDir = await tempDir();
    const lib = fakeLibrary(syntheticLibrary(2000));
    const similar = open(dataDir, lib);
    await similar.boot();
    while (lib.reads.length < 200) await new Promise((resolve) => setImmediate(resolve));
    const ready = similar.ready();
    await similar.shutdown();
    await expect(ready).rejects.toThrow(/shut down/);
    expect(lib.reads.length).toBeLessThan(2000);
    expect(similar.current()).toBeNull();
    expect(similar.indexing).toBe(false);
    expect(existsSync(similar.path)).toBe(false);
  });
});

describe('SimilarLibrary over the search index’s texts', () => {
  it('takes the texts the search index holds (same version only) instead of reading the files', async () => {
    const dataDir = await tempDir();
    const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
    await core.library.add([seedsDir]);
    await core.search.ready();
    const records = core.library.records();
    const [first] = records;
    expect(core.search.textOf(first!.id, first!.fingerprint)).toBe(await core.library.readText(first!));
    expect(core.search.textOf(first!.id, 'another version')).toBeUndefined();
    expect(core.search.textOf('no such id', first!.fingerprint)).toBeUndefined();

    let fileReads = 0;
    const similar = new SimilarLibrary(
      dataDir,
      () => core.library.records(),
      (record) => {
        const text = core.search.textOf(record.id, record.fingerprint);
        if (text !== undefined) return text;
        fileReads++;
        return core.library.readText(record);
      },
    );
    await similar.boot();
    expect((await similar.ready()).size).toBe(records.length);
    expect(fileReads).toBe(0);
    await similar.shutdown();
    await core.shutdown();
  });
});

/** Article-length texts from a shared vocabulary, each a variation on one of 100 stories. */
function syntheticLibrary(count: number): Record<string, string> {
  const words = (agency + ' ' + outbreakA.text + ' ' + outbreakB.text + ' ' + market + ' ' + weather).split(/\s+/);
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const texts: Record<string, string> = {};
  for (let doc = 0; doc < count; doc++) {
    const story = doc % 100;
    const out: string[] = [];
    for (let i = 0; i < 300; i++) {
      const w = words[(story * 7 + Math.floor(random() * 40) + i) % words.length]!;
      out.push(random() < 0.1 ? `${w}${doc % 13}` : w);
    }
    texts[`doc-${doc}`] = out.join(' ');
  }
  return texts;
}
