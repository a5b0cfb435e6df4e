// Text and Markdown to Hamish's document model: plain text plus blocks as
// offset ranges. The renderer builds elements from this; it never gets HTML.
import type { DocumentFormat } from '../../shared/types';
import { TextBuilder, type ParsedDocument } from './document-builder';

export type { ParsedDocument } from './document-builder';

const MAX_TITLE_LINE = 120;

function splitLines(source: string): string[] {
  return source.replace(/\r\n?/g, '\n').split('\n');
}

/** Plain text: every non-empty line is a paragraph (news text files put one paragraph per line). */
export function parsePlainText(source: string): ParsedDocument {
  const lines = splitLines(source)
    .map((l) => l.trim())
    .filter(Boolean);
  const builder = new TextBuilder();
  // A short first line without closing punctuation, followed by more text, is the title.
  const first = lines[0];
  const isTitle = first !== undefined && lines.length > 1 && first.length <= MAX_TITLE_LINE && !/[.!?؟。:]$/.test(first);
  lines.forEach((line, i) =>
    builder.push(i === 0 && isTitle ? 'heading' : 'paragraph', line, i === 0 && isTitle ? 1 : undefined),
  );
  return { text: builder.text, blocks: builder.blocks, declaredTitle: isTitle ? first : undefined };
}

function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S.*?\S|\S)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

/** Markdown: headings, quotes, list items and paragraphs become blocks; inline markup is dropped. */
export function parseMarkdown(source: string): ParsedDocument {
  const lines = splitLines(source);
  // YAML front matter is metadata, not text.
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0) lines.splice(0, end + 1);
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
  return { text: builder.text, blocks: builder.blocks, declaredTitle };
}

export const parsers: Record<DocumentFormat, (source: string) => ParsedDocument> = {
  txt: parsePlainText,
  md: parseMarkdown,
};

export function formatOfPath(path: string): DocumentFormat | null {
  const ext = path.toLowerCase().split('.').pop();
  if (ext === 'txt') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  return null;
}

/** The title: a declared one, else the first words of the text. */
export function titleOf(parsed: ParsedDocument, fallback: string): string {
  if (parsed.declaredTitle) return parsed.declaredTitle;
  const words = parsed.text.split(/\s+/).filter(Boolean);
  if (!words.length) return fallback;
  const head = words.slice(0, 10).join(' ');
  return words.length > 10 ? `${head}…` : head;
}
