// The library panel's figures at 30,000 documents, in Node, as the renderer runs them
// (features/library/library-query.ts): library_filter_ms, one filter keystroke (the median
// over typing several words letter by letter), and library_index_ms, building the list's
// index and its default (title) order once after a load, and library_reload_index_ms, the same
// for a reloaded list (sorted starting from the previous list's order).
import { performance } from 'node:perf_hooks';
import type { DocumentSummary } from '../src/shared/types';
import { defaultQuery, LibraryIndex } from '../src/renderer/features/library/library-query';
import { random } from './bench-corpus';

const OUTLETS = ['عكاظ', 'البيان', 'اليوم السابع', 'الشرق الأوسط', 'الجزيرة نت', 'Reuters', 'العربية', 'الحياة', 'المدى'];
const OPENERS = ['', '', '', '«', '"', '… ', '.. '];

/** Summaries of a generated library: Arabic titles from the vocabulary, varied outlets, dates, folders. */
export function librarySummaries(words: string[], count: number, seed = 7): DocumentSummary[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const title = `${pick(OPENERS)}${Array.from({ length: 4 + Math.floor(rand() * 6) }, () => pick(words)).join(' ')}`;
    const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(rand() * 5000) * 86_400_000).toISOString().slice(0, 10);
    const folder = `/home/reader/articles/${pick(['news', 'archive', 'reports', 'press'])}`;
    return {
      id: `doc-${i}`,
      path: `${folder}/${day}-${i}.html`,
      format: 'html',
      encoding: 'utf-8',
      title,
      outlet: rand() < 0.9 ? pick(OUTLETS) : undefined,
      date: rand() < 0.95 ? day : undefined,
      lang: rand() < 0.9 ? 'ar' : 'mixed',
      dir: 'rtl',
      words: 200 + Math.floor(rand() * 2000),
      readingMinutes: 3,
      folder,
      missing: false,
      addedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function libraryFigures(words: string[], count = 30_000): Record<string, number> {
  const docs = librarySummaries(words, count);
  const builds: number[] = [];
  let index!: LibraryIndex;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    index = new LibraryIndex(docs);
    index.query(defaultQuery);
    builds.push(performance.now() - start);
  }
  // A reload (after an import or a change): a new list of the same documents, sorted from the last one's order.
  const reloads: number[] = [];
  for (let run = 0; run < 3; run++) {
    const reloaded = docs.map((d) => ({ ...d }));
    const start = performance.now();
    new LibraryIndex(reloaded, index).query(defaultQuery);
    reloads.push(performance.now() - start);
  }
  // Typing: every prefix of a few words (titles', an outlet's, a spelling variant), each a keystroke.
  const typed = [words[3]!, words[40]!, 'عكاظ', 'الكاظمى', `${words[7]!} ${words[8]!}`];
  const keystrokes: number[] = [];
  let shown = 0;
  for (const word of typed) {
    for (let n = 1; n <= word.length; n++) {
      const start = performance.now();
      shown = index.query({ ...defaultQuery, text: word.slice(0, n) }).length;
      keystrokes.push(performance.now() - start);
    }
  }
  const sortStart = performance.now();
  index.query({ ...defaultQuery, sort: 'date', descending: true });
  const sortMs = performance.now() - sortStart;
  console.log(
    `library: ${count} documents, ${keystrokes.length} keystrokes (the last shows ${shown}); ` +
      `first sort by date ${Math.round(sortMs)} ms`,
  );
  return {
    library_filter_ms: Number(median(keystrokes).toFixed(2)),
    library_filter_max_ms: Number(Math.max(...keystrokes).toFixed(2)),
    library_index_ms: Math.round(median(builds)),
    library_reload_index_ms: Math.round(median(reloads)),
  };
}
