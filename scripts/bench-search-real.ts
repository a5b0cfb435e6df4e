// The search figures on real articles (`npm run bench -- --corpus DIR`, or alone:
// `tsx scripts/bench-search-real.ts DIR [--data DIR]`, --data keeping the library between runs):
// index_bytes_over_text, index_load_real_ms and rss_after_load_real_mb (the saved index loaded in a
// fresh process, median of five), search_p50_real_ms / search_p95_real_ms (300 queries drawn from the
// corpus, top 20 with snippets; each query's median of three rounds).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HamishCore } from '../src/core/container';
import { SearchService } from '../src/core/search/search-service';
import { tokenize } from '../src/shared/search/tokenize';
import type { DocumentRecord } from '../src/shared/types';
import { random } from './bench-corpus';

const QUERY_SEED = 20261202;

type Query = { query: string; prefix: boolean };

/** 300 queries from the texts, with a fixed seed: a third words, a third two-word phrases, a third 3-letter prefixes. */
export function drawQueries(texts: string[]): Query[] {
  const rand = random(QUERY_SEED);
  const out: Query[] = [];
  while (out.length < 300) {
    const text = texts[Math.floor(rand() * texts.length)]!;
    const tokens = tokenize(text).filter((t) => /^[\u0621-\u064A]{3,}$/.test(t.norm));
    if (tokens.length < 2) continue;
    const i = Math.floor(rand() * (tokens.length - 1));
    const word = text.slice(tokens[i]!.start, tokens[i]!.end);
    const kind = out.length % 3;
    if (kind === 0) out.push({ query: word, prefix: false });
    else if (kind === 1)
      out.push({ query: `"${text.slice(tokens[i]!.start, tokens[i + 1]!.end).replace(/\s+/g, ' ')}"`, prefix: false });
    else out.push({ query: tokens[i]!.norm.slice(0, 3), prefix: true });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

async function records(dataDir: string): Promise<DocumentRecord[]> {
  return (JSON.parse(await readFile(join(dataDir, 'hamish.json'), 'utf8')) as { documents: DocumentRecord[] }).documents;
}

function mustNotRebuild(): Promise<string> {
  return Promise.reject(new Error('must not rebuild'));
}

/** In the fresh process: load the saved index as the app does at start; print {loadMs, rssMb}. */
async function loadAlone(dataDir: string): Promise<void> {
  const docs = await records(dataDir);
  const start = performance.now();
  const service = new SearchService(dataDir, () => docs, mustNotRebuild);
  await service.boot();
  const loadMs = performance.now() - start;
  if (service.indexing) throw new Error('the saved index was rebuilt at load');
  globalThis.gc?.();
  const rssMb = process.memoryUsage().rss / 1048576;
  await service.shutdown();
  console.log(JSON.stringify({ loadMs, rssMb }));
}

/** Imports the corpus into a library in `dataDir` (kept when it is already there), waiting for the index to be saved. */
async function library(corpus: string, dataDir: string): Promise<string[]> {
  const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'bench' });
  try {
    if (!core.library.records().length) {
      const start = performance.now();
      const report = await core.library.add([corpus]);
      await core.search.ready();
      console.log(`real corpus: ${report.added} articles imported in ${Math.round(performance.now() - start)} ms`);
    }
    await core.search.ready();
    return await Promise.all(core.library.records().map((r) => core.library.readText(r)));
  } finally {
    await core.shutdown();
  }
}

export async function realSearchFigures(corpus: string, keep?: string): Promise<Record<string, number>> {
  const dataDir = keep ?? join(tmpdir(), `hamish-bench-search-real-${process.pid}`);
  try {
    const texts = await library(corpus, dataDir);
    const docs = await records(dataDir);
    const textBytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
    let indexBytes = 0;
    for (const name of await readdir(dataDir))
      if (name.startsWith('search-')) indexBytes += (await stat(join(dataDir, name))).size;

    // Loading, in a fresh process each time (median of five).
    const loads = Array.from(
      { length: 5 },
      () =>
        JSON.parse(
          execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, '--load', dataDir], {
            encoding: 'utf8',
          })
            .trim()
            .split('\n')
            .pop()!,
        ) as { loadMs: number; rssMb: number },
    );
    loads.sort((a, b) => a.loadMs - b.loadMs);

    const service = new SearchService(dataDir, () => docs, mustNotRebuild);
    await service.boot();
    const list = drawQueries(texts);
    texts.length = 0;
    const run = (q: Query) => service.search({ query: q.query, prefix: q.prefix, limit: 20 });
    for (const q of list.slice(0, 30)) run(q);
    // Three rounds, each query's median kept: this 2-core machine is shared, and one preempted run
    // would otherwise be that query's time.
    const rounds = [0, 1, 2].map(() =>
      list.map((q) => {
        const start = performance.now();
        run(q);
        return performance.now() - start;
      }),
    );
    const times = list.map((_, i) => rounds.map((r) => r[i]!).sort((a, b) => a - b)[1]!);
    if (process.env.BENCH_SLOW) {
      const slow = list.map((q, i) => [times[i]!, q.query, q.prefix] as const).sort((a, b) => b[0] - a[0]);
      console.log(
        'slowest real queries:',
        slow.slice(0, 8).map(([ms, q, p]) => `${ms.toFixed(1)}ms ${q}${p ? '…' : ''}`),
      );
    }
    await service.shutdown();
    times.sort((a, b) => a - b);
    return {
      real_docs: docs.length,
      index_bytes_over_text: Number((indexBytes / textBytes).toFixed(2)),
      index_load_real_ms: Math.round(loads[2]!.loadMs),
      rss_after_load_real_mb: Math.round(loads[2]!.rssMb),
      search_p50_real_ms: Number(percentile(times, 0.5).toFixed(2)),
      search_p95_real_ms: Number(percentile(times, 0.95).toFixed(2)),
    };
  } finally {
    if (!keep) await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const load = arg('--load');
  if (load) await loadAlone(load);
  else {
    const corpus = process.argv[2];
    if (!corpus || !existsSync(corpus)) throw new Error('usage: tsx scripts/bench-search-real.ts CORPUS_DIR [--data DIR]');
    console.log(JSON.stringify(await realSearchFigures(corpus, arg('--data'))));
  }
}
