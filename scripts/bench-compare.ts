// The comparison figures of `npm run bench`: comparing two reports and finding similar ones.
//   compare_ms: analyse + matchPassages + findDifferences for two related ~5,000-word reports (median of 7,
//     after 3 warm-up runs; compare_cold_ms is the very first run, JIT compilation included);
//   similar_ms / similar_p95_ms: SimilarIndex.similar(doc, 10) over 100 documents spread over the corpus;
//   similar_build_ms, similar_mb: building the signatures once, and what they hold.
// bench.ts measures them on the synthetic corpus (the reports: articles and a rewrite of each, see
// syntheticReports) and, given --corpus DIR, on real articles (the reports: articles and a related article
// from another outlet, found by the index). On its own, `npx tsx scripts/bench-compare.ts [--corpus
// FILE.jsonl.gz | DIR]` measures real articles only (default: ../shared/corpora/saudinewsnet/dev.jsonl.gz);
// its last line is one JSON object.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { SimilarIndex } from '../src/core/compare/similar-index';
import { formatOfPath, READERS } from '../src/core/library/formats';
import { findDifferences } from '../src/shared/compare/differences';
import { matchPassages } from '../src/shared/compare/match';
import { analyseDocument, blocksOfLines, type ComparableDocument } from '../src/shared/compare/passages';
import type { TermWeights } from '../src/shared/compare/weights';
import { countWords } from '../src/shared/text-direction';
import { random } from './bench-corpus';

/** An article as the library holds it: its text and blocks. */
export interface BenchArticle extends ComparableDocument {
  id: string;
}

/** The length of each compared report, in words. */
const REPORT_WORDS = 5000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** A plain text as an article, one block per non-empty line. */
export function articleOfText(id: string, text: string): BenchArticle {
  return { id, text, blocks: blocksOfLines(text) };
}

function readJsonLines(file: string): BenchArticle[] {
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line, i) => {
      const { title, content } = JSON.parse(line) as { title?: string; content?: string };
      return articleOfText(String(i), `${title ?? ''}\n${content ?? ''}`);
    });
}

/** A folder laid out by lay-out-corpus.mjs, each file read by the library's own format readers. */
async function readFolder(dir: string): Promise<BenchArticle[]> {
  const paths: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md)$/.test(name)) paths.push(path);
    }
  };
  walk(dir);
  return Promise.all(
    paths.map(async (path) => {
      const bytes = readFileSync(path);
      const { parsed } = await READERS[formatOfPath(path)!].read(bytes, { path, size: bytes.length });
      return { id: path, text: parsed.text, blocks: parsed.blocks };
    }),
  );
}

/** Real articles: a gzipped JSON-lines corpus or a folder of .txt/.md articles. */
export async function readCorpus(path: string): Promise<BenchArticle[]> {
  if (!existsSync(path)) throw new Error(`no corpus at ${path}: pass a FILE.jsonl.gz or a folder of .txt/.md articles`);
  return statSync(path).isDirectory() ? readFolder(path) : readJsonLines(path);
}

/** Documents one after the other, as one report (blocks shifted to their place in the joined text). */
function report(docs: ComparableDocument[]): ComparableDocument {
  let text = '';
  const blocks: ComparableDocument['blocks'] = [];
  for (const doc of docs) {
    if (text) text += '\n\n';
    const offset = text.length;
    text += doc.text;
    for (const b of doc.blocks) blocks.push({ ...b, start: b.start + offset, end: b.end + offset });
  }
  return { text, blocks };
}

export interface SimilarFigures {
  index: SimilarIndex;
  buildMs: number;
  mb: number;
  medianMs: number;
  p95Ms: number;
}

/** Builds the similar-reports index over the articles and times 100 queries spread over them. */
export function timeSimilar(articles: BenchArticle[]): SimilarFigures {
  const t = performance.now();
  const index = SimilarIndex.build(articles);
  const buildMs = performance.now() - t;
  const data = index.data();
  const mb = (data.offsets.byteLength + data.termIds.byteLength + data.weights.byteLength + data.minhash.byteLength) / 2 ** 20;
  const step = Math.max(1, Math.floor(articles.length / 100));
  index.similar(articles[0]!.id); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 100 && i * step < articles.length; i++) {
    const start = performance.now();
    index.similar(articles[i * step]!.id, 10);
    times.push(performance.now() - start);
  }
  console.log(
    `similar: ${articles.length} documents, ${Math.round(buildMs)} ms to build, ${mb.toFixed(1)} MB of signatures; ` +
      `median ${median(times).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms`,
  );
  return { index, buildMs, mb, medianMs: median(times), p95Ms: percentile(times, 0.95) };
}

/** Two real reports: articles on the left, a related article from elsewhere (by the index) on the right. */
export function realReports(articles: BenchArticle[], index: SimilarIndex): [ComparableDocument, ComparableDocument] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const left: BenchArticle[] = [];
  const right: BenchArticle[] = [];
  const words = { left: 0, right: 0 };
  const used = new Set<string>();
  for (let i = 0; i < articles.length && (words.left < REPORT_WORDS || words.right < REPORT_WORDS); i += 7) {
    const article = articles[i]!;
    if (used.has(article.id)) continue;
    const related = index.similar(article.id, 5).find((h) => h.score > 0.3 && h.score < 0.95 && !used.has(h.docId));
    if (!related) continue;
    used.add(article.id).add(related.docId);
    const other = byId.get(related.docId)!;
    if (words.left < REPORT_WORDS) {
      left.push(article);
      words.left += countWords(article.text);
    }
    if (words.right < REPORT_WORDS) {
      right.push(other);
      words.right += countWords(other.text);
    }
  }
  return [report(left), report(right)];
}

/** Names no synthetic article has, so they are as rare as names are in news. */
const NAMES = ['يوسف الثويني', 'بدر باسملة', 'نايف البكري', 'سلمان الحربي', 'هادي العمري', 'فهد الدوسري'];

/**
 * Two synthetic related reports: articles on the left; on the right the same stories retold, as another
 * outlet would: a paragraph in six dropped, one in eight added from elsewhere, neighbours sometimes swapped,
 * a word in ten replaced. Some paragraphs carry a figure (now and then another one on the right), a
 * quotation or a name that only one side has, so that there are differences to find.
 */
export function syntheticReports(texts: string[], words: string[]): [ComparableDocument, ComparableDocument] {
  const rand = random(5000);
  const pick = () => words[Math.floor(rand() * words.length)]!;
  const facts = (paragraph: string): [string, string] => {
    if (!paragraph.endsWith('.')) return [paragraph, paragraph];
    let [l, r] = [paragraph, paragraph];
    if (rand() < 0.3) {
      const n = 100 + Math.floor(rand() * 9000);
      l += ` وبلغ العدد ${n} شخصا.`;
      r += ` وبلغ العدد ${rand() < 0.3 ? n + 50 + Math.floor(rand() * 500) : n} شخصا.`;
    }
    const quote = ` وقال المتحدث «${Array.from({ length: 6 }, pick).join(' ')}».`;
    const name = ` وأكد ${NAMES[Math.floor(rand() * NAMES.length)]} ذلك.`;
    const [q, m] = [rand(), rand()];
    if (q < 0.1) l += quote;
    else if (q < 0.2) r += quote;
    if (m < 0.1) l += name;
    else if (m < 0.2) r += name;
    return [l, r];
  };
  const left: string[] = [];
  const right: string[] = [];
  let leftWords = 0;
  for (let i = 0; leftWords < REPORT_WORDS; i++) {
    const told: string[] = [];
    const retold: string[] = [];
    for (const line of texts[i]!.split('\n')) {
      const [l, r] = facts(line);
      told.push(l);
      if (line && rand() < 1 / 6) continue;
      if (rand() < 1 / 8) {
        const elsewhere = texts[texts.length - 1 - i]!.split('\n').filter(Boolean);
        retold.push(elsewhere[Math.floor(rand() * elsewhere.length)]!);
      }
      retold.push(
        r
          .split(' ')
          .map((w) => (w && !/\d|«|»/.test(w) && rand() < 0.1 ? pick() : w))
          .join(' '),
      );
      if (retold.length > 2 && rand() < 0.15) retold.push(...retold.splice(-2, 1));
    }
    left.push(told.join('\n'));
    right.push(retold.join('\n'));
    leftWords += countWords(left.at(-1)!);
  }
  const doc = (parts: string[]) => report(parts.map((text, i) => articleOfText(String(i), text)));
  return [doc(left), doc(right)];
}

export interface CompareFigures {
  medianMs: number;
  coldMs: number;
}

/** Compares the two reports ten times: the first run is the cold figure, the median of the last seven the figure. */
export function timeCompare([left, right]: [ComparableDocument, ComparableDocument], weights: TermWeights): CompareFigures {
  const times: number[] = [];
  const phases = { analyse: [] as number[], match: [] as number[], differences: [] as number[] };
  let coldMs = 0;
  let pairs = 0;
  let differences = 0;
  for (let run = 0; run < 10; run++) {
    const start = performance.now();
    const a = analyseDocument(left);
    const b = analyseDocument(right);
    const analysed = performance.now();
    const match = matchPassages(a, b, weights);
    const matched = performance.now();
    differences = findDifferences(a, b, match.pairs, weights).length;
    const end = performance.now();
    pairs = match.pairs.length;
    if (run === 0) coldMs = end - start;
    if (run < 3) continue;
    times.push(end - start);
    phases.analyse.push(analysed - start);
    phases.match.push(matched - analysed);
    phases.differences.push(end - matched);
  }
  console.log(
    `compare: ${countWords(left.text)} / ${countWords(right.text)} words in ${left.blocks.length} / ` +
      `${right.blocks.length} blocks, ${pairs} pairs, ${differences} differences, median ${median(times).toFixed(1)} ms ` +
      `(analyse ${median(phases.analyse).toFixed(1)}, match ${median(phases.match).toFixed(1)}, differences ` +
      `${median(phases.differences).toFixed(1)}); first run ${coldMs.toFixed(1)} ms`,
  );
  return { medianMs: median(times), coldMs };
}

/** compare_ms and similar_ms on synthetic articles (the bench corpus's texts) and a retelling of some. */
export function syntheticComparisonFigures(texts: string[], words: string[]): Record<string, number> {
  const similar = timeSimilar(texts.map((text, i) => articleOfText(`d${i}`, text)));
  const compare = timeCompare(syntheticReports(texts, words), similar.index.weights());
  return {
    compare_ms: Number(compare.medianMs.toFixed(1)),
    compare_cold_ms: Number(compare.coldMs.toFixed(1)),
    similar_ms: Number(similar.medianMs.toFixed(2)),
    similar_p95_ms: Number(similar.p95Ms.toFixed(2)),
    similar_build_ms: Math.round(similar.buildMs),
  };
}

/** The same on real articles (a folder laid out by lay-out-corpus.mjs, or its .jsonl.gz). */
export async function realComparisonFigures(corpus: string): Promise<Record<string, number>> {
  const articles = await readCorpus(corpus);
  console.log(`real corpus: ${articles.length} articles from ${corpus}`);
  const similar = timeSimilar(articles);
  const compare = timeCompare(realReports(articles, similar.index), similar.index.weights());
  return {
    compare_real_ms: Number(compare.medianMs.toFixed(1)),
    compare_real_cold_ms: Number(compare.coldMs.toFixed(1)),
    similar_real_ms: Number(similar.medianMs.toFixed(2)),
    similar_p95_real_ms: Number(similar.p95Ms.toFixed(2)),
    similar_build_real_ms: Math.round(similar.buildMs),
    similar_real_mb: Number(similar.mb.toFixed(1)),
    similar_real_docs: articles.length,
  };
}

/** Run on its own: the real-article figures, under the names the standalone script always printed. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log('usage: npx tsx scripts/bench-compare.ts [--corpus FILE.jsonl.gz | DIR] (npm run bench prints these too)');
    return;
  }
  const corpus = values.corpus ?? join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'saudinewsnet', 'dev.jsonl.gz');
  const articles = await readCorpus(corpus);
  console.log(`corpus: ${articles.length} articles from ${corpus}`);
  const similar = timeSimilar(articles);
  const compare = timeCompare(realReports(articles, similar.index), similar.index.weights());
  const figures = {
    compare_ms: Number(compare.medianMs.toFixed(1)),
    compare_cold_ms: Number(compare.coldMs.toFixed(1)),
    similar_ms: Number(similar.medianMs.toFixed(2)),
    similar_p95_ms: Number(similar.p95Ms.toFixed(2)),
    similar_build_ms: Math.round(similar.buildMs),
    similar_mb: Number(similar.mb.toFixed(1)),
    similar_docs: articles.length,
  };
  console.log(JSON.stringify(figures));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
