// npm run bench: builds a deterministic corpus of synthetic Arabic articles and
// prints the library's figures; the last line is one JSON object.
//   npm run bench -- --corpus DIR: the comparison figures on real articles too (a folder laid out by
//     ../shared/tools/lay-out-corpus.mjs): compare_real_ms, similar_real_ms, similar_build_real_ms, and the
//     search figures of bench-search-real.ts (index_bytes_over_text, index_load_real_ms, search_p95_real_ms…).
//     start-up and import figures of scripts/bench-real.ts (read_floor_real_ms, import_real_ms, ...).
//   npm run bench -- --only NAME: one figure (and those measured with it) alone, see ONLY.
import { execFileSync } from 'node:child_process';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HamishCore } from '../src/core/container';
import { SearchIndex } from '../src/core/search/search-index';
import { SearchService } from '../src/core/search/search-service';
import { parseQuery } from '../src/shared/search/query';
import { describeRange, reanchor } from '../src/shared/anchoring';
import { normalizeArabic } from '../src/shared/arabic';
import { realComparisonFigures, syntheticComparisonFigures } from './bench-compare';
import { realSearchFigures } from './bench-search-real';
import { readFloorMs, realStartupFigures } from './bench-real';
import { articles, queries, random, vocabulary } from './bench-corpus';
import { libraryFigures } from './bench-library';

const root = join(import.meta.dirname, '..');
const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const corpus = join(root, '.bench', `corpus-${DOCS}`);
const CORPUS_SEED = 20251123;
const argValue = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
/** A folder of real articles, for the comparison figures on real text. */
const realCorpus = argValue('--corpus');

async function buildCorpus(): Promise<void> {
  if (existsSync(join(corpus, '.complete'))) return;
  await rm(corpus, { recursive: true, force: true });
  let i = 0;
  for (const text of articles(await vocabulary(), CORPUS_SEED, DOCS)) {
    const folder = join(corpus, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `article-${String(i).padStart(5, '0')}.${i % 10 === 0 ? 'md' : 'txt'}`), text);
    i++;
  }
  await writeFile(join(corpus, '.complete'), '');
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

type Query = { query: string; prefix: boolean };

/** Times each query (top 20 results with their snippets), after a warm-up. */
function timeQueries(search: (q: Query, limit: number) => unknown, list: Query[]): { p50: number; p95: number } {
  for (const q of list.slice(0, 20)) search(q, 20);
  const times = list.map((q) => {
    const start = performance.now();
    search(q, 20);
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

/** The floor: walking, then reading and decoding every file in one thread, the fastest plain way (scripts/bench-real.ts). */
async function readFloor(): Promise<number> {
  return readFloorMs(corpus);
}

/** A saved web page of about 100 KB: an Arabic article (paragraphs of the synthetic corpus) in a news site's markup. */
async function webPage(words: string[]): Promise<string> {
  const paragraphs = [...articles(words, 31, 40)]
    .join('\n')
    .split('\n')
    .filter((p) => p.trim());
  let body = '';
  for (const p of paragraphs) {
    if (body.length > 55_000) break;
    body += `      <p>${p}</p>\n`;
  }
  return `<!doctype html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <title>مقال طويل للقياس | الشرق الأوسط</title>
    <meta property="og:site_name" content="الشرق الأوسط" />
    <meta name="author" content="كاتب القياس" />
  </head>
  <body>
    <header><nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a></nav></header>
    <article>
      <h1>مقال طويل للقياس</h1>
${body}    </article>
    <footer>جميع الحقوق محفوظة</footer>
  </body>
</html>
`;
}

/**
 * Adding one highlight to a saved web page: the median of 21 adds after one
 * untimed first add (which may read the file and warm caches).
 */
async function noteAddHtml(): Promise<number> {
  const dir = join(tmpdir(), `hamish-bench-html-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'articles'), { recursive: true });
  const page = join(dir, 'articles', 'article.html');
  await writeFile(page, await webPage(await vocabulary()));
  const pageCore = await HamishCore.boot({ dataDir: join(dir, 'data'), shell: 'web', version: 'bench' });
  try {
    await pageCore.library.add([page]);
    const doc = pageCore.library.list()[0]!;
    console.log(`note_add_html: a ${(await stat(page)).size}-byte page, ${doc.words} words`);
    await pageCore.annotations.add({ docId: doc.id, start: 10, end: 50 });
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      await pageCore.annotations.add({ docId: doc.id, start: 100 + i * 40, end: 130 + i * 40, note: `ملاحظة ${i}` });
      times.push(performance.now() - t);
    }
    return median(times);
  } finally {
    await pageCore.shutdown();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The comparison figures: on the synthetic corpus's texts, and on real articles when --corpus is given. */
async function comparisonFigures(which: 'synthetic' | 'real' | 'both'): Promise<Record<string, number>> {
  let figures: Record<string, number> = {};
  if (which !== 'real') {
    const words = await vocabulary();
    figures = syntheticComparisonFigures([...articles(words, CORPUS_SEED, DOCS)], words);
  }
  if (which !== 'synthetic' && realCorpus) figures = { ...figures, ...(await realComparisonFigures(realCorpus)) };
  else if (which === 'real') throw new Error('the real-text figures need --corpus DIR');
  return figures;
}

/** Importing the corpus into a new library (search index included), median of three, beside the read floor. */
async function importFigures(): Promise<Record<string, number>> {
  await buildCorpus();
  await readFloor();
  const floors: number[] = [];
  const imports: number[] = [];
  const dataDir = join(tmpdir(), `hamish-bench-import-${process.pid}`);
  try {
    for (let run = 0; run < 3; run++) {
      floors.push(await readFloor());
      await rm(dataDir, { recursive: true, force: true });
      const core = await HamishCore.boot({ dataDir, shell: 'web', version: 'bench' });
      const start = performance.now();
      const report = await core.library.add([corpus]);
      await core.search.ready();
      imports.push(performance.now() - start);
      await core.shutdown();
      if (report.added !== DOCS) throw new Error(`expected ${DOCS} added, got ${report.added} (${report.errors[0]?.reason})`);
      console.log(`import ${run + 1}: ${Math.round(imports[run]!)} ms`);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const floor = median(floors);
  const importMs = median(imports);
  return {
    read_floor_10k_ms: Math.round(floor),
    import_10k_ms: Math.round(importMs),
    import_over_floor: Number((importMs / floor).toFixed(1)),
  };
}

/** `--only NAME`: the figures measured together with NAME, alone. */
const ONLY: Record<string, () => Promise<Record<string, number>>> = {
  import_10k_ms: importFigures,
  note_add_html_ms: async () => ({ note_add_html_ms: Number((await noteAddHtml()).toFixed(1)) }),
  compare_ms: () => comparisonFigures('synthetic'),
  similar_ms: () => comparisonFigures('synthetic'),
  compare_real_ms: () => comparisonFigures('real'),
  similar_real_ms: () => comparisonFigures('real'),
  similar_build_real_ms: () => comparisonFigures('real'),
  library_filter_ms: async () => libraryFigures(await vocabulary()),
  index_load_real_ms: () => realSearchFigures(needCorpus()),
  search_p95_real_ms: () => realSearchFigures(needCorpus()),
  import_real_ms: () => realStartupFigures(needCorpus()),
  cli_search_real_ms: () => realStartupFigures(needCorpus()),
  serve_ready_real_ms: () => realStartupFigures(needCorpus()),
};

function needCorpus(): string {
  if (!realCorpus) throw new Error('the real-text figures need --corpus DIR');
  return realCorpus;
}

async function main(): Promise<void> {
  // `npm run bench -- --only note_add_html_ms`: one figure alone.
  const only = argValue('--only');
  if (only !== undefined) {
    const measure = ONLY[only];
    if (!measure) throw new Error(`--only knows ${Object.keys(ONLY).join(', ')}, not "${only}"`);
    console.log(JSON.stringify(await measure()));
    return;
  }
  const t0 = performance.now();
  await buildCorpus();
  console.log(`corpus: ${DOCS} files in ${corpus} (${Math.round(performance.now() - t0)} ms to prepare)`);
  await readFloor(); // warm the page cache, as it is for the import runs
  // Medians of three: this machine's timings wander by a second from run to run.
  const floors: number[] = [];
  const imports: number[] = [];
  const dataDir = join(tmpdir(), `hamish-bench-${process.pid}`);
  let core!: HamishCore;
  for (let run = 0; run < 3; run++) {
    floors.push(await readFloor());
    await rm(dataDir, { recursive: true, force: true });
    core = await HamishCore.boot({ dataDir, shell: 'web', version: 'bench' });
    const start = performance.now();
    const first = await core.library.add([corpus]);
    const addedMs = performance.now() - start;
    await core.search.ready();
    imports.push(performance.now() - start);
    console.log(
      `import ${run + 1}: library ${Math.round(addedMs)} ms, then search index ${Math.round(imports[run]! - addedMs)} ms`,
    );
    if (first.added !== DOCS)
      throw new Error(`expected ${DOCS} added, got ${JSON.stringify({ ...first, errors: first.errors.length })}`);
    if (run < 2) await core.shutdown();
  }
  const floor = median(floors);
  const importMs = median(imports);
  try {
    let start = performance.now();
    const again = await core.library.add([corpus]);
    const reimportMs = performance.now() - start;
    if (again.skipped !== DOCS) throw new Error(`expected ${DOCS} unchanged on re-add, got ${again.skipped}`);
    await core.shutdown();

    const words = await vocabulary();
    const records = core.library.records();
    const list = queries(words);

    // Loading the saved index, as the app does at start (it must not rebuild), in a fresh process
    // so that its memory is measured alone.
    const loaded = JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'scripts', 'bench-load.ts'), dataDir], {
        cwd: root,
        encoding: 'utf8',
      })
        .trim()
        .split('\n')
        .pop()!,
    ) as { loadMs: number; heapMb: number };
    const loadMs = loaded.loadMs;
    const heapMb = loaded.heapMb;
    const service = new SearchService(
      dataDir,
      () => records,
      () => Promise.reject(new Error('must not rebuild')),
    );
    await service.boot();
    // Queries against the loaded index, snippets read from its texts file, as in the app.
    const at10k = timeQueries((q, limit) => service.search({ query: q.query, prefix: q.prefix, limit }), list);
    await service.shutdown();

    // Building the index alone, from texts in memory.
    const entries = await Promise.all(
      records.map(async (r) => ({
        doc: { id: r.id, title: r.title, lang: r.lang, fingerprint: r.fingerprint },
        text: await core.library.readText(r),
      })),
    );
    start = performance.now();
    SearchIndex.build(entries);
    const indexMs = performance.now() - start;
    entries.length = 0;

    // 50,000 documents, in memory (BENCH_QUICK=1 skips this part while iterating).
    const big = [...articles(words, 50_000, process.env.BENCH_QUICK ? 0 : 50_000)].map((text, i) => ({
      doc: { id: `d${i}`, title: text.slice(0, text.indexOf('\n')), lang: 'ar' as const, fingerprint: String(i) },
      text,
    }));
    start = performance.now();
    const index50k = SearchIndex.build(big);
    const index50kMs = performance.now() - start;
    const at50k = timeQueries((q, limit) => index50k.search(parseQuery(q.query, { prefix: q.prefix }), { limit }), list);

    // Re-anchoring 1,000 annotations after an edit: text inserted at the top (positions all
    // shift) and every diacritic removed (quotes that had them only match fuzzily).
    const article = [...articles(words, 7, 12)].join('\n\n');
    const rand = random(11);
    const annotations = Array.from({ length: 1000 }, () => {
      let start = Math.floor(rand() * (article.length - 100));
      start = article.indexOf(' ', start) + 1;
      const end = article.indexOf(' ', start + 20 + Math.floor(rand() * 60));
      return describeRange(article, start, end);
    });
    const edited = `مقدمة أضيفت في أول النص بعد التحرير.\n${article.replace(/[\u064B-\u0652]/g, '')}`;
    start = performance.now();
    const placed = annotations.map((a) => reanchor(edited, a));
    const reanchorMs = performance.now() - start;
    const orphans = placed.filter((a) => !a).length;
    const misplaced = placed.filter(
      (a, i) => a && normalizeArabic(edited.slice(a.start, a.end)) !== normalizeArabic(annotations[i]!.quote.exact),
    ).length;
    console.log(
      `reanchor: ${annotations.length} annotations in a ${article.length}-character text: ${orphans} orphaned, ${misplaced} placed on other text`,
    );

    // Saving one annotation durably with 10,000 and 100,000 already in the store.
    const noteSave: Record<number, number> = {};
    let notesSearch = 0;
    for (const count of [10_000, 100_000]) {
      const dir = join(tmpdir(), `hamish-bench-notes-${process.pid}-${count}`);
      await rm(dir, { recursive: true, force: true });
      const notesCore = await HamishCore.boot({ dataDir: dir, shell: 'web', version: 'bench' });
      await notesCore.library.add([join(root, 'seeds')]);
      const doc = notesCore.library.list()[0]!;
      const { text } = await notesCore.library.get(doc.id);
      const now = new Date().toISOString();
      await notesCore.annotationLog.put(
        Array.from({ length: count }, (_, i) => ({
          id: `bench-${i}`,
          docId: doc.id,
          kind: 'highlight' as const,
          selectors: describeRange(text, i % 200, (i % 200) + 40),
          color: 'yellow' as const,
          style: 'highlight' as const,
          note: 'ملاحظة قصيرة للقياس',
          tags: ['قياس'],
          orphaned: false,
          createdAt: now,
          updatedAt: now,
        })),
      );
      await notesCore.annotationLog.compact();
      const times: number[] = [];
      for (let i = 0; i < 21; i++) {
        const t = performance.now();
        await notesCore.annotations.add({ docId: doc.id, start: 10, end: 50, note: `ملاحظة ${i}` });
        times.push(performance.now() - t);
      }
      noteSave[count] = median(times);
      if (count === 100_000) {
        // Searching every note (the library-wide notes panel), once each note's words are known.
        await notesCore.annotations.warmSearch();
        const searches = ['ملاحظة', 'قصيرة للقياس', 'الكاظمى', 'قياس', 'مليشيات'].map((query) => {
          const t = performance.now();
          notesCore.annotations.list({ query });
          return performance.now() - t;
        });
        notesSearch = median(searches);
      }
      await notesCore.shutdown();
      await rm(dir, { recursive: true, force: true });
    }

    const noteAddHtmlMs = await noteAddHtml();
    big.length = 0; // the comparison figures build their own index; give them the memory
    const comparison = await comparisonFigures('both');
    // The library panel's filter at 30,000 documents, as the renderer runs it (synthetic summaries).
    const library = libraryFigures(words);

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
      reanchor_1k_ms: Math.round(reanchorMs),
      note_save_ms_10k: Number(noteSave[10_000]!.toFixed(1)),
      note_save_ms_100k: Number(noteSave[100_000]!.toFixed(1)),
      notes_search_ms_100k: Math.round(notesSearch),
      note_add_html_ms: Number(noteAddHtmlMs.toFixed(1)),
      ...comparison,
      ...(realCorpus ? await realSearchFigures(realCorpus) : {}),
      ...(realCorpus ? await realStartupFigures(realCorpus) : {}),
      ...library,
    };
    console.log(JSON.stringify(figures));
    return;
  } finally {
    await core.shutdown().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
