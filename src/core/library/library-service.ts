// The library: adds files and folders, keeps one record per document, and
// reads a document back as text plus blocks.
import { createHash, randomBytes } from 'node:crypto';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { normalizeArabic } from '../../shared/arabic';
import { UserError } from '../../shared/rpc';
import { countWords, detectLanguage, directionOfLanguage } from '../../shared/text-direction';
import type { DocumentRecord, DocumentSummary, DocumentView, ImportProgress, ImportReport } from '../../shared/types';
import type { StoreService } from '../store/store-service';
import { decodeText } from './decode';
import { formatOfPath, parsers, titleOf, type ParsedDocument } from './parse';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const SUPPORTED = '.txt, .md, .markdown';

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
}

interface LoadedFile {
  parsed: ParsedDocument;
  encoding: string;
}

function errorReason(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

async function loadFile(path: string, size: number): Promise<LoadedFile> {
  const format = formatOfPath(path);
  if (!format) throw new UserError(`unsupported file type "${extname(path) || 'no extension'}" (Hamish reads ${SUPPORTED})`);
  if (size > MAX_FILE_BYTES) throw new UserError(`file is larger than the 50 MB limit (${(size / 1048576).toFixed(1)} MB)`);
  if (size === 0) throw new UserError('file is empty');
  const { text, encoding } = decodeText(await readFile(path));
  const parsed = parsers[format](text);
  if (!parsed.text.trim()) throw new UserError('file has no text');
  return { parsed, encoding };
}

export function fingerprintOf(text: string): string {
  return createHash('sha256').update(normalizeArabic(text)).digest('hex');
}

function summarize(record: DocumentRecord): DocumentSummary {
  const { id, title, path, words, lang, dir, format } = record;
  return { id, title, path, words, lang, dir, format };
}

const titleCollator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });

export class LibraryService {
  constructor(private readonly store: StoreService) {}

  list(): DocumentSummary[] {
    return this.store.data.documents.map(summarize).sort((a, b) => titleCollator.compare(a.title, b.title));
  }

  #record(id: string): DocumentRecord {
    const record = this.store.data.documents.find((d) => d.id === id);
    if (!record) throw new UserError(`No document with id "${id}" in the library`);
    return record;
  }

  async get(id: string): Promise<DocumentView> {
    const record = this.#record(id);
    let loaded: LoadedFile;
    try {
      const info = await stat(record.path);
      loaded = await loadFile(record.path, info.size);
    } catch (error) {
      throw new UserError(`Cannot open "${record.title}": ${errorReason(error)} (${record.path})`);
    }
    return { ...summarize(record), encoding: loaded.encoding, text: loaded.parsed.text, blocks: loaded.parsed.blocks };
  }

  /** Adds files and folders (recursively). Never throws for one bad file: each is reported. */
  async add(paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
    const report: ImportReport = { added: 0, updated: 0, skipped: 0, errors: [] };
    const files: string[] = [];
    for (const path of paths) await this.#collect(resolve(path), files, report, new Set(), true);

    const known = new Map(this.store.data.documents.map((d) => [d.path, d]));
    const changes: DocumentRecord[] = [];
    const total = files.length;
    for (const [index, path] of files.entries()) {
      options.onProgress?.({ done: index, total, current: path });
      try {
        const info = await stat(path);
        const existing = known.get(path);
        if (existing && existing.size === info.size && existing.mtimeMs === info.mtimeMs) {
          report.skipped++;
          continue;
        }
        const { parsed, encoding } = await loadFile(path, info.size);
        const now = new Date().toISOString();
        const lang = detectLanguage(parsed.text);
        const fields = {
          path,
          format: formatOfPath(path)!,
          encoding,
          title: titleOf(parsed, basename(path)),
          lang,
          dir: directionOfLanguage(lang, parsed.text),
          words: countWords(parsed.text),
          fingerprint: fingerprintOf(parsed.text),
          size: info.size,
          mtimeMs: info.mtimeMs,
          updatedAt: now,
        };
        if (existing) {
          changes.push({ ...existing, ...fields });
          report.updated++;
        } else {
          changes.push({ id: randomBytes(6).toString('base64url'), addedAt: now, ...fields });
          report.added++;
        }
      } catch (error) {
        report.errors.push({ path, reason: errorReason(error) });
      }
    }
    options.onProgress?.({ done: total, total, current: '' });
    if (changes.length) {
      await this.store.update((data) => {
        const byId = new Map(data.documents.map((d) => [d.id, d]));
        for (const change of changes) byId.set(change.id, change);
        data.documents = [...byId.values()];
      });
    }
    return report;
  }

  async #collect(path: string, out: string[], report: ImportReport, seen: Set<string>, explicit: boolean): Promise<void> {
    try {
      const info = await stat(path);
      if (info.isFile()) {
        if (explicit || formatOfPath(path)) out.push(path);
        return;
      }
      if (!info.isDirectory()) {
        report.errors.push({ path, reason: 'not a regular file or folder' });
        return;
      }
      const real = await realpath(path);
      if (seen.has(real)) {
        report.errors.push({ path, reason: 'symbolic link loop (folder already visited)' });
        return;
      }
      seen.add(real);
      const before = out.length;
      const entries = await readdir(path, { withFileTypes: true });
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        await this.#collect(join(path, entry.name), out, report, seen, false);
      }
      if (explicit && out.length === before) {
        report.errors.push({ path, reason: `no articles in this folder (Hamish reads ${SUPPORTED})` });
      }
    } catch (error) {
      report.errors.push({ path, reason: errorReason(error) });
    }
  }
}
