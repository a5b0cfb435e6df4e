// npx tsx scripts/bench-compare.ts [--corpus FILE.jsonl.gz | DIR]: times comparing two reports and
// finding similar ones, on real articles (default: ../shared/corpora/saudinewsnet/dev.jsonl.gz, 15,042
// Arabic news articles; a folder laid out by lay-out-corpus.mjs works too). The last line is one JSON
// object, for `npm run bench` to fold in.
//   compare_ms: matchPassages + findDifferences for two ~5,000-word reports built by concatenating
//     articles and their related articles from other outlets (median of 7, after 3 warm-up runs;
//     compare_cold_ms is the very first run, JIT compilation included);
//   similar_ms / similar_p95_ms: SimilarIndex.similar(doc, 10) over 100 documents;
//   similar_build_ms, similar_mb: building the signatures once, and what they hold.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { SimilarIndex } from '../src/core/compare/similar-index';
import { findDifferences } from '../src/shared/compare/differences';
import { matchPassages } from '../src/shared/compare/match';
import { analyseDocument, blocksOfLines } from '../src/shared/compare/passages';
import { countWords } from '../src/shared/text-direction';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
const corpus = values.corpus ?? join(root, '..', 'shared', 'corpora', 'saudinewsnet', 'dev.jsonl.gz');
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}: pass --corpus FILE.jsonl.gz or a folder of .txt/.md articles`);
  process.exit(2);
}

interface Article {
  id: string;
  text: string;
}

function readJsonLines(file: string): Article[] {
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line, i) => {
      const { title, content } = JSON.parse(line) as { title?: string; content?: string };
      return { id: String(i), text: `${title ?? ''}\n${content ?? ''}` };
    });
}

function readFolder(dir: string): Article[] {
  const out: Article[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md)$/.test(name))
        out.push({ id: path, text: readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') });
    }
  };
  walk(dir);
  return out;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

const articles = statSync(corpus).isDirectory() ? readFolder(corpus) : readJsonLines(corpus);
console.log(`corpus: ${articles.length} articles from ${corpus}`);

const t = performance.now();
const index = SimilarIndex.build(articles);
const similarBuildMs = performance.now() - t;
const data = index.data();
const similarMb =
  (data.offsets.byteLength + data.termIds.byteLength + data.weights.byteLength + data.minhash.byteLength) / 2 ** 20;
console.log(`similar index: ${Math.round(similarBuildMs)} ms to build, ${similarMb.toFixed(1)} MB of signatures`);

// similar(): 100 documents spread over the corpus, after one warm-up query.
const byId = new Map(articles.map((a) => [a.id, a]));
const step = Math.max(1, Math.floor(articles.length / 100));
index.similar(articles[0]!.id);
const similarTimes: number[] = [];
for (let i = 0; i < 100 && i * step < articles.length; i++) {
  const start = performance.now();
  index.similar(articles[i * step]!.id, 10);
  similarTimes.push(performance.now() - start);
}
console.log(`similar: median ${median(similarTimes).toFixed(2)} ms, p95 ${percentile(similarTimes, 0.95).toFixed(2)} ms`);

// Two ~5,000-word reports: articles on the left, a related article from elsewhere on the right, in turn.
const WORDS = 5000;
let left = '';
let right = '';
const used = new Set<string>();
for (let i = 0; i < articles.length && (countWords(left) < WORDS || countWords(right) < WORDS); i += 7) {
  const article = articles[i]!;
  if (used.has(article.id)) continue;
  const related = index.similar(article.id, 5).find((h) => h.score > 0.3 && h.score < 0.95 && !used.has(h.docId));
  if (!related) continue;
  used.add(article.id).add(related.docId);
  if (countWords(left) < WORDS) left += `${article.text}\n`;
  if (countWords(right) < WORDS) right += `${byId.get(related.docId)!.text}\n`;
}
const weights = index.weights();
// Three cold runs first (the JIT compiles the code on the way); the figure is the median of the next seven.
const compareTimes: number[] = [];
const phases = { analyse: [] as number[], match: [] as number[], differences: [] as number[] };
let coldMs = 0;
let pairs = 0;
let differences = 0;
for (let run = 0; run < 10; run++) {
  const start = performance.now();
  const a = analyseDocument({ text: left, blocks: blocksOfLines(left) });
  const b = analyseDocument({ text: right, blocks: blocksOfLines(right) });
  const analysed = performance.now();
  const match = matchPassages(a, b, weights);
  const matched = performance.now();
  differences = findDifferences(a, b, match.pairs, weights).length;
  const end = performance.now();
  pairs = match.pairs.length;
  if (run === 0) coldMs = end - start;
  if (run < 3) continue;
  compareTimes.push(end - start);
  phases.analyse.push(analysed - start);
  phases.match.push(matched - analysed);
  phases.differences.push(end - matched);
}
console.log(
  `compare: ${countWords(left)} / ${countWords(right)} words, ${pairs} pairs, ${differences} differences, ` +
    `median ${median(compareTimes).toFixed(1)} ms (analyse ${median(phases.analyse).toFixed(1)}, match ` +
    `${median(phases.match).toFixed(1)}, differences ${median(phases.differences).toFixed(1)}); first run ${coldMs.toFixed(1)} ms`,
);

const figures = {
  compare_ms: Number(median(compareTimes).toFixed(1)),
  compare_cold_ms: Number(coldMs.toFixed(1)),
  similar_ms: Number(median(similarTimes).toFixed(2)),
  similar_p95_ms: Number(percentile(similarTimes, 0.95).toFixed(2)),
  similar_build_ms: Math.round(similarBuildMs),
  similar_mb: Number(similarMb.toFixed(1)),
  similar_docs: articles.length,
};
console.log(JSON.stringify(figures));
