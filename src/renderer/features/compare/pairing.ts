// What each pane shows of a comparison: each paragraph's counterparts and how strong the
// match is, the paragraphs only one report has, and the chain linked scrolling follows.
import type { Comparison } from '../../../shared/comparison';
import type { PinPair } from '../../../shared/types';
import type { BlockMatches } from '../../components/DocumentText';

/** What one pane shows: each paragraph's counterparts (strongest first, with the best score) and the unmatched. */
export type SideMatches = BlockMatches;

/** Each side's view of the pairs: left blocks → right blocks, and the reverse. */
export function sideMatches(comparison: Comparison): [SideMatches, SideMatches] {
  const sides: [SideMatches, SideMatches] = [
    { matches: new Map(), onlyHere: new Set(comparison.onlyLeft) },
    { matches: new Map(), onlyHere: new Set(comparison.onlyRight) },
  ];
  const sorted = [...comparison.pairs].sort((a, b) => b.score - a.score);
  for (const pair of sorted) {
    const add = (side: 0 | 1, from: number, to: number) => {
      const known = sides[side].matches.get(from);
      if (known) known.to.push(to);
      else sides[side].matches.set(from, { to: [to], score: pair.score });
    };
    add(0, pair.left, pair.right);
    add(1, pair.right, pair.left);
  }
  return sides;
}

/**
 * The anchors linked scrolling holds to: the user's pins always, then the chain's matches
 * that keep both documents' order with every pin (a pin overrides any match it crosses).
 */
export function anchorsWithPins(chain: [number, number][], pins: PinPair[]): PinPair[] {
  const crosses = ([l, r]: [number, number], [pl, pr]: PinPair) => l === pl || r === pr || l < pl !== r < pr;
  const kept = chain.filter((pair) => !pins.some((pin) => crosses(pair, pin)));
  return [...pins, ...kept].sort((a, b) => a[0] - b[0]);
}
