// What a saved web page declares about its article: Open Graph and article
// meta tags first, then <title> and markup, then what Readability inferred.
import type { DeclaredMetadata } from '../document-builder';
import { collapseWhitespace } from './dom-blocks';
import { toIsoDate } from './iso-date';
import { webUrl } from './web-url';

/** The fields of Readability's result this module falls back on. */
export interface ReadabilityHints {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
}

/** Separators news sites put between a headline and the outlet's name in <title>. */
const TITLE_SEPARATORS = [' | ', ' - ', ' — ', ' – '];
const MAX_OUTLET_WORDS = 5;

/** Meta tag contents keyed by lower-cased name, property, itemprop or http-equiv; the first tag wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    const content = collapseWhitespace(meta.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** Splits "Headline | Outlet" at its last separator; a tail of many words is part of the headline, not an outlet. */
export function splitTitle(raw: string): { title: string; outlet?: string } {
  const title = collapseWhitespace(raw);
  let cut = -1;
  let separator = '';
  for (const sep of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at > cut) [cut, separator] = [at, sep];
  }
  if (cut <= 0) return { title };
  const head = title.slice(0, cut).trim();
  const tail = title.slice(cut + separator.length).trim();
  if (!tail || tail.split(' ').length > MAX_OUTLET_WORDS) return { title };
  return { title: head, outlet: tail };
}

/** An og:title sometimes carries the outlet too ("Headline | Outlet"); the outlet is dropped. */
function withoutOutlet(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  for (const sep of TITLE_SEPARATORS) {
    if (title.endsWith(sep + outlet)) return title.slice(0, -(sep + outlet).length).trim();
  }
  return title;
}

/** An author is a name; article:author is often a profile URL instead. */
function authorName(value: string | undefined | null): string | undefined {
  const name = value ? collapseWhitespace(value) : '';
  return name && !/^https?:\/\//i.test(name) ? name : undefined;
}

function publishedDate(document: Document, tags: Map<string, string>, hints: ReadabilityHints): string | undefined {
  const keys = [
    'article:published_time',
    'og:published_time',
    'date',
    'pubdate',
    'publishdate',
    'dc.date.issued',
    'datepublished',
  ];
  for (const key of keys) {
    const date = toIsoDate(tags.get(key));
    if (date) return date;
  }
  // Microdata and <time> in the article body, when the head says nothing.
  for (const el of Array.from(
    document.querySelectorAll('[itemprop="datePublished"], article time[datetime], main time[datetime]'),
  )) {
    const date = toIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
    if (date) return date;
  }
  return toIsoDate(hints.publishedTime);
}

function direction(...values: (string | null | undefined)[]): 'rtl' | 'ltr' | undefined {
  for (const value of values) {
    const dir = value?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return undefined;
}

/**
 * The article's address: its canonical link, og:url, then the "saved from url=(0042)…" comment
 * browsers write at the top of a saved page. Relative links resolve against the saved-from address.
 */
function sourceUrl(document: Document, tags: Map<string, string>): string | undefined {
  const comment = savedFromComment(document);
  const canonical = document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  return webUrl(canonical, webUrl(tags.get('og:url')) ?? webUrl(comment)) ?? webUrl(tags.get('og:url')) ?? webUrl(comment);
}

/** The address in a saved page's leading `<!-- saved from url=(0042)https://… -->`, if it has one. */
function savedFromComment(document: Document): string | undefined {
  for (const node of Array.from(document.childNodes).concat(Array.from(document.documentElement?.childNodes ?? []))) {
    if (node.nodeType !== 8) continue; // a comment
    const found = /saved from url=\(\d+\)(\S+)/i.exec(node.textContent ?? '')?.[1];
    if (found) return found;
  }
  return undefined;
}

/** Drops fields without a value, so the metadata says only what the page said. */
function compact(meta: DeclaredMetadata): DeclaredMetadata {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as DeclaredMetadata;
}

/** Reads the page's metadata from a DOM Readability has not touched (it edits the document it is given). */
export function readHtmlMetadata(document: Document, hints: ReadabilityHints = {}): DeclaredMetadata {
  const tags = metaTags(document);
  const fromTitleTag = splitTitle(document.title ?? '');
  const outlet = tags.get('og:site_name') ?? fromTitleTag.outlet ?? hints.siteName ?? undefined;
  const ogTitle = tags.get('og:title');
  const title = ogTitle ? withoutOutlet(ogTitle, outlet) : fromTitleTag.title || collapseWhitespace(hints.title ?? '');
  const locale = tags.get('og:locale')?.replace(/_/g, '-');
  const contentLanguage = tags.get('content-language')?.split(',')[0]?.trim();
  return compact({
    title: title || undefined,
    outlet,
    author: authorName(tags.get('author')) ?? authorName(tags.get('article:author')) ?? authorName(hints.byline),
    date: publishedDate(document, tags, hints),
    url: sourceUrl(document, tags),
    lang: document.documentElement.getAttribute('lang')?.trim() || locale || contentLanguage || hints.lang || undefined,
    dir: direction(document.documentElement.getAttribute('dir'), document.body?.getAttribute('dir'), hints.dir),
  });
}
