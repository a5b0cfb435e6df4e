// Where the reader is: each document's reading position, and the pins that hold
// two documents' paragraph alignment in place. Pins are kept once per pair, in
// canonical order (shared/pairs.ts), and handed back in the caller's order.
import { UserError } from '../../shared/errors';
import { canonicalPair, flipPins } from '../../shared/pairs';
import type { PinPair } from '../../shared/types';
import type { LibraryFile } from '../store/library-file';

/** True when pins, sorted by their left paragraph, are in reading order on both sides, one per paragraph. */
export function isMonotone(sorted: readonly PinPair[]): boolean {
  return sorted.every((p, i) => i === 0 || (p[0] !== sorted[i - 1]![0] && p[1] > sorted[i - 1]![1]));
}

export class ReadingStateService {
  constructor(private readonly libraryFile: LibraryFile) {}

  async savePosition(id: string, offset: number): Promise<{ offset: number }> {
    if (!this.libraryFile.data.documents.some((d) => d.id === id))
      throw new UserError(`No document with id "${id}" in the library`);
    await this.libraryFile.update((data) => {
      data.positions = { ...data.positions, [id]: offset };
    });
    return { offset };
  }

  /** The pair's pins as [left paragraph, right paragraph], whichever order the ids come in. */
  getPins(left: string, right: string): PinPair[] {
    const pair = canonicalPair(left, right);
    const pins = this.libraryFile.data.pairs[pair.key] ?? [];
    return pair.flipped ? flipPins(pins) : [...pins];
  }

  /** Replaces the pair's pins; they must be monotone (one per paragraph, in the same order on both sides). */
  async savePins(left: string, right: string, pins: readonly PinPair[]): Promise<PinPair[]> {
    const pair = canonicalPair(left, right);
    const sorted = (pair.flipped ? flipPins(pins) : [...pins]).sort((a, b) => a[0] - b[0]);
    if (!isMonotone(sorted)) throw new UserError('Pinned paragraphs must follow the same order on both sides');
    await this.libraryFile.update((data) => {
      data.pairs = { ...data.pairs, [pair.key]: sorted };
    });
    return pair.flipped ? flipPins(sorted) : sorted;
  }
}
