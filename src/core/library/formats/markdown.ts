// Markdown to Hamish's document model: headings, quotes, list items and paragraphs become blocks,
// inline markup is dropped, and YAML front matter is read as metadata.
import { parse as parseYaml } from 'yaml';
import { TextBuilder, type DeclaredMetadata, type ParsedDocument } from '../document-builder';
import { splitLines } from './text';

function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S.*?\S|\S)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

const META_KEYS: Record<keyof DeclaredMetadata, string[]> = {
  title: ['title'],
  outlet: ['outlet', 'source', 'publisher', 'site', 'site_name', 'publication'],
  author: ['author', 'authors', 'byline', 'creator'],
  date: ['date', 'published', 'published_at', 'pubdate', 'created'],
  lang: ['lang', 'language'],
  dir: ['dir', 'direction'],
};

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
    const key = keys.find((k) => record[k] !== undefined && record[k] !== null);
    if (!key) continue;
    let value = record[key];
    if (Array.isArray(value)) value = value.map(String).join(', ');
    if (value instanceof Date) value = value.toISOString().slice(0, 10);
    const text = String(value).trim();
    if (!text) continue;
    if (field === 'dir') {
      if (text === 'rtl' || text === 'ltr') meta.dir = text;
    } else {
      meta[field] = text;
    }
  }
  return meta;
}

/** Markdown: headings, quotes, list items and paragraphs become blocks; inline markup is dropped. */
export function parseMarkdown(source: string): ParsedDocument {
  const lines = splitLines(source);
  // YAML front matter is metadata, not text.
  let meta: DeclaredMetadata | undefined;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0)
      meta = frontMatter(
        lines
          .splice(0, end + 1)
          .slice(1, -1)
          .join('\n'),
      );
  }
  const builder = new TextBuilder();
  let declaredTitle: string | undefined;
  let paragraph: string[] = [];
  let quote: string[] = [];
  let inFence = false;
  const flush = () => {
    if (paragraph.length) builder.push('paragraph', stripInlineMarkdown(paragraph.join(' ')));
    if (quote.length) builder.push('quote', stripInlineMarkdown(quote.join(' ')));
    paragraph = [];
    quote = [];
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      builder.push('paragraph', line);
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    const quoted = /^\s*>\s?(.*)$/.exec(line);
    if (!line.trim() || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
    } else if (heading) {
      flush();
      const text = stripInlineMarkdown(heading[2] ?? '');
      builder.push('heading', text, heading[1]!.length);
      if (!declaredTitle && heading[1]!.length <= 2 && text.trim()) declaredTitle = text.trim();
    } else if (item) {
      flush();
      builder.push('list-item', stripInlineMarkdown(item[1] ?? ''));
    } else if (quoted) {
      if (paragraph.length) flush();
      quote.push(quoted[1] ?? '');
    } else {
      if (quote.length) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return builder.build({ declaredTitle: meta?.title ?? declaredTitle, meta });
}
