// Workspace state: the active pane, pins of the open pair, a pin in the making, the library hidden.
import { pairKey } from '../../shared/pairs';
import type { PinPair } from '../../shared/types';
import { api } from '../api/client';
import { createStore } from './create-store';

interface WorkspaceState {
  activePane: 0 | 1;
  /** Pins of the pair on screen, keyed by shared/pairs.ts's pairKey. */
  pins: Record<string, PinPair[]>;
  pending: { side: 0 | 1; block: number } | null;
  error: string | null;
  /** The library panel is hidden, giving its width to the panes. */
  libraryHidden: boolean;
}

export const workspaceStore = createStore<WorkspaceState>({
  activePane: 0,
  pins: {},
  pending: null,
  error: null,
  libraryHidden: false,
});

export function toggleLibrary(): void {
  workspaceStore.set((s) => ({ libraryHidden: !s.libraryHidden }));
}

export function setActivePane(pane: 0 | 1): void {
  if (workspaceStore.get().activePane !== pane) workspaceStore.set({ activePane: pane });
}

export async function loadPins(left: string, right: string): Promise<void> {
  try {
    const pins = await api.getPins({ left, right });
    workspaceStore.set((s) => ({ pins: { ...s.pins, [pairKey(left, right)]: pins } }));
  } catch (error) {
    workspaceStore.set({ error: (error as Error).message });
  }
}

export function cancelPin(): void {
  workspaceStore.set({ pending: null });
}

/**
 * The pin gesture: a paragraph on one side, then its match on the other. Clicking a
 * pinned paragraph removes its pin. Pins that would cross the new one are dropped.
 */
export async function pinGesture(left: string, right: string, side: 0 | 1, block: number): Promise<void> {
  const key = pairKey(left, right);
  const { pins: all, pending } = workspaceStore.get();
  const pins = all[key] ?? [];
  const existing = pins.find((p) => p[side] === block);
  let next: PinPair[] | null = null;
  if (existing && !pending) {
    next = pins.filter((p) => p !== existing);
  } else if (!pending || pending.side === side) {
    workspaceStore.set({ pending: { side, block } });
    return;
  } else {
    const pair: PinPair = side === 1 ? [pending.block, block] : [block, pending.block];
    next = [...pins.filter((p) => (p[0] < pair[0] && p[1] < pair[1]) || (p[0] > pair[0] && p[1] > pair[1])), pair];
  }
  workspaceStore.set((s) => ({ pending: null, pins: { ...s.pins, [key]: next } }));
  try {
    const saved = await api.savePins({ left, right, pins: next });
    workspaceStore.set((s) => ({ pins: { ...s.pins, [key]: saved } }));
  } catch (error) {
    workspaceStore.set({ error: (error as Error).message });
  }
}
