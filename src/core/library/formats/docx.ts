// Word documents: mammoth turns the document into simple HTML, which is read
// into blocks like any page; the package's core properties give the metadata.
import { JSDOM, VirtualConsole } from 'jsdom';
import mammoth from 'mammoth';
import { UserError } from '../../../shared/errors';
import { TextBuilder, type DeclaredMetadata, type ParsedDocument } from '../document-builder';
import { appendBlocks, firstHeadingText } from './dom-blocks';
import { webUrl } from './web-url';
import { toIsoDate } from './iso-date';
import { DC, DCTERMS, parseXml, textsOf } from './xml-document';
import { ZipArchive } from './zip-archive';

const invalidDocx = (reason: string) => new UserError(`not a valid Word document (${reason})`);

/** Word's built-in Title and Quote styles mean the same as a heading and a quotation here. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/** Images are dropped; an empty source keeps mammoth from base64-encoding each one. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** docProps/core.xml: title, author, language and dates. It is optional, and a broken one is ignored. */
async function readCoreProperties(archive: ZipArchive): Promise<DeclaredMetadata> {
  const xml = await archive.text('docProps/core.xml');
  if (!xml) return {};
  let core: Document;
  try {
    core = parseXml(xml);
  } catch {
    return {};
  }
  const meta: DeclaredMetadata = {};
  const title = textsOf(core, 'title', DC)[0];
  const author = textsOf(core, 'creator', DC)[0];
  const lang = textsOf(core, 'language', DC)[0];
  // When the text was written is the nearest thing to a publication date a Word file has.
  const date = toIsoDate(textsOf(core, 'created', DCTERMS)[0]) ?? toIsoDate(textsOf(core, 'modified', DCTERMS)[0]);
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (date) meta.date = date;
  if (lang) meta.lang = lang;
  // Word keeps no source field: an address in dc:identifier or dc:source is the nearest.
  const url = [...textsOf(core, 'identifier', DC), ...textsOf(core, 'source', DC)].map((u) => webUrl(u)).find(Boolean);
  if (url) meta.url = url;
  return meta;
}

/** A .docx file as text and blocks: headings, paragraphs, list items and quotes; no images. */
export async function parseDocx(bytes: Uint8Array): Promise<ParsedDocument> {
  const archive = await ZipArchive.open(bytes, invalidDocx);
  // mammoth inflates parts without a size limit, and the main part may have any name:
  // reading every entry through the bounded reader first refuses an archive whose sizes lie.
  for (const path of archive.paths) await archive.bytes(path);

  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: STYLE_MAP, convertImage: skipImages },
    ));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw invalidDocx(/main document part/i.test(message) ? 'it has no document part' : message);
  }
  const meta = await readCoreProperties(archive);

  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const builder = new TextBuilder();
  appendBlocks(dom.window.document.body, builder);
  dom.window.close();
  // A file's own first heading beats core.xml's title, which is often a template's leftover.
  const declaredTitle = firstHeadingText(builder) ?? meta.title;
  return builder.build({ declaredTitle, meta });
}
