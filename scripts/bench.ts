// npm run bench: builds a deterministic corpus of synthetic Arabic articles and
// prints the library's figures; the last line is one JSON object.
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HamishCore } from '../src/core/hamish-core';
import { decodeText } from '../src/core/library/decode';

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

async function buildCorpus(): Promise<void> {
  if (existsSync(join(corpus, '.complete'))) return;
  await rm(corpus, { recursive: true, force: true });
  const vocabulary = (
    await Promise.all((await readdir(join(root, 'seeds'))).map((f) => readFile(join(root, 'seeds', f), 'utf8')))
  )
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\u0600-\u06FF]/.test(w));
  const rand = random(20251123);
  const pick = () => vocabulary[Math.floor(rand() * vocabulary.length)]!;
  const word = () => {
    let w = pick();
    if (rand() < 0.05) for (const [from, to] of VARIANTS) w = w.replace(from, to);
    if (rand() < 0.08) w = [...w].map((c) => (rand() < 0.3 ? c + TASHKEEL[Math.floor(rand() * TASHKEEL.length)] : c)).join('');
    if (rand() < 0.01) w = w.slice(0, 2) + 'ـــ' + w.slice(2);
    return w;
  };
  for (let i = 0; i < DOCS; i++) {
    const folder = join(corpus, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) await mkdir(folder, { recursive: true });
    const target = 2048 + Math.floor(rand() * 4096);
    const lines = [Array.from({ length: 6 + Math.floor(rand() * 4) }, word).join(' '), ''];
    let size = 0;
    while (size < target) {
      const paragraph = Array.from({ length: 30 + Math.floor(rand() * 40) }, word).join(' ') + '.';
      lines.push(paragraph);
      size += Buffer.byteLength(paragraph);
    }
    await writeFile(join(folder, `article-${String(i).padStart(5, '0')}.${i % 10 === 0 ? 'md' : 'txt'}`), lines.join('\n'));
  }
  await writeFile(join(corpus, '.complete'), '');
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
    const importMs = performance.now() - start;
    if (first.added !== DOCS)
      throw new Error(`expected ${DOCS} added, got ${JSON.stringify({ ...first, errors: first.errors.length })}`);
    start = performance.now();
    const again = await core.library.add([corpus]);
    const reimportMs = performance.now() - start;
    if (again.skipped !== DOCS) throw new Error(`expected ${DOCS} unchanged on re-add, got ${again.skipped}`);
    const figures = {
      docs: DOCS,
      read_floor_10k_ms: Math.round(floor),
      import_10k_ms: Math.round(importMs),
      import_over_floor: Number((importMs / floor).toFixed(1)),
      reimport_10k_ms: Math.round(reimportMs),
    };
    console.log(JSON.stringify(figures));
  } finally {
    await core.shutdown();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
