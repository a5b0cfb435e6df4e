// npm run bench: builds a deterministic corpus of synthetic Arabic articles and
// prints the library's figures; the last line is one JSON object.
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HamishCore } from '../src/core/hamish-core';
import { decodeText } from '../src/core/library/decode';
import { SearchIndex } from '../src/core/search/search-index';
import { SearchService } from '../src/core/search/search-service';
import { normalizeArabic } from '../src/shared/arabic';
import { parseQuery } from '../src/shared/search/query';

const root = join(import.meta.dirname, '..');
const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const corpus = join(root, '.bench', `corpus-${DOCS}`);

/** mulberry32: a small seeded PRNG, so every run builds the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VARIANTS: [RegExp, string][] = [
  [/ي(?=\s|$)/g, 'ى'],
  [/ة(?=\s|$)/g, 'ه'],
  [/ا/g, 'أ'],
];
const TASHKEEL = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652'];

async function vocabulary(): Promise<string[]> {
  return (await Promise.all((await readdir(join(root, 'seeds'))).map((f) => readFile(join(root, 'seeds', f), 'utf8'))))
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\u0600-\u06FF]/.test(w));
}

/** Deterministic synthetic articles: a title line, then paragraphs of 2–6 KB in all. */
function* articles(words: string[], seed: number, count: number): Generator<string> {
  const rand = random(seed);
  const pick = () => words[Math.floor(rand() * words.length)]!;
  const word = () => {
    let w = pick();
    if (rand() < 0.05) for (const [from, to] of VARIANTS) w = w.replace(from, to);
    if (rand() < 0.08) w = [...w].map((c) => (rand() < 0.3 ? c + TASHKEEL[Math.floor(rand() * TASHKEEL.length)] : c)).join('');
    if (rand() < 0.01) w = w.slice(0, 2) + 'ـــ' + w.slice(2);
    return w;
  };
  for (let i = 0; i < count; i++) {
    const target = 2048 + Math.floor(rand() * 4096);
    const lines = [Array.from({ length: 6 + Math.floor(rand() * 4) }, word).join(' '), ''];
    let size = 0;
    while (size < target) {
      const paragraph = Array.from({ length: 30 + Math.floor(rand() * 40) }, word).join(' ') + '.';
      lines.push(paragraph);
      size += Buffer.byteLength(paragraph);
    }
    yield lines.join('\n');
  }
}

async function buildCorpus(): Promise<void> {
  if (existsSync(join(corpus, '.complete'))) return;
  await rm(corpus, { recursive: true, force: true });
  let i = 0;
  for (const text of articles(await vocabulary(), 20251123, DOCS)) {
    const folder = join(corpus, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `article-${String(i).padStart(5, '0')}.${i % 10 === 0 ? 'md' : 'txt'}`), text);
    i++;
  }
  await writeFile(join(corpus, '.complete'), '');
}

/** 200 mixed queries from the corpus vocabulary: single words, two-word phrases, and prefixes. */
function queries(words: string[]): { query: string; prefix: boolean }[] {
  const rand = random(7);
  const pick = () => normalizeArabic(words[Math.floor(rand() * words.length)]!).replace(/[^\u0621-\u064A]/g, '');
  const out: { query: string; prefix: boolean }[] = [];
  while (out.length < 100) {
    const w = pick();
    if (w.length >= 3) out.push({ query: w, prefix: false });
  }
  const seedText = words.join(' ');
  const pairs = seedText.split(/[.،,\s]+/);
  while (out.length < 150) {
    const at = Math.floor(rand() * (pairs.length - 1));
    out.push({ query: `"${pairs[at]} ${pairs[at + 1]}"`, prefix: false });
  }
  while (out.length < 200) {
    const w = pick();
    if (w.length >= 4) out.push({ query: w.slice(0, 3 + Math.floor(rand() * 2)), prefix: true });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

function timeQueries(index: SearchIndex, list: { query: string; prefix: boolean }[]): { p50: number; p95: number } {
  for (const q of list.slice(0, 20)) index.search(parseQuery(q.query, { prefix: q.prefix }), 20); // warm up
  const times = list.map((q) => {
    const start = performance.now();
    index.search(parseQuery(q.query, { prefix: q.prefix }), 20);
    return performance.now() - start;
  });
  if (process.env.BENCH_SLOW) {
    const slow = list.map((q, i) => [times[i]!, q.query, q.prefix] as const).sort((a, b) => b[0] - a[0]);
    console.log(
      'slowest queries:',
      slow.slice(0, 8).map(([ms, q, p]) => `${ms.toFixed(1)}ms ${q}${p ? '…' : ''}`),
    );
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

function memoryMb(): number {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

/** The floor: walking, reading and decoding every file, nothing else, at the importer's concurrency. */
async function readFloor(): Promise<number> {
  const start = performance.now();
  const files = await listFiles(corpus);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const path = files[next++]!;
      await stat(path);
      decodeText(await readFile(path));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return performance.now() - start;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  await buildCorpus();
  console.log(`corpus: ${DOCS} files in ${corpus} (${Math.round(performance.now() - t0)} ms to prepare)`);
  await readFloor(); // warm the page cache, as it is for the import runs
  const floor = await readFloor();
  const dataDir = join(tmpdir(), `hamish-bench-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'bench' });
  try {
    let start = performance.now();
    const first = await core.library.add([corpus]);
    await core.search.ready();
    const importMs = performance.now() - start;
    if (first.added !== DOCS)
      throw new Error(`expected ${DOCS} added, got ${JSON.stringify({ ...first, errors: first.errors.length })}`);
    start = performance.now();
    const again = await core.library.add([corpus]);
    const reimportMs = performance.now() - start;
    if (again.skipped !== DOCS) throw new Error(`expected ${DOCS} unchanged on re-add, got ${again.skipped}`);
    await core.shutdown();

    // The index alone, from texts in memory.
    const words = await vocabulary();
    const records = core.library.records();
    const entries = await Promise.all(
      records.map(async (r) => ({
        doc: { id: r.id, title: r.title, lang: r.lang, fingerprint: r.fingerprint },
        text: await core.library.textOf(r),
      })),
    );
    start = performance.now();
    const built = SearchIndex.build(entries);
    const indexMs = performance.now() - start;
    entries.length = 0;

    // Loading the saved index, as the app does at start (it must not rebuild).
    const before = memoryMb();
    start = performance.now();
    const service = new SearchService(
      dataDir,
      () => records,
      () => Promise.reject(new Error('must not rebuild')),
    );
    await service.boot();
    const loadMs = performance.now() - start;
    if (service.indexing) throw new Error('the saved index was rebuilt at load');
    const heapMb = memoryMb() - before;
    const list = queries(words);
    const at10k = timeQueries(built, list);
    const loadedCheck = service.search({ query: list[0]!.query }).total;
    if (loadedCheck !== built.search(parseQuery(list[0]!.query), 20).total)
      throw new Error('loaded index disagrees with the built one');
    await service.shutdown();

    // 50,000 documents, in memory (BENCH_QUICK=1 skips this part while iterating).
    const big = [...articles(words, 50_000, process.env.BENCH_QUICK ? 0 : 50_000)].map((text, i) => ({
      doc: { id: `d${i}`, title: text.slice(0, text.indexOf('\n')), lang: 'ar' as const, fingerprint: String(i) },
      text,
    }));
    start = performance.now();
    const index50k = SearchIndex.build(big);
    const index50kMs = performance.now() - start;
    const at50k = timeQueries(index50k, list);

    const figures = {
      docs: DOCS,
      read_floor_10k_ms: Math.round(floor),
      import_10k_ms: Math.round(importMs),
      import_over_floor: Number((importMs / floor).toFixed(1)),
      reimport_10k_ms: Math.round(reimportMs),
      index_10k_ms: Math.round(indexMs),
      index_load_10k_ms: Math.round(loadMs),
      index_heap_10k_mb: Math.round(heapMb),
      search_p50_ms: Number(at10k.p50.toFixed(2)),
      search_p95_ms: Number(at10k.p95.toFixed(2)),
      index_50k_ms: Math.round(index50kMs),
      search_p95_50k_ms: Number(at50k.p95.toFixed(2)),
    };
    console.log(JSON.stringify(figures));
    return;
  } finally {
    await core.shutdown().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
