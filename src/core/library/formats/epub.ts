// EPUB books and article collections: container.xml names the package (OPF),
// whose metadata describes the book and whose spine gives the reading order of
// its XHTML chapters. Chapters are read into blocks and joined in that order.
import { UserError } from '../../../shared/errors';
import { TextBuilder, type DeclaredMetadata, type ParsedDocument } from '../document-builder';
import { appendBlocks, firstHeadingText } from './dom-blocks';
import { checkMarkupBounds, checkNestingDepth } from './markup-bounds';
import { webUrl } from './web-url';
import { toIsoDate } from './iso-date';
import { DC, elementsNamed, parseHtmlDocument, parseXml, textsOf } from './xml-document';
import { ZipArchive } from './zip-archive';

const invalidEpub = (reason: string) => new UserError(`not a valid EPUB (${reason})`);

const CHAPTER_TYPES = new Set(['application/xhtml+xml', 'text/html']);

async function readXmlPart(archive: ZipArchive, path: string): Promise<Document> {
  const source = await archive.text(path);
  if (source === undefined) throw invalidEpub(`no ${path}`);
  checkMarkupBounds(source);
  try {
    return parseXml(source);
  } catch (error) {
    throw invalidEpub(`${path} is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Resolves a manifest href against the package file's folder; a made-up origin keeps this pure string work. */
function resolveHref(packagePath: string, href: string): string {
  const path = new URL(href, `http://epub.invalid/${packagePath}`).pathname.slice(1);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function packageMetadata(opf: Document): DeclaredMetadata {
  const meta: DeclaredMetadata = {};
  const title = textsOf(opf, 'title', DC)[0];
  const authors = textsOf(opf, 'creator', DC);
  const date = toIsoDate(textsOf(opf, 'date', DC)[0]);
  const lang = textsOf(opf, 'language', DC)[0];
  const publisher = textsOf(opf, 'publisher', DC)[0];
  const direction = elementsNamed(opf, 'spine')[0]?.getAttribute('page-progression-direction')?.toLowerCase();
  if (title) meta.title = title;
  if (publisher) meta.outlet = publisher;
  if (authors.length) meta.author = authors.join(', ');
  if (date) meta.date = date;
  if (lang) meta.lang = lang;
  if (direction === 'rtl' || direction === 'ltr') meta.dir = direction;
  // A web address among dc:source and dc:identifier (the other identifiers are ISBNs and uuids).
  const url = [...textsOf(opf, 'source', DC), ...textsOf(opf, 'identifier', DC)].map((u) => webUrl(u)).find(Boolean);
  if (url) meta.url = url;
  return meta;
}

/** The chapter files in reading order: the spine's order, not the manifest's. */
function spinePaths(opf: Document, packagePath: string): string[] {
  const manifest = new Map<string, Element>();
  for (const item of elementsNamed(opf, 'item')) {
    const id = item.getAttribute('id');
    if (id && !manifest.has(id)) manifest.set(id, item);
  }
  const paths: string[] = [];
  for (const ref of elementsNamed(opf, 'itemref')) {
    // Non-linear items (pop-up notes, answer keys) sit outside the reading order.
    if (ref.getAttribute('linear')?.trim() === 'no') continue;
    const item = manifest.get(ref.getAttribute('idref') ?? '');
    const href = item?.getAttribute('href');
    const type = item?.getAttribute('media-type')?.trim().toLowerCase() ?? '';
    if (href && CHAPTER_TYPES.has(type)) paths.push(resolveHref(packagePath, href));
  }
  // A chapter listed many times would be read many times: once is the reading order.
  return [...new Set(paths)];
}

/** Chapters should be XHTML, but many are not well-formed; the HTML parser reads those. */
function chapterBody(source: string): Node {
  // Bounded like a web page: a 1.7 KB chapter can nest 50,000 deep.
  checkMarkupBounds(source);
  let document: Document;
  try {
    document = parseXml(source, 'application/xhtml+xml');
  } catch {
    document = parseHtmlDocument(source);
  }
  checkNestingDepth(document);
  return document.body ?? document.documentElement;
}

/** An .epub file as text and blocks, chapters joined in reading order. */
export async function parseEpub(bytes: Uint8Array): Promise<ParsedDocument> {
  const archive = await ZipArchive.open(bytes, invalidEpub);
  const container = await readXmlPart(archive, 'META-INF/container.xml');
  const packagePath = elementsNamed(container, 'rootfile')
    .map((el) => el.getAttribute('full-path')?.trim())
    .find(Boolean);
  if (!packagePath) throw invalidEpub('container.xml names no package file');
  const opf = await readXmlPart(archive, packagePath);
  const chapters = spinePaths(opf, packagePath);
  if (!chapters.length) throw invalidEpub('its spine lists no chapters');

  const builder = new TextBuilder();
  for (const path of chapters) {
    const source = await archive.text(path);
    // A chapter the manifest names but the archive lacks is skipped, as reading systems do.
    if (source !== undefined) appendBlocks(chapterBody(source), builder);
  }
  const meta = packageMetadata(opf);
  return builder.build({ declaredTitle: meta.title ?? firstHeadingText(builder), meta });
}
