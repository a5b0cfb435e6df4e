// A cursor over one word's postings in a compact segment, document by document, for
// matching phrases a document at a time: each of the phrase's words walks its own
// postings, and positions are decoded only where every word occurs (the others are
// skipped over). Reads the layout SegmentWriter writes (see CompactSegment.postings):
// a change there changes this too.
import { readGaps, skipVarints, VarintReader } from './varint';

/** A cursor's document once its postings are all read (above every document number). */
export const DONE = 0x7fffffff;

/** Postings visited in document order: the current one's document, count and title flag, its positions on demand. */
export interface PhraseCursor {
  doc: number;
  tf: number;
  inTitle: boolean;
  /** Moves to the next posting (doc becomes DONE after the last). */
  next(): void;
  /** The current posting's positions, sorted (tf of them; in a reused buffer: read before moving on). */
  positions(): ArrayLike<number>;
}

export class PostingCursor implements PhraseCursor {
  doc = -1;
  tf = 0;
  inTitle = false;
  readonly #postings: VarintReader;
  readonly #bytes: Uint8Array;
  readonly #end: number;
  /** Where the current posting's positions (or the next one's) start. */
  #at: number;
  /** Positions of the current posting not read yet (skipped when moving on). */
  #unread = 0;
  #buffer = new Uint32Array(64);

  /** `at`: where the word's postings start; `end`: where they end (and its positions start). */
  constructor(bytes: Uint8Array, at: number, end: number) {
    this.#postings = new VarintReader(bytes, at);
    this.#bytes = bytes;
    this.#end = end;
    this.#at = end;
    this.next();
  }

  next(): void {
    if (this.#unread) this.#at = skipVarints(this.#bytes, this.#at, this.#unread);
    const r = this.#postings;
    if (r.at >= this.#end) {
      this.doc = DONE;
      this.#unread = 0;
      return;
    }
    const head = r.next();
    this.doc += Math.floor(head / 2) + 1;
    if (head % 2) {
      this.tf = 1;
      this.inTitle = false;
    } else {
      const packed = r.next();
      this.tf = packed >>> 1;
      this.inTitle = (packed & 1) === 1;
    }
    this.#unread = this.tf;
  }

  positions(): Uint32Array {
    const tf = this.tf;
    if (tf > this.#buffer.length) this.#buffer = new Uint32Array(tf * 2);
    this.#at = readGaps(this.#bytes, this.#at, tf, this.#buffer);
    this.#unread = 0;
    return this.#buffer;
  }
}

/** The same over a live-segment word's postings (documents in the order added, so ascending). */
export class LiveCursor implements PhraseCursor {
  doc = -1;
  tf = 0;
  inTitle = false;
  #current: number[] = [];
  readonly #entries: Iterator<[number, number[]]>;

  constructor(
    postings: Map<number, number[]>,
    private readonly titled: (doc: number) => boolean,
  ) {
    this.#entries = postings.entries();
    this.next();
  }

  next(): void {
    const step = this.#entries.next();
    if (step.done) {
      this.doc = DONE;
      return;
    }
    [this.doc, this.#current] = step.value;
    this.tf = this.#current.length;
    this.inTitle = this.titled(this.doc);
  }

  positions(): number[] {
    return this.#current;
  }
}
