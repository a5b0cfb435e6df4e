// One file to Hamish's document model, whatever its format.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError } from '../../shared/errors';
import type { DocumentFormat } from '../../shared/types';
import type { ParsedDocument } from './document-builder';
import { formatOfPath, READERS, SUPPORTED_EXTENSIONS } from './formats';

export { formatOfPath, SUPPORTED_EXTENSIONS };

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const SYNC_READ_LIMIT = 256 * 1024;

export interface LoadedDocument {
  format: DocumentFormat;
  encoding: string;
  parsed: ParsedDocument;
}

export async function loadDocument(path: string, size: number): Promise<LoadedDocument> {
  const format = formatOfPath(path);
  if (!format)
    throw new UserError(`unsupported file type "${extname(path) || 'no extension'}" (Hamish reads ${SUPPORTED_EXTENSIONS})`);
  if (size > MAX_FILE_BYTES) throw new UserError(`file is larger than the 50 MB limit (${(size / 1048576).toFixed(1)} MB)`);
  if (size === 0) throw new UserError('file is empty');
  // Small files are read synchronously: going through the thread pool costs more than the read
  // itself (an article is a few KB), and 10,000 of them add up. Large ones don't block the loop.
  const bytes = size < SYNC_READ_LIMIT ? readFileSync(path) : await readFile(path);
  const { parsed, encoding } = await READERS[format].read(bytes, { path, size });
  if (!parsed.text.trim()) throw new UserError('file has no text');
  return { format, encoding, parsed };
}
