// MinHash signatures of a text's word shingles: a few dozen numbers per document
// whose agreement estimates the Jaccard overlap of two texts, so copies of one
// agency story are found among thousands of articles without comparing texts.
// Banding them (locality-sensitive hashing) finds every group of copies at once.

/** Hash functions per signature; bands × rows. */
export const MINHASH_SIZE = 64;
const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;

// Fixed odd multipliers and offsets (a splitmix-style sequence), so signatures saved today match tomorrow's.
const MULTIPLIERS = new Uint32Array(MINHASH_SIZE);
const OFFSETS = new Uint32Array(MINHASH_SIZE);
{
  let seed = 0x9e3779b9;
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let z = seed;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  };
  for (let i = 0; i < MINHASH_SIZE; i++) {
    MULTIPLIERS[i] = next() | 1;
    OFFSETS[i] = next();
  }
}

/** Writes the signature of a set of 32-bit shingle hashes into out[at .. at + MINHASH_SIZE). */
export function minhashInto(hashes: Iterable<number>, out: Uint32Array, at: number): void {
  out.fill(0xffffffff, at, at + MINHASH_SIZE);
  for (const x of hashes) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      let h = Math.imul(x, MULTIPLIERS[i]!) + OFFSETS[i]!;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = (h ^ (h >>> 13)) >>> 0; // unsigned, or a negative int would always be the minimum
      if (h < out[at + i]!) out[at + i] = h;
    }
  }
}

/** Estimated Jaccard overlap of documents a and b: the share of hash functions on which they agree. */
export function estimatedJaccard(signatures: Uint32Array, a: number, b: number): number {
  let same = 0;
  const x = a * MINHASH_SIZE;
  const y = b * MINHASH_SIZE;
  for (let i = 0; i < MINHASH_SIZE; i++) if (signatures[x + i] === signatures[y + i]) same++;
  return same / MINHASH_SIZE;
}

/** Pairs of documents sharing a whole band: the candidates for near-duplicates (each pair once). */
export function candidatePairs(signatures: Uint32Array, count: number, skip: (doc: number) => boolean): [number, number][] {
  const pairs = new Set<number>();
  const out: [number, number][] = [];
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    for (let doc = 0; doc < count; doc++) {
      if (skip(doc)) continue;
      const from = doc * MINHASH_SIZE + band * ROWS;
      const key = signatures.subarray(from, from + ROWS).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(doc);
      else buckets.set(key, [doc]);
    }
    for (const bucket of buckets.values()) {
      for (let i = 1; i < bucket.length; i++) {
        for (let j = 0; j < i; j++) {
          const key = bucket[j]! * count + bucket[i]!;
          if (pairs.has(key)) continue;
          pairs.add(key);
          out.push([bucket[j]!, bucket[i]!]);
        }
      }
    }
  }
  return out;
}
