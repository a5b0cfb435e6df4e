// The similar-reports index's cache file, beside the store: derived data, rebuilt
// when missing, stale or unreadable. Like the search index's file, a JSON header
// (format, which document versions it covers, the term keys) then the typed
// arrays, aligned, loaded as views without parsing.
import { readArrayFile, writeArrayFile, type ArrayPlaces } from '../array-file';
import { MINHASH_SIZE } from './minhash';
import type { SimilarIndexData } from './similar-index';

/** Bump when the file's layout or the signatures' meaning (terms, weights, MinHash) changes. */
export const SIMILAR_FORMAT = 1;

const ARRAYS = {
  documentFrequency: Uint32Array,
  offsets: Uint32Array,
  termIds: Uint32Array,
  weights: Float32Array,
  minhash: Uint32Array,
  postingOffsets: Uint32Array,
  postingDocs: Uint32Array,
  postingWeights: Float32Array,
  // One byte an element: last, so every array before it stays 4-byte aligned.
  empty: Uint8Array,
} as const;
type ArrayName = keyof typeof ARRAYS;
const ARRAY_NAMES = Object.keys(ARRAYS) as ArrayName[];

export interface SimilarFileHeader {
  format: number;
  ids: string[];
  /** Fingerprint of the text each id was indexed from (parallel to ids). */
  fingerprints: string[];
  /** Documents the build tried but could not read, [id, fingerprint]: covered, so not retried at every start. */
  unread: [string, string][];
  terms: string[];
  arrays: ArrayPlaces<ArrayName>;
}

export type SimilarFileCover = Pick<SimilarFileHeader, 'fingerprints' | 'unread'>;

/** Writes the index through a temp file and a rename (no fsync: a torn file fails to load and is rebuilt). */
export async function writeSimilarFile(path: string, data: SimilarIndexData, cover: SimilarFileCover): Promise<void> {
  const arrays = {} as Record<ArrayName, Uint8Array | Uint32Array | Float32Array>;
  for (const name of ARRAY_NAMES) {
    const array = data[name];
    if (!array) throw new Error(`the similar index has no ${name}`);
    arrays[name] = array;
  }
  await writeArrayFile(path, { format: SIMILAR_FORMAT, ids: data.ids, ...cover, terms: data.terms }, arrays);
}

/** Reads a file written by writeSimilarFile: null for another format, throws when it is torn or not one. */
export async function readSimilarFile(path: string): Promise<{ header: SimilarFileHeader; data: SimilarIndexData } | null> {
  const { header, view: viewOf } = await readArrayFile<SimilarFileHeader>(path, 'similar index file');
  if (header.format !== SIMILAR_FORMAT) return null;
  const view = <N extends ArrayName>(name: N) =>
    viewOf(header.arrays[name], ARRAYS[name], name) as InstanceType<(typeof ARRAYS)[N]>;
  const data: Required<SimilarIndexData> = {
    ids: header.ids,
    terms: header.terms,
    documentFrequency: view('documentFrequency'),
    offsets: view('offsets'),
    termIds: view('termIds'),
    weights: view('weights'),
    minhash: view('minhash'),
    empty: view('empty'),
    postingOffsets: view('postingOffsets'),
    postingDocs: view('postingDocs'),
    postingWeights: view('postingWeights'),
  };
  checkShape(header, data);
  return { header, data };
}

/** The arrays agree with each other, so a damaged file can't index out of bounds later. */
function checkShape(header: SimilarFileHeader, data: Required<SimilarIndexData>): void {
  const n = data.ids.length;
  const terms = data.terms.length;
  const entries = data.termIds.length;
  const ok =
    header.fingerprints.length === n &&
    Array.isArray(header.unread) &&
    data.documentFrequency.length === terms &&
    data.offsets.length === n + 1 &&
    data.offsets[n] === entries &&
    data.weights.length === entries &&
    data.minhash.length === n * MINHASH_SIZE &&
    data.empty.length === n &&
    data.postingOffsets.length === terms + 1 &&
    data.postingOffsets[terms] === entries &&
    data.postingDocs.length === entries &&
    data.postingWeights.length === entries &&
    ascending(data.offsets) &&
    ascending(data.postingOffsets) &&
    below(data.termIds, terms) &&
    below(data.postingDocs, n);
  if (!ok) throw new Error('similar index file is damaged (its arrays disagree)');
}

function ascending(values: Uint32Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return true;
}

function below(values: Uint32Array, limit: number): boolean {
  for (let i = 0; i < values.length; i++) if (values[i]! >= limit) return false;
  return true;
}
