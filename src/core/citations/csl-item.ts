// A document as a CSL-JSON item: the one description of a source that citation styles, BibTeX,
// RIS and Obsidian's citation plugins all read. Pure data, so the Markdown export can put the
// same fields in its front matter without loading the citation library.
import type { DocumentSummary } from '../../shared/types';

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export interface CslName {
  family?: string;
  given?: string;
  /** A name kept whole: Arabic names are not split into given and family names. */
  literal?: string;
}

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper' | 'webpage' | 'book' | 'document';
  title: string;
  'container-title'?: string;
  publisher?: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  URL?: string;
  language?: string;
}

/**
 * The key a note or a .bib file cites the document by: ASCII (BibTeX and Pandoc need it), stable
 * across exports (from the document's id), and readable enough: hamish2020ab12cd34 (no punctuation: BibTeX labels drop it).
 */
export function citekeyOf(doc: Pick<DocumentSummary, 'id' | 'date'>): string {
  const year = /^\d{4}/.exec(doc.date ?? '')?.[0] ?? 'nd';
  const id = doc.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 8) || 'doc';
  return `hamish${year}${id}`;
}

/** "A, B" or "A، B" or "A and B" as names; an Arabic name stays whole, a Latin one is split at its last word. */
export function cslNames(authors: string): CslName[] {
  return authors
    .split(/\s*[,،;؛]\s*|\s+and\s+|\s+&\s+/)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const words = name.split(/\s+/);
      if (ARABIC_SCRIPT.test(name) || words.length < 2) return { literal: name };
      return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
    });
}

function dateParts(date: string | undefined): CslItem['issued'] {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? '');
  if (!match) return undefined;
  return { 'date-parts': [match.slice(1).filter(Boolean).map(Number)] };
}

/** A library document as CSL-JSON: a news article when it has an outlet, a web page when only a URL, a book for EPUB. */
export function cslItem(doc: DocumentSummary): CslItem {
  const key = citekeyOf(doc);
  const type = doc.format === 'epub' ? 'book' : doc.outlet ? 'article-newspaper' : doc.url ? 'webpage' : 'document';
  const issued = dateParts(doc.date);
  return {
    id: key,
    'citation-key': key,
    type,
    title: doc.title,
    ...(doc.outlet ? (type === 'book' ? { publisher: doc.outlet } : { 'container-title': doc.outlet }) : {}),
    ...(doc.author ? { author: cslNames(doc.author) } : {}),
    ...(issued ? { issued } : {}),
    ...(doc.url ? { URL: doc.url } : {}),
    ...(doc.lang !== 'mixed' ? { language: doc.lang } : {}),
  };
}
