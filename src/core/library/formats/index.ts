// The format registry: one reader per format Hamish reads, keyed by format. Everything that lists
// formats (loadDocument, the folder scan, the watcher, the error messages, the CLI help through
// formatsHelpLine) derives from here or from the plain data in shared/formats.ts it is built on,
// so they cannot drift.
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ALL_EXTENSIONS,
  DOCUMENT_FORMATS,
  formatOfExtension,
  formatsHelpLine,
  type DocumentFormat,
} from '../../../shared/formats';
import { decodeText, sniffHtmlCharset } from '../decode';
import type { ParsedDocument } from '../document-builder';
import { parseMarkdown } from './markdown';
import { parsePlainText } from './text';

export { formatsHelpLine };

export interface FormatReader {
  format: DocumentFormat;
  extensions: readonly string[];
  label: string;
  /** The file's bytes to the document model; `encoding` is the text encoding found ('binary' for archives). */
  read(bytes: Buffer, ctx: { path: string; size: number }): Promise<{ parsed: ParsedDocument; encoding: string }>;
}

function reader<F extends DocumentFormat>(format: F, read: FormatReader['read']): FormatReader & { format: F } {
  return { format, ...DOCUMENT_FORMATS[format], read };
}

export const READERS = {
  txt: reader('txt', async (bytes) => {
    const { text, encoding } = decodeText(bytes);
    return { parsed: parsePlainText(text), encoding };
  }),
  md: reader('md', async (bytes) => {
    const { text, encoding } = decodeText(bytes);
    return { parsed: parseMarkdown(text), encoding };
  }),
  html: reader('html', async (bytes, { path }) => {
    // A page's own <meta charset> comes first; the statistical guess only when it declares none.
    const { text, encoding } = decodeText(bytes, { declaredCharset: sniffHtmlCharset(bytes) });
    const { parseHtml } = await import('./html');
    return { parsed: parseHtml(text, pathToFileURL(path).href), encoding };
  }),
  // jsdom, Readability and mammoth load when the first such file comes (a parse worker that reads text files starts fast).
  docx: reader('docx', async (bytes) => ({ parsed: await (await import('./docx')).parseDocx(bytes), encoding: 'binary' })),
  epub: reader('epub', async (bytes) => ({ parsed: await (await import('./epub')).parseEpub(bytes), encoding: 'binary' })),
} satisfies Record<DocumentFormat, FormatReader>;

/** For messages: ".txt, .text, .md, …". */
export const SUPPORTED_EXTENSIONS = ALL_EXTENSIONS.join(', ');

export function formatOfPath(path: string): DocumentFormat | null {
  return formatOfExtension(extname(path));
}
