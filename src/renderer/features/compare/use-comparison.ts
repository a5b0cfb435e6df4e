// The open pair's comparison, and what the panes make of it: the alignment linked
// scrolling follows (the chain of content matches with the user's pins, length
// alignment between them) and each side's matches for the gutter.
import { useEffect, useMemo } from 'react';
import { alignParagraphs, type Alignment } from '../../../shared/align';
import type { Comparison } from '../../../shared/comparison';
import type { DocumentView, PinPair } from '../../../shared/types';
import { compareStore, comparisonOf, loadComparison } from '../../stores/compare-store';
import { anchorsWithPins, sideMatches, type SideMatches } from './pairing';

export interface PairView {
  comparison: Comparison | undefined;
  loading: boolean;
  error: string | undefined;
  alignment: Alignment | null;
  sides: [SideMatches, SideMatches] | null;
}

export function useComparison(
  left: string,
  right: string | null,
  leftDoc: DocumentView | undefined,
  rightDoc: DocumentView | undefined,
  pins: PinPair[],
): PairView {
  const entry = compareStore.use((s) => (right ? comparisonOf(s, left, right) : undefined));
  // A document re-read from disk is a new object: compare again.
  useEffect(() => {
    if (right && leftDoc && rightDoc) void loadComparison(left, right, true);
  }, [left, right, leftDoc, rightDoc]);
  const comparison = entry?.comparison;

  const alignment = useMemo(() => {
    if (!leftDoc || !rightDoc) return null;
    const lengths = (blocks: { start: number; end: number }[]) => blocks.map((b) => b.end - b.start);
    // Pins always hold; the content chain fills in between; length alignment between its anchors.
    const anchors = comparison ? anchorsWithPins(comparison.chain, pins) : pins;
    return alignParagraphs(lengths(leftDoc.blocks), lengths(rightDoc.blocks), anchors);
  }, [leftDoc, rightDoc, pins, comparison]);

  const sides = useMemo(() => (comparison ? sideMatches(comparison) : null), [comparison]);
  return { comparison, loading: entry?.status === 'loading', error: entry?.error, alignment, sides };
}
