// Variable-length integers (7 bits a byte, low first) for the index's compressed
// postings, positions and lists: most gaps between documents or positions fit one byte.

/** A growing byte buffer written varint by varint. */
export class ByteWriter {
  #bytes = new Uint8Array(1 << 12);
  length = 0;

  #room(bytes: number): void {
    if (this.length + bytes <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.length + bytes));
    grown.set(this.#bytes.subarray(0, this.length));
    this.#bytes = grown;
  }

  varint(value: number): void {
    this.#room(8);
    while (value >= 0x80) {
      this.#bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.#bytes[this.length++] = value;
  }

  /** Appends bytes as they are. */
  raw(bytes: Uint8Array): void {
    this.#room(bytes.length);
    this.#bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends what another writer holds. */
  append(other: ByteWriter): void {
    this.#room(other.length);
    this.#bytes.set(other.#bytes.subarray(0, other.length), this.length);
    this.length += other.length;
  }

  reset(): void {
    this.length = 0;
  }

  /** The bytes written, in a buffer of their own size. */
  bytes(): Uint8Array {
    return this.#bytes.slice(0, this.length);
  }
}

/** Reads varints from `bytes` starting at `at`; one reader is reused for many lists. */
export class VarintReader {
  at = 0;
  bytes: Uint8Array;

  constructor(bytes: Uint8Array, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }

  next(): number {
    const bytes = this.bytes;
    let byte = bytes[this.at++]!;
    if (byte < 0x80) return byte;
    // Up to four bytes by shifts (28 bits: within a small integer); longer ones by multiplying
    // (2 ** shift is a call to pow, the slowest part of decoding when it was used throughout).
    let value = byte & 0x7f;
    byte = bytes[this.at++]!;
    value |= (byte & 0x7f) << 7;
    if (byte < 0x80) return value;
    byte = bytes[this.at++]!;
    value |= (byte & 0x7f) << 14;
    if (byte < 0x80) return value;
    byte = bytes[this.at++]!;
    value |= (byte & 0x7f) << 21;
    if (byte < 0x80) return value;
    let scale = 2 ** 28;
    do {
      byte = bytes[this.at++]!;
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte >= 0x80);
    return value;
  }
}
