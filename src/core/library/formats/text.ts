// Plain text to Hamish's document model: one paragraph per line, a short first line the title.
// The renderer builds elements from this; it never gets HTML.
import { TextBuilder, type ParsedDocument } from '../document-builder';

const MAX_TITLE_LINE = 120;

/** Lines of a text file, whatever its line endings. */
export function splitLines(source: string): string[] {
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
