// Markdown to Hamish's document model: headings, quotes, list items and paragraphs become blocks,
// inline markup is taken out of the text and kept as styled runs (markdown-inline.ts), and YAML front matter is read as metadata. A single line break starts a
// new paragraph, as Obsidian's default reading view shows it (a line break, not a joined line): news
// files put one paragraph per line, and comparing reports needs each of them as its own block.
// Quotes, list items and tables keep their own rules (see parseMarkdown).
import { parse as parseYaml } from 'yaml';
import type { Block } from '../../../shared/types';
import { TextBuilder, type DeclaredMetadata, type ParsedDocument } from '../document-builder';
import { parseInline } from './markdown-inline';
import { splitLines } from './text';
import { webUrl } from './web-url';

const META_KEYS: Record<keyof DeclaredMetadata, string[]> = {
  title: ['title'],
  outlet: ['outlet', 'source', 'publisher', 'site', 'site_name', 'publication'],
  author: ['author', 'authors', 'byline', 'creator'],
  date: ['date', 'published', 'published_at', 'pubdate', 'created'],
  // Web clippers write the page's address as `source` (Obsidian's) or `url`: an address is the URL, a name the outlet.
  url: ['url', 'source', 'link', 'source_url', 'original_url', 'canonical'],
  lang: ['lang', 'language'],
  dir: ['dir', 'direction'],
};

/** Only the url field takes an address, and the outlet never does: `source: https://…` is not an outlet's name. */
function fits(field: keyof DeclaredMetadata, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (field === 'url') return !!webUrl(value);
  return field !== 'outlet' || !webUrl(value);
}

/** Front matter keys Obsidian, Jekyll and web clippers use, read into Hamish's metadata. */
function frontMatter(source: string): DeclaredMetadata | undefined {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch {
    return undefined; // Broken front matter is not worth refusing the article for.
  }
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  const meta: DeclaredMetadata = {};
  for (const [field, keys] of Object.entries(META_KEYS) as [keyof DeclaredMetadata, string[]][]) {
    const key = keys.find((k) => fits(field, record[k]));
    if (!key) continue;
    let value = record[key];
    if (Array.isArray(value)) value = value.map(String).join(', ');
    if (value instanceof Date) value = value.toISOString().slice(0, 10);
    const text = String(value).trim();
    if (!text) continue;
    if (field === 'url') {
      meta.url = webUrl(text);
    } else if (field === 'dir') {
      if (text === 'rtl' || text === 'ltr') meta.dir = text;
    } else {
      meta[field] = text;
    }
  }
  return meta;
}

/** Front matter at the top of the lines: removed from them and read, if it closes. */
function takeFrontMatter(lines: string[]): DeclaredMetadata | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end <= 0) return undefined;
  return frontMatter(
    lines
      .splice(0, end + 1)
      .slice(1, -1)
      .join('\n'),
  );
}

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;
const QUOTED = /^\s*>\s?(.*)$/;
const TABLE_ROW = /^\s{0,3}\|/;
const THEMATIC_BREAK = /^\s*([-*_])(\s*\1){2,}\s*$/;

/**
 * Markdown: headings, quotes, list items and paragraphs become blocks; inline markup becomes styled runs.
 * Every non-empty line of text is a paragraph of its own. Consecutive `>` lines are one quote (Obsidian
 * shows them as one blockquote, its lines broken), and an empty `>` line starts the quote's next
 * paragraph; each list item is one item; consecutive `|` lines are one table, kept as one block.
 */
export function parseMarkdown(source: string): ParsedDocument {
  const lines = splitLines(source);
  // YAML front matter is metadata, not text.
  const meta = takeFrontMatter(lines);
  const builder = new TextBuilder();
  let declaredTitle: string | undefined;
  let quote: string[] = [];
  let table: string[] = [];
  let inFence = false;
  const push = (type: Block['type'], line: string, level?: number) => {
    const { text, marks } = parseInline(line);
    builder.push(type, text, level, marks);
    return text;
  };
  const flush = () => {
    if (quote.length) push('quote', quote.join(' '));
    if (table.length) push('paragraph', table.join(' '));
    quote = [];
    table = [];
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (FENCE.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      builder.push('paragraph', line);
      continue;
    }
    const heading = HEADING.exec(line);
    const item = LIST_ITEM.exec(line);
    const quoted = QUOTED.exec(line);
    if (!line.trim() || THEMATIC_BREAK.test(line)) {
      flush();
    } else if (heading) {
      flush();
      const text = push('heading', heading[2] ?? '', heading[1]!.length);
      if (!declaredTitle && heading[1]!.length <= 2 && text.trim()) declaredTitle = text.trim();
    } else if (item) {
      flush();
      push('list-item', item[1] ?? '');
    } else if (quoted) {
      const text = quoted[1]!.trim();
      if (table.length || !text) flush(); // an empty `>` line ends the quote's paragraph
      if (text) quote.push(text);
    } else if (TABLE_ROW.test(line)) {
      if (quote.length) flush();
      table.push(line.trim());
    } else {
      flush();
      push('paragraph', line.trim());
    }
  }
  flush();
  return builder.build({ declaredTitle: meta?.title ?? declaredTitle, meta });
}
