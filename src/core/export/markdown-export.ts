// Annotations as Markdown notes that open well in Obsidian and on GitHub: YAML
// front matter, then highlights and notes in reading order (the quote as a
// blockquote, its colour, note, tags, date and a deep link back), document notes
// and bookmarks. Bidi control characters are escaped so they can't reorder a note.
import { stringify } from 'yaml';
import type { Annotation, DocumentSummary } from '../../shared/types';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Bidi controls written as visible escapes ([U+202E]), never as themselves. */
export function escapeBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
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

export function deepLink(docId: string, at?: number): string {
  return `hamish://open?doc=${encodeURIComponent(docId)}${at === undefined ? '' : `&at=${at}`}`;
}

/** One document's annotations as a Markdown note. `exported` is passed in so output is reproducible. */
export function documentMarkdown(doc: DocumentSummary, annotations: Annotation[], exported: string): string {
  const live = annotations.filter((a) => !a.deletedAt);
  const passages = live
    .filter((a) => a.selectors && a.kind !== 'bookmark')
    .sort((a, b) => a.selectors!.position.start - b.selectors!.position.start);
  const documentNotes = live.filter((a) => !a.selectors && a.kind !== 'bookmark');
  const bookmarks = live.filter((a) => a.kind === 'bookmark');
  const frontMatter: Record<string, unknown> = {
    title: escapeBidi(doc.title),
    ...(doc.outlet ? { outlet: escapeBidi(doc.outlet) } : {}),
    ...(doc.author ? { author: escapeBidi(doc.author) } : {}),
    ...(doc.date ? { date: doc.date.slice(0, 10) } : {}),
    source: doc.path,
    tags: [...new Set(live.flatMap((a) => a.tags))].map((t) => t.replace(/\s+/g, '_')),
    aliases: [escapeBidi(doc.title)],
    exported,
    hamish: deepLink(doc.id),
  };
  const out: string[] = [`---\n${stringify(frontMatter).trimEnd()}\n---`, `# ${escapeBidi(doc.title)}`];
  if (passages.length) {
    out.push('## Highlights and notes');
    for (const a of passages) {
      const lines = [blockquote(a.selectors!.quote.exact), ''];
      lines.push(`- Colour: ${a.color}${a.style === 'underline' ? ' (underline)' : ''}`);
      if (a.orphaned) lines.push('- Orphaned: the passage is no longer in the document');
      if (a.note) lines.push(`- Note: ${escapeBidi(a.note).replace(/\n/g, '\n  ')}`);
      if (a.tags.length) lines.push(`- Tags: ${tagList(a.tags)}`);
      lines.push(`- Added: ${a.createdAt.slice(0, 10)}`);
      lines.push(`- [Open in Hamish](${deepLink(a.docId, a.selectors!.position.start)})`);
      out.push(lines.join('\n'));
    }
  }
  if (documentNotes.length) {
    out.push('## Document notes');
    for (const a of documentNotes) {
      const tags = a.tags.length ? `\n\n${tagList(a.tags)}` : '';
      out.push(`${escapeBidi(a.note)}${tags}`);
    }
  }
  if (bookmarks.length) {
    out.push('## Bookmarks');
    out.push(
      bookmarks
        .map(
          (a) =>
            `- [${escapeBidi(a.name || a.selectors?.quote.exact.slice(0, 60) || a.id)}](${deepLink(a.docId, a.selectors?.position.start)})`,
        )
        .join('\n'),
    );
  }
  return `${out.join('\n\n')}\n`;
}

/** A file name from a title: readable, safe on every OS, Arabic kept. */
export function fileNameFor(title: string, taken: Set<string>): string {
  const base =
    [...title]
      // Control characters, bidi controls and what file systems forbid become spaces.
      .map((c) => (c.charCodeAt(0) < 0x20 || /[\u202A-\u202E\u2066-\u2069<>:"/\\|?*…]/.test(c) ? ' ' : c))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80)
      .replace(/[. ]+$/, '') || 'document';
  let name = `${base}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
  taken.add(name.toLowerCase());
  return name;
}
