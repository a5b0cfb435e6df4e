// A search's results as a file a researcher can take elsewhere: CSV (for a
// spreadsheet) or a Markdown table (for notes), every matching document in the
// order the panel shows them, one row each: title, outlet, date, path, score and
// the first snippet. Written as a new file in a folder the user chose, as the
// other exports are (never over an existing file).
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SearchHit, SearchResponse } from '../../shared/types';
import { fileNameFor } from './markdown-export';

export type SearchExportFormat = 'csv' | 'md';

export interface SearchResultRow {
  title: string;
  outlet: string;
  date: string;
  path: string;
  score: number;
  snippet: string;
}

const COLUMNS = ['title', 'outlet', 'date', 'path', 'score', 'snippet'] as const;
/** Results fetched a page at a time (the contract's largest page). */
const PAGE = 500;

export function resultRows(hits: readonly SearchHit[], pathOf: (docId: string) => string | undefined): SearchResultRow[] {
  return hits.map((hit) => ({
    title: hit.title,
    outlet: hit.outlet ?? '',
    date: hit.date ?? '',
    path: pathOf(hit.docId) ?? '',
    score: Math.round(hit.score * 1000) / 1000,
    snippet: (hit.snippets[0]?.text ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

/** RFC 4180: every field quoted, quotes doubled, CRLF between records; a BOM so spreadsheets read it as UTF-8. */
export function resultsCsv(rows: readonly SearchResultRow[]): string {
  const field = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
  // A spreadsheet runs a cell that opens with = + - @ as a formula: such text is kept as text.
  const cell = (value: string | number) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  const lines = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((c) => field(cell(row[c]))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A Markdown note: the query, the count, then a table (pipes and line breaks in the text escaped). */
export function resultsMarkdown(rows: readonly SearchResultRow[], query: string, exportedAt: string): string {
  const cell = (value: string | number) => String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  return [
    `# Search: ${query.replace(/\s+/g, ' ')}`,
    '',
    `${rows.length} documents, exported ${exportedAt}.`,
    '',
    `| ${COLUMNS.join(' | ')} |`,
    `|${COLUMNS.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${COLUMNS.map((c) => cell(row[c])).join(' | ')} |`),
    '',
  ].join('\n');
}

/** Every result of a search, a page at a time. */
export function allHits(search: (offset: number, limit: number) => SearchResponse): SearchHit[] {
  const hits: SearchHit[] = [];
  for (;;) {
    const page = search(hits.length, PAGE);
    hits.push(...page.hits);
    if (!page.hits.length || hits.length >= page.total) return hits;
  }
}

/** Writes the rows into the out folder as a new file named after the query. */
export async function writeResults(
  rows: readonly SearchResultRow[],
  query: string,
  format: SearchExportFormat,
  outDir: string,
): Promise<{ files: string[] }> {
  await mkdir(outDir, { recursive: true });
  // fileNameFor names .md files: the taken names are seen through the same extension.
  const taken = new Set((await readdir(outDir)).map((name) => name.toLowerCase().replace(/\.csv$/, '.md')));
  const name = fileNameFor(`search ${query}`, taken).replace(/\.md$/, `.${format}`);
  const path = join(outDir, name);
  const text = format === 'csv' ? resultsCsv(rows) : resultsMarkdown(rows, query, new Date().toISOString());
  await writeFile(path, text, { flag: 'wx' });
  return { files: [path] };
}

export interface SearchExportSources {
  search: (offset: number, limit: number) => SearchResponse;
  pathOf: (docId: string) => string | undefined;
}

/** Every result of a search, written as CSV or Markdown into a folder. */
export async function exportSearchResults(
  query: string,
  format: SearchExportFormat,
  outDir: string,
  sources: SearchExportSources,
): Promise<{ files: string[] }> {
  return writeResults(resultRows(allHits(sources.search), sources.pathOf), query, format, outDir);
}
