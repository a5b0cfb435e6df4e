import type { SearchResponse } from '../../shared/types';
import { api } from '../api/client';
import { createStore } from './create-store';

interface SearchState {
  open: boolean;
  query: string;
  stemming: boolean;
  status: 'idle' | 'searching' | 'ready' | 'error';
  response: SearchResponse | null;
  error: string | null;
  /** The highlighted result, for keyboard navigation. */
  selected: number;
}

export const searchStore = createStore<SearchState>({
  open: false,
  query: '',
  stemming: true,
  status: 'idle',
  response: null,
  error: null,
  selected: 0,
});

let request = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

export function openSearch(): void {
  searchStore.set({ open: true });
}

export function closeSearch(): void {
  searchStore.set({ open: false });
}

async function run(): Promise<void> {
  const { query, stemming } = searchStore.get();
  const mine = ++request;
  if (!query.trim()) {
    searchStore.set({ status: 'idle', response: null, error: null, selected: 0 });
    return;
  }
  searchStore.set({ status: 'searching' });
  try {
    // Results as you type: the last word matches the words it begins.
    const response = await api.search({ query, prefix: true, stemming, limit: 30 });
    if (mine === request) searchStore.set({ status: 'ready', response, error: null, selected: 0 });
  } catch (error) {
    if (mine === request) searchStore.set({ status: 'error', error: (error as Error).message });
  }
}

export function setSearchQuery(query: string): void {
  searchStore.set({ query });
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 60);
}

export function setStemming(stemming: boolean): void {
  searchStore.set({ stemming });
  void run();
}

export function moveSelection(delta: number): void {
  searchStore.set((s) => {
    const count = s.response?.hits.length ?? 0;
    return { selected: count ? (s.selected + delta + count) % count : 0 };
  });
}
