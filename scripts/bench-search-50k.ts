// The synthetic 50,000-document search figure alone (search_p95_50k_ms of bench.ts), for
// working on the query side: builds the same index as bench.ts, times the same 200 queries
// for a few rounds and prints each round's p95 and their median.
//   npx tsx scripts/bench-search-50k.ts [--rounds N] [--dump FILE] [--slow]
//   --dump FILE: every query's hits (ids, scores, snippets) as JSON, to check results are unchanged.
//   --cache FILE: save the built segment there, and load it from there next time (16 s of building
//     saved per run while iterating; the same segment, the texts made again in memory).
import { existsSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { INDEX_FORMAT, readIndexFile, writeIndexFile } from '../src/core/search/index-file';
import { SearchIndex } from '../src/core/search/search-index';
import { parseQuery } from '../src/shared/search/query';
import { articles, queries, vocabulary } from './bench-corpus';

const argValue = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** Builds the 50,000-document index as bench.ts does (or loads its segment from `cache`, saved there first). */
export async function build50k(cache?: string): Promise<{ index: SearchIndex; list: { query: string; prefix: boolean }[] }> {
  const words = await vocabulary();
  const big = [...articles(words, 50_000, 50_000)].map((text, i) => ({
    doc: { id: `d${i}`, title: text.slice(0, text.indexOf('\n')), lang: 'ar' as const, fingerprint: String(i) },
    text,
  }));
  const list = queries(words);
  const loaded = cache && existsSync(cache) ? await readIndexFile(cache, 'bench') : null;
  if (loaded) {
    return { index: new SearchIndex(loaded.segment, loaded.header.docs, { text: (d) => big[d]!.text }), list };
  }
  const index = SearchIndex.build(big);
  if (cache) {
    const header = { format: INDEX_FORMAT, analyzer: 'bench', docs: index.docs };
    await writeIndexFile(cache, header, index.compact, new Uint8Array(0), () => ({ blob: new Uint8Array(0) }));
  }
  return { index, list };
}

async function main(): Promise<void> {
  const rounds = Number(argValue('--rounds') ?? 5);
  let start = performance.now();
  const { index, list } = await build50k(argValue('--cache'));
  console.log(`built in ${Math.round(performance.now() - start)} ms`);
  const run = (q: { query: string; prefix: boolean }) => index.search(parseQuery(q.query, { prefix: q.prefix }), { limit: 20 });
  const dump = argValue('--dump');
  if (dump)
    writeFileSync(
      dump,
      JSON.stringify(
        list.map((q) => ({ q, ...run(q) })),
        null,
        1,
      ),
    );
  const p95s: number[] = [];
  const cpuP95s: number[] = [];
  const perQuery = list.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (const q of list.slice(0, 20)) run(q);
    // CPU time too: on a shared machine it wanders less than the clock.
    const cpu: number[] = [];
    const times = list.map((q, i) => {
      const cpuStart = process.cpuUsage();
      start = performance.now();
      run(q);
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      perQuery[i]!.push(ms);
      return ms;
    });
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    p95s.push(percentile(times, 0.95));
    cpuP95s.push(percentile(cpu, 0.95));
    console.log(
      `round ${round + 1}: p50 ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms (CPU p95 ${percentile(cpu, 0.95).toFixed(2)} ms)`,
    );
  }
  if (process.argv.includes('--slow')) {
    const med = perQuery.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
    const slow = list.map((q, i) => [med[i]!, q] as const).sort((a, b) => b[0] - a[0]);
    for (const [ms, q] of slow.slice(0, 15)) console.log(`${ms.toFixed(1)} ms  ${q.query}${q.prefix ? '…' : ''}`);
  }
  p95s.sort((a, b) => a - b);
  cpuP95s.sort((a, b) => a - b);
  const middle = Math.floor(p95s.length / 2);
  console.log(
    JSON.stringify({ search_p95_50k_ms: Number(p95s[middle]!.toFixed(2)), cpu_p95_50k_ms: Number(cpuP95s[middle]!.toFixed(2)) }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
