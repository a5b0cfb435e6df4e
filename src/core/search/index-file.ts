// The search index's cache files, beside the store: derived data, rebuilt when
// missing, stale or unreadable. index.bin holds a JSON header and the compact
// segment's typed arrays (loaded as views, no parsing); texts.bin holds every
// document's plain text in UTF-16, read a window at a time for snippets.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { readArrayFile, writeArrayFile, writeAtomically, type ArrayPlaces } from '../array-file';
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
  arrays: ArrayPlaces<ArrayName>;
}

const ARRAY_NAMES = ['termStart', 'postDoc', 'postTf', 'postPos', 'positions'] as const;
type ArrayName = (typeof ARRAY_NAMES)[number];

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
  const arrays = Object.fromEntries(ARRAY_NAMES.map((name) => [name, segment[name]])) as Record<ArrayName, Uint32Array>;
  await writeArrayFile(indexPath, { ...header, terms: segment.terms, textRanges, buildId }, arrays);
  return textRanges;
}

export async function readIndexFile(indexPath: string): Promise<{ header: IndexHeader; segment: CompactSegment }> {
  const { header, view: viewOf } = await readArrayFile<IndexHeader>(indexPath, 'search index file');
  const view = (name: ArrayName) => viewOf(header.arrays[name], Uint32Array, name);
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
