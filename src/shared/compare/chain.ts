// Linked scrolling needs one order-keeping path through the matches, while the
// matches themselves may cross. The heaviest such path is a weighted longest
// increasing subsequence; the user's pins are always on it, and a match that
// crosses a pin is left off it (it is still shown as a match).
import type { PinPair } from '../types';

export interface ScoredPair {
  left: number;
  right: number;
  score: number;
}

/** Pins that keep both documents' order, in order (a pin crossing an earlier one is dropped, as alignParagraphs does). */
export function orderedPins(pins: PinPair[]): PinPair[] {
  return [...pins]
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .filter((p, i, all) => i === 0 || (p[0] > all[i - 1]![0] && p[1] > all[i - 1]![1]));
}

function compatible(pair: ScoredPair, pins: PinPair[]): boolean {
  return pins.every(([l, r]) => (pair.left < l && pair.right < r) || (pair.left > l && pair.right > r));
}

/** The heaviest chain of pairs strictly increasing on both sides, through every (consistent) pin. */
export function heaviestChain(pairs: ScoredPair[], pins: PinPair[] = []): [number, number][] {
  const anchors = orderedPins(pins);
  // Pins outweigh any number of matches, so the chain always goes through them.
  const pinWeight = 1 + pairs.reduce((sum, p) => sum + Math.max(0, p.score), 0);
  const items = [
    ...pairs.filter((p) => p.score > 0 && compatible(p, anchors)),
    ...anchors.map(([left, right]) => ({ left, right, score: pinWeight })),
  ].sort((a, b) => a.left - b.left || a.right - b.right);
  const best = new Float64Array(items.length);
  const previous = new Int32Array(items.length).fill(-1);
  let top = -1;
  for (let i = 0; i < items.length; i++) {
    best[i] = items[i]!.score;
    for (let j = 0; j < i; j++) {
      if (items[j]!.left < items[i]!.left && items[j]!.right < items[i]!.right && best[j]! + items[i]!.score > best[i]!) {
        best[i] = best[j]! + items[i]!.score;
        previous[i] = j;
      }
    }
    if (top < 0 || best[i]! > best[top]!) top = i;
  }
  const chain: [number, number][] = [];
  for (let i = top; i >= 0; i = previous[i]!) chain.push([items[i]!.left, items[i]!.right]);
  return chain.reverse();
}

/**
 * Linked scrolling from a chain, in the shape alignParagraphs gives (see align.ts): a chained block faces
 * its partner; a block between two links faces the block as far past the previous link's partner,
 * never past the next link's.
 */
export function alignmentFromChain(
  chain: [number, number][],
  leftCount: number,
  rightCount: number,
): { leftToRight: Int32Array; rightToLeft: Int32Array } {
  const face = (count: number, otherCount: number, links: [number, number][]) => {
    const out = new Int32Array(count);
    let k = -1;
    for (let i = 0; i < count; i++) {
      while (k + 1 < links.length && links[k + 1]![0] <= i) k++;
      const [from, to] = k >= 0 ? links[k]! : [-1, -1];
      const ceiling = k + 1 < links.length ? links[k + 1]![1] : otherCount;
      out[i] = Math.max(0, Math.min(to + (i - from), ceiling - 1, otherCount - 1));
    }
    return out;
  };
  return {
    leftToRight: face(leftCount, rightCount, chain),
    rightToLeft: face(
      rightCount,
      leftCount,
      chain.map(([l, r]) => [r, l]),
    ),
  };
}
