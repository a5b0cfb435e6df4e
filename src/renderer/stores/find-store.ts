import { createStore } from './create-store';

interface FindState {
  open: boolean;
  query: string;
  /** Index of the current match. */
  current: number;
}

export const findStore = createStore<FindState>({ open: false, query: '', current: 0 });

export function openFind(): void {
  findStore.set({ open: true });
  // The bar's input takes focus when it renders; a second Ctrl+F selects its text again.
  document.getElementById('find-input')?.focus();
}

export function closeFind(): void {
  findStore.set({ open: false });
}

export function setFindQuery(query: string): void {
  findStore.set({ query, current: 0 });
}

export function stepFind(delta: number, total: number): void {
  if (!total) return;
  findStore.set((s) => ({ current: (s.current + delta + total) % total }));
}
