// Annotations as Markdown notes that open well in Obsidian and on GitHub: YAML front matter (with
// the source's URL, a citekey and the CSL fields citation plugins read), then highlights and notes
// in reading order (the quote as a blockquote, its colour, note, tags, date and a deep link back),
// links to passages of other documents (as [[wiki-links]] to their notes), document notes and
// bookmarks, labelled in the export's language. Bidi control characters are escaped so they can't
// reorder a note. The note's body sits in a managed region (managed-region.ts).
import Mustache from 'mustache';
import { stringify } from 'yaml';
import { endsFrom } from '../../shared/annotation-ends';
import { compareDeepLink, openDeepLink } from '../../shared/routes';
import type { Annotation, DocumentSummary } from '../../shared/types';
import { cslItem } from '../citations/csl-item';
import { ExportLabels, type ExportLanguage } from './export-labels';
import { splitFrontMatter, withRegion } from './managed-region';
import { DEFAULT_TEMPLATE } from './markdown-template';
import { nameStem, obsidianTag, wikiLink } from './obsidian-names';

export { DEFAULT_TEMPLATE } from './markdown-template';
export { fileNameFor } from './obsidian-names';

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
  return tags
    .map(obsidianTag)
    .filter(Boolean)
    .map((t) => `#${t}`)
    .join(' ');
}

export interface MarkdownOptions {
  /** A user's Mustache template instead of the default note. */
  template?: string;
  /** Another document's title (a link's other end). */
  titleOf?: (docId: string) => string | undefined;
  /** Another document's note name, for a [[wiki-link]] (the library's stable names; by default its title's). */
  noteOf?: (docId: string) => string | undefined;
  /** The labels' and dates' language (English by default). */
  lang?: ExportLanguage;
}

/** Front matter: Hamish's own fields, the source, and the CSL fields Obsidian's citation plugins read. */
function frontMatterOf(doc: DocumentSummary, tags: string[], exported: string): Record<string, unknown> {
  const csl = cslItem(doc);
  return {
    title: oneLine(doc.title),
    ...(doc.outlet ? { outlet: oneLine(doc.outlet) } : {}),
    ...(doc.author ? { author: oneLine(doc.author) } : {}),
    ...(doc.date ? { date: doc.date.slice(0, 10) } : {}),
    ...(doc.url ? { url: doc.url } : {}),
    source: doc.path,
    citekey: csl['citation-key'],
    type: csl.type,
    ...(csl['container-title'] ? { 'container-title': oneLine(csl['container-title']) } : {}),
    ...(csl.issued ? { issued: csl.issued['date-parts'][0]!.map((n) => String(n).padStart(2, '0')).join('-') } : {}),
    ...(csl.language ? { language: csl.language } : {}),
    // The direction Obsidian's RTL plugin and Hamish's own reader take from front matter.
    ...(doc.dir === 'rtl' ? { direction: 'rtl' } : {}),
    tags,
    aliases: [oneLine(doc.title)],
    exported,
    hamish: openDeepLink(doc.id),
  };
}

/**
 * What a template sees. Text is already made safe for Markdown notes: bidi controls
 * escaped, quotes as blockquotes (`quote`) and as plain text (`text`).
 */
export function markdownView(doc: DocumentSummary, annotations: Annotation[], exported: string, options: MarkdownOptions = {}) {
  const labels = new ExportLabels(options.lang ?? 'en');
  const titleOf = options.titleOf ?? (() => undefined);
  const live = annotations.filter((a) => !a.deletedAt);
  const links = live.filter((a) => a.kind === 'link' && a.target);
  const passages = live
    .filter((a) => a.selectors && a.kind !== 'bookmark' && a.kind !== 'link')
    .sort((a, b) => a.selectors!.position.start - b.selectors!.position.start);
  const documentNotes = live.filter((a) => !a.selectors && a.kind !== 'bookmark' && a.kind !== 'link');
  const bookmarks = live.filter((a) => a.kind === 'bookmark');
  const tags = [...new Set(live.flatMap((a) => a.tags).map(obsidianTag))].filter(Boolean);
  const common = (a: Annotation) => ({
    id: a.id,
    color: a.color,
    colour: labels.colour(a.color),
    underline: a.style === 'underline',
    note: escapeBidi(a.note).trim(),
    tags: tagList(a.tags),
    date: a.createdAt.slice(0, 10),
    day: labels.date(a.createdAt),
  });
  const source = doc.url ? `${labels.t('source')}: [${oneLine(doc.outlet ?? new URL(doc.url).host)}](<${doc.url}>)` : '';
  return {
    labels: labels.all(),
    lang: labels.lang,
    title: oneLine(doc.title),
    outlet: doc.outlet ? oneLine(doc.outlet) : '',
    author: doc.author ? oneLine(doc.author) : '',
    date: doc.date?.slice(0, 10) ?? '',
    day: doc.date ? labels.date(doc.date) : '',
    url: doc.url ?? '',
    sourceLine: source,
    source: doc.path,
    citekey: cslItem(doc)['citation-key'],
    exported,
    link: openDeepLink(doc.id),
    tags: tagList(tags),
    frontMatter: stringify(frontMatterOf(doc, tags, exported)).trimEnd(),
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
      const otherTitle = oneLine(titleOf(there!.docId) ?? there!.docId);
      const otherNote = options.noteOf?.(there!.docId) ?? nameStem(titleOf(there!.docId) ?? there!.docId);
      return {
        ...common(a),
        quote: blockquote(mine.quote.exact),
        otherQuote: blockquote(theirs.quote.exact),
        otherTitle,
        otherNote,
        otherWikiLink: wikiLink(otherNote, otherTitle),
        orphaned: here.orphaned || there!.orphaned,
        link: openDeepLink(here.docId, mine.position.start),
        otherLink: openDeepLink(there!.docId, theirs.position.start),
        pairLink: compareDeepLink(here.docId, there!.docId, a.id),
      };
    }),
  };
}

/** The rendered note, split into its front matter and its body (the managed region's content). */
export function renderNote(
  doc: DocumentSummary,
  annotations: Annotation[],
  exported: string,
  options: MarkdownOptions = {},
): { frontMatter: string; body: string } {
  const view = markdownView(doc, annotations, exported, options);
  // Markdown is not HTML: placeholders are written as they are, never entity-escaped.
  const note = Mustache.render(options.template ?? DEFAULT_TEMPLATE, view, {}, { escape: (value: unknown) => String(value) });
  const { frontMatter, body } = splitFrontMatter(note);
  return { frontMatter, body: body.replace(/^\n+/, '') };
}

/** One document's annotations as a Markdown note. `exported` is passed in so output is reproducible. */
export function documentMarkdown(
  doc: DocumentSummary,
  annotations: Annotation[],
  exported: string,
  options: MarkdownOptions = {},
): string {
  const { frontMatter, body } = renderNote(doc, annotations, exported, options);
  return withRegion(frontMatter, body);
}

/** Checks a user's template before an export writes anything. */
export function checkTemplate(template: string): void {
  Mustache.parse(template);
}
