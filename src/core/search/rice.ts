// Rice codes for the index's positions: a gap g with parameter k is g >> k in unary
// (that many 1 bits, then a 0) and its low k bits, most significant bit first. One k per
// word, chosen for its gaps when the segment is written: positions in real text are
// a few hundred words apart and take ~9 bits here against 8 or 16 as byte varints
// (a quarter fewer bytes). They are read only for phrases and merges, so the bit
// reading stays off the hot loop of single-word queries, which reads the postings.

/** Unary runs this long are cut: what follows is the gap's bit length (5 bits, minus one), then its bits. */
const ESCAPE = 24;
const MAX_K = 20;

/** The parameter that codes these gaps in the fewest bits. */
export function riceParameter(gaps: ArrayLike<number>, count = gaps.length): number {
  if (!count) return 0;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += gaps[i]!;
  const guess = Math.max(0, Math.min(MAX_K, Math.floor(Math.log2((sum / count) * Math.LN2 + 1))));
  let best = guess;
  let bestBits = Infinity;
  for (let k = Math.max(0, guess - 1); k <= Math.min(MAX_K, guess + 1); k++) {
    let bits = 0;
    for (let i = 0; i < count; i++) bits += riceBits(gaps[i]!, k);
    if (bits < bestBits) [best, bestBits] = [k, bits];
  }
  return best;
}

function riceBits(gap: number, k: number): number {
  const q = gap >>> k;
  return q < ESCAPE ? q + 1 + k : ESCAPE + 5 + bitLength(gap);
}

function bitLength(value: number): number {
  return value ? Math.floor(Math.log2(value)) + 1 : 1;
}

/** Writes bits, most significant first, into a growing buffer. */
export class BitWriter {
  #bytes = new Uint8Array(256);
  #length = 0;
  #acc = 0;
  #used = 0;

  /** Writes the low `count` bits of value (count up to 32). */
  bits(value: number, count: number): void {
    if (count > 16) {
      this.bits(Math.floor(value / 65536), count - 16);
      this.bits(value & 0xffff, 16);
      return;
    }
    this.#acc = (this.#acc << count) | (value & ((1 << count) - 1));
    this.#used += count;
    while (this.#used >= 8) {
      this.#used -= 8;
      if (this.#length === this.#bytes.length) {
        const grown = new Uint8Array(this.#bytes.length * 2);
        grown.set(this.#bytes);
        this.#bytes = grown;
      }
      this.#bytes[this.#length++] = (this.#acc >>> this.#used) & 0xff;
    }
    this.#acc &= (1 << this.#used) - 1;
  }

  rice(gap: number, k: number): void {
    const q = gap >>> k;
    if (q < ESCAPE) {
      // q ones and a zero, then the low k bits: most codes in one write.
      const low = gap & ((1 << k) - 1);
      if (q + 1 + k <= 16) this.bits((((1 << q) - 1) << (k + 1)) | low, q + 1 + k);
      else {
        this.bits(((1 << q) - 1) * 2, q + 1);
        if (k) this.bits(low, k);
      }
    } else {
      this.bits((1 << ESCAPE) - 1, ESCAPE);
      const length = bitLength(gap);
      this.bits(length - 1, 5);
      this.bits(gap, length);
    }
  }

  /** The bits written, the last byte padded with zeros; the writer is emptied for the next list. */
  take(): Uint8Array {
    if (this.#used) this.bits(0, 8 - this.#used);
    const out = this.#bytes.slice(0, this.#length);
    this.#length = 0;
    return out;
  }
}

/** Reads Rice codes from `bytes` at bit `bit`; one reader is reused for many lists. */
export class BitReader {
  bit = 0;

  constructor(readonly bytes: Uint8Array) {}

  /** The 32 bits from bit `at` (zeros past the end). */
  #window(at: number): number {
    const bytes = this.bytes;
    const b = at >>> 3;
    return ((bytes[b]! << 24) | (bytes[b + 1]! << 16) | (bytes[b + 2]! << 8) | bytes[b + 3]!) << (at & 7);
  }

  /** Passes over `count` codes without working out their values. */
  skip(k: number, count: number): void {
    let at = this.bit;
    for (let i = 0; i < count; i++) {
      const q = Math.clz32(~this.#window(at));
      if (q < ESCAPE) at += q + 1 + k;
      else at += ESCAPE + 5 + (this.#window(at + ESCAPE) >>> 27) + 1;
    }
    this.bit = at;
  }

  rice(k: number): number {
    let at = this.bit;
    const q = Math.clz32(~this.#window(at));
    if (q < ESCAPE) {
      at += q + 1;
      this.bit = at + k;
      // q < 24 and k ≤ 20: q << k fits 31 bits. (x >>> 32 would be x: k = 0 apart.)
      return k ? (q << k) | (this.#window(at) >>> (32 - k)) : q;
    }
    at += ESCAPE;
    const length = (this.#window(at) >>> 27) + 1;
    at += 5;
    const high = length > 16 ? this.#window(at) >>> (48 - length) : 0;
    if (length > 16) at += length - 16;
    const lowBits = Math.min(length, 16);
    const low = this.#window(at) >>> (32 - lowBits);
    this.bit = at + lowBits;
    return high * 65536 + low;
  }
}
