// Every format parser builds Hamish's document model the same way: plain text
// with blocks as offset ranges (UTF-16 code units), blocks separated by a blank line.
import { cleanTitle } from '../../shared/text-direction';
import type { Block, InlineMark } from '../../shared/types';

/** Metadata a file declares about itself (front matter, HTML meta tags, EPUB package, DOCX properties). */
export interface DeclaredMetadata {
  title?: string;
  outlet?: string;
  author?: string;
  /** ISO 8601: a date (2025-10-12) or a date-time. */
  date?: string;
  /** The article's address on the web (http or https), when the file says. */
  url?: string;
  /** A BCP 47 tag as the file declares it (html lang, dc:language). */
  lang?: string;
  dir?: 'rtl' | 'ltr';
}

export interface ParsedDocument {
  text: string;
  blocks: Block[];
  /** A title the file declares (a heading or a short first line), if any. */
  declaredTitle?: string;
  meta?: DeclaredMetadata;
}

export class TextBuilder {
  text = '';
  blocks: Block[] = [];

  /**
   * Appends a block of trimmed text; empty content adds nothing. `marks` are inline styling as
   * offsets into `content`; they are moved to the document's offsets and cut to what was kept.
   */
  push(type: Block['type'], content: string, level?: number, marks: InlineMark[] = []): void {
    const trimmed = content.trim();
    if (!trimmed) return;
    if (this.text) this.text += '\n\n';
    const start = this.text.length;
    const lead = content.length - content.trimStart().length;
    this.text += trimmed;
    const end = this.text.length;
    const block: Block = level === undefined ? { type, start, end } : { type, start, end, level };
    const placed = marks
      .map((m) => ({ ...m, start: Math.max(start, start + m.start - lead), end: Math.min(end, start + m.end - lead) }))
      .filter((m) => m.end > m.start);
    if (placed.length) block.marks = placed;
    this.blocks.push(block);
  }

  build(extra: Omit<ParsedDocument, 'text' | 'blocks'> = {}): ParsedDocument {
    return { text: this.text, blocks: this.blocks, ...extra };
  }
}

/**
 * The title: the one the file's metadata declares, else a declared heading, else the first words of
 * the text, else `fallback` (the file name); cleaned of bidi and other control characters.
 */
export function titleOf(parsed: ParsedDocument, fallback: string): string {
  for (const declared of [parsed.meta?.title, parsed.declaredTitle]) {
    const title = declared && cleanTitle(declared);
    if (title) return title;
  }
  const words = cleanTitle(parsed.text.slice(0, 2000)).split(' ').filter(Boolean);
  if (!words.length) return cleanTitle(fallback) || fallback;
  const head = words.slice(0, 10).join(' ');
  return words.length > 10 ? `${head}…` : head;
}

/** Paragraph blocks of a text whose blocks are separated by a blank line (a saved copy, without its markup). */
export function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    if (part.trim()) blocks.push({ type: 'paragraph', start, end: start + part.length });
    start += part.length + 2;
  }
  return blocks;
}
