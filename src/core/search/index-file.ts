// The search index's cache files, beside the store: derived data, rebuilt when
// missing, stale or unreadable. index.bin holds a JSON header and the compact
// segment's typed arrays (loaded as views, no parsing); texts.bin holds every
// document's plain text in UTF-16, read a window at a time for snippets.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import type { CompactSegment, IndexedDoc, TextSource } from './search-index';

export const INDEX_FORMAT = 2;
/** texts.bin begins with the build id of the index it belongs to (32 ASCII hex characters). */
export const BUILD_ID_BYTES = 32;

export interface IndexHeader {
  format: number;
  /** Bumped when tokenising or normalising changes, so old caches are rebuilt. */
  analyzer: string;
  docs: IndexedDoc[];
  docLen: number[];
  /** Per document: [offset, length] in UTF-16 code units inside texts.bin. */
  textRanges: [number, number][];
  /** Written at the start of texts.bin too: a crash between the two renames can't pair mismatched files. */
  buildId: string;
  terms: string[];
  arrays: Record<'termStart' | 'postDoc' | 'postTf' | 'postPos' | 'positions', [number, number]>;
}

const ARRAY_NAMES = ['termStart', 'postDoc', 'postTf', 'postPos', 'positions'] as const;

/**
 * Temp file and rename, without fsync: the cache is derived data, and a file torn by a crash
 * fails to load (its header or sizes don't add up) and is rebuilt. Skipping the sync of
 * ~100 MB saves most of the write time.
 */
async function writeAtomically(path: string, chunks: Uint8Array[]): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    for (const chunk of chunks) await handle.write(chunk);
  } finally {
    await handle.close();
  }
  await rename(temp, path);
}

export async function writeIndexFiles(
  indexPath: string,
  textsPath: string,
  header: Omit<IndexHeader, 'arrays' | 'terms' | 'textRanges' | 'buildId'>,
  segment: CompactSegment,
  texts: string[],
): Promise<[number, number][]> {
  const textRanges: [number, number][] = [];
  let offset = 0;
  for (const text of texts) {
    textRanges.push([offset, text.length]);
    offset += text.length;
  }
  const buildId = randomBytes(BUILD_ID_BYTES / 2).toString('hex');
  await writeAtomically(textsPath, [Buffer.from(buildId, 'ascii'), ...texts.map((t) => Buffer.from(t, 'utf16le'))]);
  const arrays = {} as IndexHeader['arrays'];
  let byteOffset = 0;
  for (const name of ARRAY_NAMES) {
    arrays[name] = [byteOffset, segment[name].length];
    byteOffset += segment[name].byteLength;
  }
  const json = Buffer.from(JSON.stringify({ ...header, terms: segment.terms, textRanges, buildId, arrays }), 'utf8');
  // 8-byte length prefix, then the header padded to a multiple of 8 so the arrays are aligned.
  const padded = Math.ceil(json.length / 8) * 8;
  const prefix = Buffer.alloc(8);
  prefix.writeUInt32LE(padded, 0);
  const chunks: Uint8Array[] = [prefix, json, Buffer.alloc(padded - json.length, 0x20)];
  for (const name of ARRAY_NAMES)
    chunks.push(new Uint8Array(segment[name].buffer, segment[name].byteOffset, segment[name].byteLength));
  await writeAtomically(indexPath, chunks);
  return textRanges;
}

export async function readIndexFile(indexPath: string): Promise<{ header: IndexHeader; segment: CompactSegment }> {
  const handle = await open(indexPath, 'r');
  let header: IndexHeader;
  let body: Uint8Array;
  try {
    const { size } = await handle.stat();
    const prefix = Buffer.alloc(8);
    await handle.read(prefix, 0, 8, 0);
    const headerLength = prefix.readUInt32LE(0);
    if (8 + headerLength > size) throw new Error('search index file is truncated (header)');
    const json = Buffer.alloc(headerLength);
    await handle.read(json, 0, headerLength, 8);
    header = JSON.parse(json.toString('utf8')) as IndexHeader;
    // Read the arrays straight into their own (aligned) buffer: no copy of tens of megabytes.
    body = new Uint8Array(size - 8 - headerLength);
    let offset = 0;
    while (offset < body.length) {
      const { bytesRead } = await handle.read(body, offset, body.length - offset, 8 + headerLength + offset);
      if (!bytesRead) break;
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
  const view = (name: (typeof ARRAY_NAMES)[number]) => {
    const [offset, length] = header.arrays[name];
    if (offset + length * 4 > body.length) throw new Error(`search index file is truncated (${name})`);
    return new Uint32Array(body.buffer, offset, length);
  };
  return {
    header,
    segment: {
      terms: header.terms,
      termStart: view('termStart'),
      postDoc: view('postDoc'),
      postTf: view('postTf'),
      postPos: view('postPos'),
      positions: view('positions'),
    },
  };
}

/** Reads documents' texts from texts.bin on demand (a few KB per search hit). */
export class TextsFile implements TextSource {
  #fd: number;

  constructor(
    path: string,
    private readonly ranges: [number, number][],
    private readonly extra: Map<number, string>,
  ) {
    this.#fd = openSync(path, 'r');
  }

  text(docNum: number): string {
    const live = this.extra.get(docNum);
    if (live !== undefined) return live;
    const range = this.ranges[docNum];
    if (!range) return '';
    const buffer = Buffer.alloc(range[1] * 2);
    readSync(this.#fd, buffer, 0, buffer.length, BUILD_ID_BYTES + range[0] * 2);
    return buffer.toString('utf16le');
  }

  close(): void {
    closeSync(this.#fd);
  }
}

/** The build id at the start of a texts file. */
export function textsBuildId(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(BUILD_ID_BYTES);
    readSync(fd, buffer, 0, BUILD_ID_BYTES, 0);
    return buffer.toString('ascii');
  } finally {
    closeSync(fd);
  }
}
