// One file to Hamish's document model, whatever its format. This runs inside a parse
// worker (parse-pool.ts); only tests and the worker itself call it directly.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { normalizeArabic } from '../../shared/arabic';
import { UserError } from '../../shared/errors';
import { countWords, detectLanguage, directionOfLanguage } from '../../shared/text-direction';
import type { Direction, DocumentFormat, Language } from '../../shared/types';
import { readBounded } from './bounded-read';
import { titleOf, type ParsedDocument } from './document-builder';
import type { DocTerms, FoundTerms, TermFinder } from '../search/doc-terms';
import { formatOfPath, READERS, SUPPORTED_EXTENSIONS } from './formats';

export { formatOfPath, SUPPORTED_EXTENSIONS };
export { MAX_FILE_BYTES } from './parse-limits';

export interface LoadedDocument {
  format: DocumentFormat;
  encoding: string;
  parsed: ParsedDocument;
  /** The size and modification time of the file as it was read. */
  size: number;
  mtimeMs: number;
}

/** What the importer derives from a text, computed beside the parse (off the thread that answers). */
export interface TextAnalysis {
  lang: Language;
  words: number;
  normalized: string;
  fingerprint: string;
}

/** What the importer needs of a parsed file besides its text: the analysis, its title, its index terms. */
export interface DocumentAnalysis extends Omit<TextAnalysis, 'normalized'> {
  title: string;
  dir: Direction;
  terms: DocTerms;
}

/** The analysis as a parse worker sends it: its terms numbered in the worker's vocabulary. */
export interface FoundAnalysis extends Omit<DocumentAnalysis, 'terms'> {
  terms: FoundTerms;
}

/** A document's identity across moves: the hash of its normalised text. */
export function fingerprintOfNormalized(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex');
}

export function analyzeText(text: string): TextAnalysis {
  const normalized = normalizeArabic(text);
  return { lang: detectLanguage(text), words: countWords(text), normalized, fingerprint: fingerprintOfNormalized(normalized) };
}

/** The importer's figures for a parsed file (the normalised text itself stays in the worker). */
export function analyzeDocument(parsed: ParsedDocument, path: string, finder: TermFinder): FoundAnalysis {
  const { normalized, ...analysis } = analyzeText(parsed.text);
  const title = titleOf(parsed, basename(path));
  const dir = parsed.meta?.dir ?? directionOfLanguage(analysis.lang, parsed.text);
  return { ...analysis, title, dir, terms: finder.find(title, normalized) };
}

/** Reads (within the size cap, on the opened file) and parses one file. */
export async function loadDocument(path: string): Promise<LoadedDocument> {
  const format = formatOfPath(path);
  if (!format)
    throw new UserError(`unsupported file type "${extname(path) || 'no extension'}" (Hamish reads ${SUPPORTED_EXTENSIONS})`);
  const { bytes, size, mtimeMs } = readBounded(path);
  if (size === 0) throw new UserError('file is empty');
  const { parsed, encoding } = await READERS[format].read(bytes, { path, size });
  if (!parsed.text.trim()) throw new UserError('file has no text');
  return { format, encoding, parsed, size, mtimeMs };
}
