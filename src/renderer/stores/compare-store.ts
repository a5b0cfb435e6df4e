// The open pair's comparison: which passages match, what differs, and which view is on.
// Fetched once per pair and kept while the pair is open; pins change the chain, so they refetch.
import type { Comparison, WordDiff } from '../../shared/comparison';
import { api } from '../api/client';
import { createStore } from './create-store';

export type ComparePanel = 'none' | 'differences';

interface CompareState {
  /** "left|right" as shown → its comparison. */
  byPair: Record<string, { status: 'loading' | 'ready' | 'error'; comparison?: Comparison; error?: string }>;
  diffs: Record<string, { status: 'loading' | 'ready' | 'error'; diff?: WordDiff; error?: string }>;
  panel: ComparePanel;
  /** The word-diff view replaces the two panes. */
  diffView: boolean;
  /** A difference the user jumped to, painted in both panes until another is chosen. */
  focused: number | null;
}

export const compareStore = createStore<CompareState>({ byPair: {}, diffs: {}, panel: 'none', diffView: false, focused: null });

const key = (left: string, right: string) => `${left}|${right}`;

export function comparisonOf(state: CompareState, left: string, right: string) {
  return state.byPair[key(left, right)];
}

export async function loadComparison(left: string, right: string, force = false): Promise<void> {
  const k = key(left, right);
  const known = compareStore.get().byPair[k];
  if (known && known.status !== 'error' && !force) return;
  compareStore.set((s) => ({ byPair: { ...s.byPair, [k]: { status: 'loading', comparison: known?.comparison } } }));
  try {
    const comparison = await api.compareDocuments({ left, right });
    compareStore.set((s) => ({ byPair: { ...s.byPair, [k]: { status: 'ready', comparison } } }));
  } catch (error) {
    compareStore.set((s) => ({ byPair: { ...s.byPair, [k]: { status: 'error', error: (error as Error).message } } }));
  }
}

export async function loadWordDiff(left: string, right: string): Promise<void> {
  const k = key(left, right);
  if (compareStore.get().diffs[k]?.status === 'ready') return;
  compareStore.set((s) => ({ diffs: { ...s.diffs, [k]: { status: 'loading' } } }));
  try {
    const diff = await api.diffDocuments({ left, right });
    compareStore.set((s) => ({ diffs: { ...s.diffs, [k]: { status: 'ready', diff } } }));
  } catch (error) {
    compareStore.set((s) => ({ diffs: { ...s.diffs, [k]: { status: 'error', error: (error as Error).message } } }));
  }
}

/** Forget comparisons when documents change (a re-read file, pins saved). */
export function forgetComparisons(): void {
  compareStore.set({ byPair: {}, diffs: {} });
}

export function togglePanel(panel: ComparePanel): void {
  compareStore.set((s) => ({ panel: s.panel === panel ? 'none' : panel }));
}

export function setDiffView(on: boolean): void {
  compareStore.set({ diffView: on });
}

export function focusDifference(index: number | null): void {
  compareStore.set({ focused: index });
}
