// The search index's cache files, beside the store: derived data, rebuilt when
// missing, stale or unreadable. index.bin holds a JSON header and the compact
// segment's typed arrays (loaded as views, no parsing); texts.bin holds every
// document's plain text in UTF-16, read a window at a time for snippets.
import { closeSync, openSync, readSync } from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import type { CompactSegment, IndexedDoc, TextSource } from './search-index';

export const INDEX_FORMAT = 1;

export interface IndexHeader {
  format: number;
  /** Bumped when tokenising or normalising changes, so old caches are rebuilt. */
  analyzer: string;
  docs: IndexedDoc[];
  docLen: number[];
  /** Per document: [offset, length] in UTF-16 code units inside texts.bin. */
  textRanges: [number, number][];
  terms: string[];
  arrays: Record<'termStart' | 'postDoc' | 'postTf' | 'postPos' | 'positions', [number, number]>;
}

const ARRAY_NAMES = ['termStart', 'postDoc', 'postTf', 'postPos', 'positions'] as const;

async function writeDurably(path: string, chunks: Uint8Array[]): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    for (const chunk of chunks) await handle.write(chunk);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
}

export async function writeIndexFiles(
  indexPath: string,
  textsPath: string,
  header: Omit<IndexHeader, 'arrays' | 'terms' | 'textRanges'>,
  segment: CompactSegment,
  texts: string[],
): Promise<[number, number][]> {
  const textRanges: [number, number][] = [];
  let offset = 0;
  for (const text of texts) {
    textRanges.push([offset, text.length]);
    offset += text.length;
  }
  await writeDurably(
    textsPath,
    texts.map((t) => Buffer.from(t, 'utf16le')),
  );
  const arrays = {} as IndexHeader['arrays'];
  let byteOffset = 0;
  for (const name of ARRAY_NAMES) {
    arrays[name] = [byteOffset, segment[name].length];
    byteOffset += segment[name].byteLength;
  }
  const json = Buffer.from(JSON.stringify({ ...header, terms: segment.terms, textRanges, arrays }), 'utf8');
  // 8-byte length prefix, then the header padded to a multiple of 8 so the arrays are aligned.
  const padded = Math.ceil(json.length / 8) * 8;
  const prefix = Buffer.alloc(8);
  prefix.writeUInt32LE(padded, 0);
  const chunks: Uint8Array[] = [prefix, json, Buffer.alloc(padded - json.length, 0x20)];
  for (const name of ARRAY_NAMES)
    chunks.push(new Uint8Array(segment[name].buffer, segment[name].byteOffset, segment[name].byteLength));
  await writeDurably(indexPath, chunks);
  return textRanges;
}

export async function readIndexFile(indexPath: string): Promise<{ header: IndexHeader; segment: CompactSegment }> {
  const file = await readFile(indexPath);
  const headerLength = file.readUInt32LE(0);
  const header = JSON.parse(file.subarray(8, 8 + headerLength).toString('utf8')) as IndexHeader;
  // Copy into an 8-aligned buffer: readFile's Buffer may sit at any offset of a shared pool.
  const body = new Uint8Array(file.length - 8 - headerLength);
  body.set(file.subarray(8 + headerLength));
  const view = (name: (typeof ARRAY_NAMES)[number]) => {
    const [offset, length] = header.arrays[name];
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
    readSync(this.#fd, buffer, 0, buffer.length, range[0] * 2);
    return buffer.toString('utf16le');
  }

  close(): void {
    closeSync(this.#fd);
  }
}
