// Two documents read side by side are one pair, whichever side each is on: the
// app keeps a pair's pins once, under one key, in one canonical order.
import type { PinPair } from './types';

export interface CanonicalPair {
  /** The pair in canonical order (the smaller id first). */
  first: string;
  second: string;
  /** True when the caller's left document is the canonical second. */
  flipped: boolean;
  /** The key pins are kept under: "first|second". */
  key: string;
}

export function canonicalPair(left: string, right: string): CanonicalPair {
  const flipped = right < left;
  const [first, second] = flipped ? [right, left] : [left, right];
  return { first, second, flipped, key: `${first}|${second}` };
}

/** The pair's key, the same for (a, b) and (b, a). */
export function pairKey(left: string, right: string): string {
  return canonicalPair(left, right).key;
}

/** Pins seen from the other side: [left, right] becomes [right, left]. */
export function flipPins(pins: readonly PinPair[]): PinPair[] {
  return pins.map(([a, b]) => [b, a]);
}
