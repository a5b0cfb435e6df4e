// The bench's deterministic synthetic corpus and query set (shared by bench.ts and profiling scripts).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { normalizeArabic } from '../src/shared/arabic';

const root = join(import.meta.dirname, '..');

/** mulberry32: a small seeded PRNG, so every run builds the same corpus. */
export function random(seed: number): () => number {
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

export async function vocabulary(): Promise<string[]> {
  return (await Promise.all((await readdir(join(root, 'seeds'))).map((f) => readFile(join(root, 'seeds', f), 'utf8'))))
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\u0600-\u06FF]/.test(w));
}

/** Deterministic synthetic articles: a title line, then paragraphs of 2–6 KB in all. */
export function* articles(words: string[], seed: number, count: number): Generator<string> {
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

/** 200 mixed queries from the corpus vocabulary: single words, two-word phrases, and prefixes. */
export function queries(words: string[]): { query: string; prefix: boolean }[] {
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
