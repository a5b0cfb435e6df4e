// The search index's cache file, beside the store: derived data, rebuilt when
// missing, stale or unreadable. One file, so one rename replaces it whole (a crash
// while a merge writes it leaves the old one usable): a JSON header (the documents),
// the compact segment's arrays (read as views, no parsing), then every document's
// text compressed on its own (one byte per Arabic letter, see packed-terms.ts, then
// deflate with a dictionary of the corpus's common words)
// in a tail that is not read at load, but a document at a time for snippets.
import { closeSync, openSync, readSync } from 'node:fs';
import { promisify } from 'node:util';
import { deflateRaw } from 'node:zlib';
import { readArrayFile, writeArrayFile } from '../array-file';
import { packText, PackedTerms, unpackText } from './packed-terms';
import type { CompactSegment } from './segment';
import { decompressText, DICTIONARY_SAMPLE_CHARS } from './text-blob';
import type { IndexedDoc, TextSource } from './search-index';

export const INDEX_FORMAT = 5;

const deflate = promisify(deflateRaw);
/** Compressions in flight at once (they run on libuv's threads, off the main thread). */
const COMPRESSING = 4;
/**
 * Deflate primes itself with the whole dictionary for every document: 8 KB of the commonest words
 * compress real news to 0.258 of its size against 0.250 with 32 KB (and 0.284 with none), for a
 * third less of the import's compressing time (1.5 against 2.3 s on 14,613 articles).
 */
const DICTIONARY_BYTES = 8 * 1024;

export interface IndexHeader {
  format: number;
  /** Bumped when tokenising or normalising changes, so old caches are rebuilt. */
  analyzer: string;
  docs: DocColumns;
  /** How many words and keys the dictionaries hold. */
  termCount: number;
  keyCount: number;
  arrays: Record<ArrayName, [number, number]>;
}

/**
 * The documents by column, each column's values joined by a private-use character (JSON escapes
 * control characters; none: empty), folders and outlets by number, titles and fingerprints (SHA-256
 * hex) as bytes in arrays (titles packed as words are, see packed-terms.ts: half the bytes of UTF-8
 * for Arabic): a few long strings parse many times faster than an array of objects.
 */
interface DocColumns {
  count: number;
  id: string;
  outlets: string[];
  outlet: number[];
  date: string;
  lang: string;
  fingerprint: string;
  folders: string[];
  folder: number[];
}

const SEP = '\ue000';
const HEX_FINGERPRINT = /^[0-9a-f]{64}$/;

function toColumns(docs: readonly IndexedDoc[]): DocColumns {
  const column = (pick: (doc: IndexedDoc) => string | undefined) => docs.map((d) => pick(d) ?? '').join(SEP);
  const numbered = (pick: (doc: IndexedDoc) => string | undefined) => {
    const values = [...new Set(docs.map((d) => pick(d) ?? ''))];
    const number = new Map(values.map((v, i) => [v, i]));
    return [values, docs.map((d) => number.get(pick(d) ?? '')!)] as const;
  };
  const [folders, folder] = numbered((d) => d.folder);
  const [outlets, outlet] = numbered((d) => d.outlet);
  return {
    count: docs.length,
    id: column((d) => d.id),
    outlets,
    outlet,
    date: column((d) => d.date),
    lang: column((d) => d.lang),
    fingerprint: docs.every((d) => HEX_FINGERPRINT.test(d.fingerprint)) ? '' : column((d) => d.fingerprint),
    folders,
    folder,
  };
}

function titleBytes(docs: readonly IndexedDoc[]): Uint8Array {
  return packText(docs.map((d) => d.title).join(SEP));
}

/** The fingerprints as bytes, when they are all SHA-256 hex (else they are a column). */
function fingerprintBytes(docs: readonly IndexedDoc[]): Uint8Array {
  if (!docs.every((d) => HEX_FINGERPRINT.test(d.fingerprint))) return new Uint8Array(0);
  return Buffer.from(docs.map((d) => d.fingerprint).join(''), 'hex');
}

function fromColumns(columns: DocColumns, titles: Uint8Array, fingerprints: Uint8Array): IndexedDoc[] {
  const hex = Buffer.from(fingerprints.buffer, fingerprints.byteOffset, fingerprints.length);
  const split = (column: string) => (columns.count ? column.split(SEP) : []);
  const [id, title, date, lang, fingerprint] = [
    columns.id,
    unpackText(titles),
    columns.date,
    columns.lang,
    columns.fingerprint,
  ].map(split);
  return id!.map((docId, i) => ({
    id: docId,
    title: title![i]!,
    outlet: columns.outlets[columns.outlet[i]!] || undefined,
    date: date![i] || undefined,
    lang: lang![i] as IndexedDoc['lang'],
    folder: columns.folders[columns.folder[i]!] || undefined,
    fingerprint: hex.length ? hex.toString('hex', i * 32, i * 32 + 32) : fingerprint![i]!,
  }));
}

// Written in this order: four-byte arrays first, then byte arrays, so every view stays aligned.
type ArrayName =
  | 'termBlockStart'
  | 'termPostingsStart'
  | 'keyBlockStart'
  | 'keyListStart'
  | 'docLen'
  | 'textStart'
  | 'termBlocks'
  | 'postings'
  | 'keyBlocks'
  | 'keyTerms'
  | 'textDictionary'
  | 'titles'
  | 'fingerprints';

/** A document's text for the file: already compressed (copied from the previous file as is) or plain. */
export type FileText = { blob: Uint8Array } | { text: string };

/**
 * A deflate dictionary for a corpus: its most common words (by the bytes they take), the
 * commonest last, where deflate finds them cheapest. Documents of a few KB compress ~10% smaller.
 */
export function textDictionary(texts: Iterable<string>): Uint8Array {
  const weight = new Map<string, number>();
  let sampled = 0;
  for (const text of texts) {
    for (const word of text.split(/\s+/)) if (word.length > 1) weight.set(word, (weight.get(word) ?? 0) + word.length);
    if ((sampled += text.length) > DICTIONARY_SAMPLE_CHARS) break;
  }
  const common = [...weight].filter(([, w]) => w > 8).sort((a, b) => b[1] - a[1]);
  const chosen: string[] = [];
  let bytes = 0;
  for (const [word] of common) {
    bytes += packText(word).length + 1;
    if (bytes > DICTIONARY_BYTES) break;
    chosen.push(word);
  }
  return packText(chosen.reverse().join(' '));
}

export async function writeIndexFile(
  path: string,
  header: { format: number; analyzer: string; docs: readonly IndexedDoc[] },
  segment: CompactSegment,
  dictionary: Uint8Array,
  texts: (docNum: number) => FileText,
): Promise<void> {
  const count = header.docs.length;
  const blobs: Uint8Array[] = new Array<Uint8Array>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const docNum = next++;
      const text = texts(docNum);
      blobs[docNum] = 'blob' in text ? text.blob : await deflate(packText(text.text), { dictionary });
    }
  };
  await Promise.all(Array.from({ length: COMPRESSING }, worker));
  const textStart = new Uint32Array(count + 1);
  blobs.forEach((blob, i) => (textStart[i + 1] = textStart[i]! + blob.length));
  const arrays: Record<ArrayName, Uint8Array | Uint32Array> = {
    termBlockStart: segment.terms.parts.blockStart,
    termPostingsStart: segment.terms.parts.dataStart,
    keyBlockStart: segment.keys.parts.blockStart,
    keyListStart: segment.keys.parts.dataStart,
    docLen: segment.docLen,
    textStart,
    termBlocks: segment.terms.parts.blocks,
    postings: segment.postings,
    keyBlocks: segment.keys.parts.blocks,
    keyTerms: segment.keyTerms,
    textDictionary: dictionary,
    titles: titleBytes(header.docs),
    fingerprints: fingerprintBytes(header.docs),
  };
  const counts = { termCount: segment.terms.count, keyCount: segment.keys.count };
  await writeArrayFile(path, { ...header, ...counts, docs: toColumns(header.docs) }, arrays, [Buffer.concat(blobs)]);
}

export interface LoadedIndex {
  header: { format: number; analyzer: string; docs: IndexedDoc[] };
  segment: CompactSegment;
  texts: TextsFile;
}

/** The index file, or null when it is of another format or analyzer (to be rebuilt). */
export async function readIndexFile(path: string, analyzer: string): Promise<LoadedIndex | null> {
  const file = await readArrayFile<IndexHeader>(path, 'search index file');
  const { header } = file;
  if (header.format !== INDEX_FORMAT || header.analyzer !== analyzer) return null;
  const u32 = (name: ArrayName) => file.view(header.arrays[name], Uint32Array, name);
  const u8 = (name: ArrayName) => file.view(header.arrays[name], Uint8Array, name);
  const textStart = u32('textStart');
  const count = header.docs.count;
  if (textStart.length !== count + 1 || textStart[count] !== file.tail.length) {
    throw new Error('search index file is truncated (texts)');
  }
  return {
    header: {
      format: header.format,
      analyzer: header.analyzer,
      docs: fromColumns(header.docs, u8('titles'), u8('fingerprints')),
    },
    segment: {
      terms: new PackedTerms({
        count: header.termCount,
        blocks: u8('termBlocks'),
        blockStart: u32('termBlockStart'),
        dataStart: u32('termPostingsStart'),
      }),
      postings: u8('postings'),
      keys: new PackedTerms({
        count: header.keyCount,
        blocks: u8('keyBlocks'),
        blockStart: u32('keyBlockStart'),
        dataStart: u32('keyListStart'),
      }),
      keyTerms: u8('keyTerms'),
      docLen: u32('docLen'),
    },
    texts: new TextsFile(path, file.tail.offset, textStart, u8('textDictionary')),
  };
}

/** Reads documents' texts from the index file's tail on demand (a few KB per search hit). */
export class TextsFile implements TextSource {
  #fd: number;
  /** Texts of documents added since the file was written, by document number. */
  readonly extra = new Map<number, string>();

  constructor(
    path: string,
    private readonly offset: number,
    private readonly starts: Uint32Array,
    readonly dictionary: Uint8Array,
  ) {
    this.#fd = openSync(path, 'r');
  }

  /** The compressed text of a document in the file (for copying into the next file as it is). */
  blob(docNum: number): Uint8Array {
    const start = this.starts[docNum]!;
    const buffer = Buffer.alloc(this.starts[docNum + 1]! - start);
    readSync(this.#fd, buffer, 0, buffer.length, this.offset + start);
    return buffer;
  }

  inFile(docNum: number): boolean {
    return docNum < this.starts.length - 1;
  }

  text(docNum: number): string {
    const live = this.extra.get(docNum);
    if (live !== undefined) return live;
    if (!this.inFile(docNum)) return '';
    return decompressText(this.blob(docNum), this.dictionary);
  }

  close(): void {
    closeSync(this.#fd);
  }
}
