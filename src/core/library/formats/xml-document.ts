// XML parts of DOCX and EPUB files (package metadata, chapters), parsed with
// jsdom's XML parser: it never fetches external DTDs or runs anything.
import { JSDOM, VirtualConsole } from 'jsdom';
import { collapseWhitespace } from './dom-blocks';

export const DC = 'http://purl.org/dc/elements/1.1/';
export const DCTERMS = 'http://purl.org/dc/terms/';

/**
 * Parses XML, throwing on malformed markup. jsdom expands entities declared in
 * an internal DTD, which lets a small file grow huge; no EPUB or DOCX part
 * needs them, so such a document is refused.
 */
export function parseXml(source: string, contentType: 'application/xml' | 'application/xhtml+xml' = 'application/xml'): Document {
  if (/<!ENTITY/i.test(source)) throw new Error('declares XML entities');
  return new JSDOM(source, { contentType, virtualConsole: new VirtualConsole() }).window.document;
}

/** Parses HTML (the forgiving parser), for chapters whose XHTML is malformed. */
export function parseHtmlDocument(source: string): Document {
  return new JSDOM(source, { virtualConsole: new VirtualConsole() }).window.document;
}

/** Elements by namespace and local name; `*` matches any namespace, as files are loose about prefixes. */
export function elementsNamed(root: Document | Element, localName: string, namespace = '*'): Element[] {
  return Array.from(root.getElementsByTagNameNS(namespace, localName));
}

/** The collapsed text of each matching element, empty ones left out. */
export function textsOf(root: Document | Element, localName: string, namespace = '*'): string[] {
  return elementsNamed(root, localName, namespace)
    .map((el) => collapseWhitespace(el.textContent ?? ''))
    .filter(Boolean);
}
