// Saved web pages: Readability finds the article on a jsdom DOM in core, and
// only its text and block structure leave this module, never its HTML.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { UserError } from '../../../shared/errors';
import { TextBuilder, type ParsedDocument } from '../document-builder';
import { appendBlocks, collapseWhitespace } from './dom-blocks';
import { readHtmlMetadata } from './html-metadata';
import { checkMarkupBounds, checkNestingDepth } from './markup-bounds';
import { READABILITY_MAX_ELEMENTS } from '../parse-limits';
import { removePageClutter } from './page-clutter';

type Article = NonNullable<ReturnType<Readability<Node>['parse']>>;

function isValidUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs Readability on a copy, as it rewrites the document it reads; the original keeps the metadata.
 * A page too big for Readability to be quick gets no article: it is read whole, clutter removed.
 */
function readArticle(document: Document): Article | null {
  if (document.getElementsByTagName('*').length > READABILITY_MAX_ELEMENTS) return null;
  const copy = document.cloneNode(true) as Document;
  if (copy.body) removePageClutter(copy.body);
  // The serializer hands back the article's DOM node instead of an HTML string.
  const readability = new Readability<Node>(copy, { serializer: (node) => node, maxElemsToParse: READABILITY_MAX_ELEMENTS });
  try {
    return readability.parse();
  } catch (error) {
    if (error instanceof Error && /Aborting parsing document/.test(error.message)) return null;
    throw error;
  }
}

/**
 * Readability drops the page's <h1> when it repeats the title. Text files keep
 * their title as the first heading, so a web page does too.
 */
function droppedHeadline(document: Document, content: Node, titles: (string | null | undefined)[]): string | undefined {
  const wanted = new Set(titles.map((t) => collapseWhitespace(t ?? '')).filter(Boolean));
  const kept = collapseWhitespace(content.textContent ?? '');
  for (const h1 of Array.from(document.querySelectorAll('h1'))) {
    const text = collapseWhitespace(h1.textContent ?? '');
    if (wanted.has(text)) return kept.includes(text) ? undefined : text;
  }
  return undefined;
}

/** A saved web page (already decoded) as text and blocks; `url` is where it was saved from, if known. */
export function parseHtml(source: string, url?: string): ParsedDocument {
  // jsdom's defaults are the safe ones: scripts never run and nothing is fetched
  // (no stylesheets, frames or meta refresh). The silent console drops its CSS warnings.
  // A page too big or too deeply nested is refused before jsdom builds it, and checked again once built.
  checkMarkupBounds(source);
  const dom = new JSDOM(source, { ...(isValidUrl(url) ? { url } : {}), virtualConsole: new VirtualConsole() });
  try {
    return readPage(dom.window.document);
  } finally {
    dom.window.close();
  }
}

function readPage(document: Document): ParsedDocument {
  checkNestingDepth(document);
  const article = readArticle(document);
  const meta = readHtmlMetadata(document, article ?? {});

  let builder = new TextBuilder();
  const content = article?.content;
  if (content && collapseWhitespace(content.textContent ?? '')) {
    const headline = droppedHeadline(document, content, [meta.title, article.title]);
    if (headline) builder.push('heading', headline, 1);
    appendBlocks(content, builder);
  }
  if (!builder.blocks.some((b) => b.type !== 'heading') && document.body) {
    // No article found: read the whole body, without the page's menus, header, footer and sidebars.
    builder = new TextBuilder();
    removePageClutter(document.body, { everywhere: true });
    appendBlocks(document.body, builder);
  }
  if (!builder.text) throw new UserError('the web page has no article text');
  return builder.build({ declaredTitle: meta.title, meta });
}
