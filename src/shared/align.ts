// Paragraph alignment for side-by-side reading, by length, as sentence aligners
// do (Gale & Church 1993): a translation's paragraphs run about as long as the
// original's, scaled by the languages' length ratio. A dynamic programme picks
// the cheapest sequence of beads (1–1, 1–2, 2–1, 1–0, 0–1); pinned pairs split
// the documents into segments aligned independently, so pins always hold.
import type { PinPair } from './types';

export interface Alignment {
  /** For each left paragraph, the right paragraph level with it. */
  leftToRight: Int32Array;
  /** For each right paragraph, the left paragraph level with it. */
  rightToLeft: Int32Array;
}

const BEADS: [number, number, number][] = [
  // [left paragraphs, right paragraphs, penalty]
  [1, 1, 0],
  [1, 2, 2.3],
  [2, 1, 2.3],
  [1, 0, 4.6],
  [0, 1, 4.6],
];
const VARIANCE = 6.8;

function alignSegment(left: number[], right: number[], l0: number, r0: number, out: Alignment): void {
  const n = left.length;
  const m = right.length;
  if (!n || !m) {
    // Nothing to pair with between two pins: face the pinned paragraph before.
    for (let i = 0; i < n; i++) out.leftToRight[l0 + i] = Math.max(0, r0 - 1);
    for (let j = 0; j < m; j++) out.rightToLeft[r0 + j] = Math.max(0, l0 - 1);
    return;
  }
  const ratio =
    right.reduce((a, b) => a + b, 0) /
    Math.max(
      1,
      left.reduce((a, b) => a + b, 0),
    );
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  const back = new Int8Array((n + 1) * (m + 1)).fill(-1);
  const at = (i: number, j: number) => i * (m + 1) + j;
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[at(i, j)]!;
      if (here === Infinity) continue;
      BEADS.forEach(([a, b, penalty], k) => {
        if (i + a > n || j + b > m) return;
        let la = 0;
        let lb = 0;
        for (let x = 0; x < a; x++) la += left[i + x]!;
        for (let y = 0; y < b; y++) lb += right[j + y]!;
        const expected = la * ratio;
        const delta = (expected - lb) ** 2 / (VARIANCE * (expected + lb + 1));
        const total = here + penalty + delta;
        if (total < cost[at(i + a, j + b)]!) {
          cost[at(i + a, j + b)] = total;
          back[at(i + a, j + b)] = k;
        }
      });
    }
  }
  // Walk back: each bead's paragraphs face each other's first.
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [a, b] = BEADS[back[at(i, j)]!]!;
    const li = i - a;
    const rj = j - b;
    // Within a bead the k-th paragraph faces the k-th (or the last) of the other side's;
    // a paragraph with no counterpart faces the next one there.
    for (let x = 0; x < a; x++) out.leftToRight[l0 + li + x] = r0 + Math.min(rj + Math.min(x, Math.max(0, b - 1)), m - 1);
    for (let y = 0; y < b; y++) out.rightToLeft[r0 + rj + y] = l0 + Math.min(li + Math.min(y, Math.max(0, a - 1)), n - 1);
    i = li;
    j = rj;
  }
}

/** Aligns two documents' paragraphs given their lengths (characters) and the user's pins. */
export function alignParagraphs(leftLengths: number[], rightLengths: number[], pins: PinPair[] = []): Alignment {
  const out: Alignment = {
    leftToRight: new Int32Array(leftLengths.length),
    rightToLeft: new Int32Array(rightLengths.length),
  };
  const anchors = pins
    .filter(([l, r]) => l < leftLengths.length && r < rightLengths.length)
    .sort((a, b) => a[0] - b[0])
    .filter((p, i, all) => i === 0 || (p[0] > all[i - 1]![0] && p[1] > all[i - 1]![1]));
  let l0 = 0;
  let r0 = 0;
  for (const [l, r] of [...anchors, [leftLengths.length, rightLengths.length] as PinPair]) {
    alignSegment(leftLengths.slice(l0, l), rightLengths.slice(r0, r), l0, r0, out);
    if (l < leftLengths.length) {
      out.leftToRight[l] = r;
      out.rightToLeft[r] = l;
    }
    l0 = l + 1;
    r0 = r + 1;
  }
  return out;
}
