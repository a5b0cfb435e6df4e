// Annotations as Markdown notes that open well in Obsidian and on GitHub: YAML
// front matter, then highlights and notes in reading order (the quote as a
// blockquote, its colour, note, tags, date and a deep link back), document notes
// bookmarks and links to passages of other documents. Bidi control characters are escaped so they can't reorder a note.
import Mustache from 'mustache';
import { stringify } from 'yaml';
import { endsFrom } from '../../shared/annotation-ends';
import { compareDeepLink, openDeepLink } from '../../shared/routes';
import type { Annotation, DocumentSummary } from '../../shared/types';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Bidi controls written as visible escapes ([U+202E]), never as themselves. */
export function escapeBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
}

/** Line breaks of any kind, with the spaces around them. */
const LINE_BREAKS = /\s*[\r\n\v\f\u0085\u2028\u2029]+\s*/g;

/** A one-line field (a title, outlet, author, bookmark name): its line breaks never start Markdown structure. */
export function oneLine(text: string): string {
  return escapeBidi(text).replace(LINE_BREAKS, ' ').trim();
}

function blockquote(text: string): string {
  return escapeBidi(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function tagList(tags: string[]): string {
  // Obsidian tags can't hold spaces: those become underscores.
  return tags.map((t) => `#${t.replace(/\s+/g, '_')}`).join(' ');
}

/**
 * What a template sees. Text is already made safe for Markdown notes: bidi controls
 * escaped, quotes as blockquotes (`quote`) and as plain text (`text`).
 */
export function markdownView(
  doc: DocumentSummary,
  annotations: Annotation[],
  exported: string,
  titleOf: (docId: string) => string | undefined = () => undefined,
) {
  const live = annotations.filter((a) => !a.deletedAt);
  const links = live.filter((a) => a.kind === 'link' && a.target);
  const passages = live
    .filter((a) => a.selectors && a.kind !== 'bookmark' && a.kind !== 'link')
    .sort((a, b) => a.selectors!.position.start - b.selectors!.position.start);
  const documentNotes = live.filter((a) => !a.selectors && a.kind !== 'bookmark' && a.kind !== 'link');
  const bookmarks = live.filter((a) => a.kind === 'bookmark');
  const tags = [...new Set(live.flatMap((a) => a.tags))].map((t) => t.replace(/\s+/g, '_'));
  const frontMatter: Record<string, unknown> = {
    title: oneLine(doc.title),
    ...(doc.outlet ? { outlet: oneLine(doc.outlet) } : {}),
    ...(doc.author ? { author: oneLine(doc.author) } : {}),
    ...(doc.date ? { date: doc.date.slice(0, 10) } : {}),
    source: doc.path,
    tags,
    aliases: [oneLine(doc.title)],
    exported,
    hamish: openDeepLink(doc.id),
  };
  const common = (a: Annotation) => ({
    id: a.id,
    color: a.color,
    underline: a.style === 'underline',
    note: escapeBidi(a.note).trim(),
    tags: tagList(a.tags),
    date: a.createdAt.slice(0, 10),
  });
  return {
    title: oneLine(doc.title),
    outlet: doc.outlet ? oneLine(doc.outlet) : '',
    author: doc.author ? oneLine(doc.author) : '',
    date: doc.date?.slice(0, 10) ?? '',
    source: doc.path,
    exported,
    link: openDeepLink(doc.id),
    tags: tagList(tags),
    frontMatter: stringify(frontMatter).trimEnd(),
    highlights: passages.map((a) => ({
      ...common(a),
      quote: blockquote(a.selectors!.quote.exact),
      text: escapeBidi(a.selectors!.quote.exact),
      orphaned: a.orphaned,
      link: openDeepLink(a.docId, a.selectors!.position.start),
    })),
    documentNotes: documentNotes.map(common),
    bookmarks: bookmarks.map((a) => ({
      ...common(a),
      name: oneLine(a.name || a.selectors?.quote.exact.slice(0, 60) || a.id),
      link: openDeepLink(a.docId, a.selectors?.position.start),
    })),
    // Each link seen from this document: its own passage first, then the other's.
    links: links.map((a) => {
      const { here, there } = endsFrom(a, doc.id);
      // A link has a passage at both ends.
      const [mine, theirs] = [here.selectors!, there!.selectors!];
      return {
        ...common(a),
        quote: blockquote(mine.quote.exact),
        otherQuote: blockquote(theirs.quote.exact),
        otherTitle: oneLine(titleOf(there!.docId) ?? there!.docId),
        orphaned: here.orphaned || there!.orphaned,
        link: openDeepLink(here.docId, mine.position.start),
        otherLink: openDeepLink(there!.docId, theirs.position.start),
        pairLink: compareDeepLink(here.docId, there!.docId, a.id),
      };
    }),
  };
}

/**
 * The default note; a user's template (same placeholders) can replace it. A note is a paragraph
 * of its own, not a list item behind an English label, so Obsidian and GitHub give it its own
 * direction and an Arabic note's punctuation stays at its end.
 */
export const DEFAULT_TEMPLATE = `---
{{frontMatter}}
---

# {{title}}
{{#highlights.length}}

## Highlights and notes
{{/highlights.length}}
{{#highlights}}

{{quote}}
{{#note}}

{{note}}
{{/note}}

- Colour: {{color}}{{#underline}} (underline){{/underline}}
{{#orphaned}}
- Orphaned: the passage is no longer in the document
{{/orphaned}}
{{#tags}}
- Tags: {{tags}}
{{/tags}}
- Added: {{date}}
- [Open in Hamish]({{link}})
{{/highlights}}
{{#links.length}}

## Links to other documents
{{/links.length}}
{{#links}}

{{quote}}

↔ [{{otherTitle}}]({{otherLink}})

{{otherQuote}}
{{#note}}

{{note}}
{{/note}}

{{#orphaned}}
- Orphaned: a passage is no longer in its document
{{/orphaned}}
{{#tags}}
- Tags: {{tags}}
{{/tags}}
- Added: {{date}}
- [Open here]({{link}}) · [Open both side by side]({{pairLink}})
{{/links}}
{{#documentNotes.length}}

## Document notes
{{/documentNotes.length}}
{{#documentNotes}}

{{note}}
{{#tags}}

{{tags}}
{{/tags}}
{{/documentNotes}}
{{#bookmarks.length}}

## Bookmarks

{{/bookmarks.length}}
{{#bookmarks}}
- [{{name}}]({{link}})
{{/bookmarks}}
`;

/** One document's annotations as a Markdown note. `exported` is passed in so output is reproducible. */
export function documentMarkdown(
  doc: DocumentSummary,
  annotations: Annotation[],
  exported: string,
  options: { template?: string; titleOf?: (docId: string) => string | undefined } = {},
): string {
  const view = markdownView(doc, annotations, exported, options.titleOf);
  // Markdown is not HTML: placeholders are written as they are, never entity-escaped.
  return Mustache.render(options.template ?? DEFAULT_TEMPLATE, view, {}, { escape: (value: unknown) => String(value) });
}

/** Checks a user's template before an export writes anything. */
export function checkTemplate(template: string): void {
  Mustache.parse(template);
}

/** Names Windows keeps for devices, whatever the extension (CON.md is the console). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/** A file name from a title: readable, safe on every OS, Arabic kept. */
export function fileNameFor(title: string, taken: Set<string>): string {
  const cleaned = [...title]
    // Control characters, bidi controls, lone surrogates and what file systems forbid become spaces.
    .map((c) =>
      c.charCodeAt(0) < 0x20 || c === '\u007f' || /[\u202A-\u202E\u2066-\u2069<>:"/\\|?*…]|^[\uD800-\uDFFF]$/.test(c) ? ' ' : c,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut at 80 characters, never inside a surrogate pair.
  let base =
    [...cleaned]
      .slice(0, 80)
      .join('')
      .replace(/[. ]+$/, '') || 'document';
  if (WINDOWS_RESERVED.test(base)) base = `_${base}`;
  let name = `${base}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
  taken.add(name.toLowerCase());
  return name;
}
