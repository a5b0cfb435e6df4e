// The library search: results as you type, a page at a time. Every matching document is
// reachable (the panel asks for the next page as its list nears the end), in the order
// chosen (relevance, newest first, or by outlet, grouped); a query of filters alone
// (`outlet:okaz from:2015-08-01`) lists every match newest first.
import type { SearchHit, SearchSort } from '../../shared/types';
import { api } from '../api/client';
import { createStore } from './create-store';

/** Results fetched per request. */
export const SEARCH_PAGE = 50;

interface SearchState {
  open: boolean;
  query: string;
  stemming: boolean;
  sort: SearchSort;
  status: 'idle' | 'searching' | 'ready' | 'error';
  /** The results fetched so far, in order (the first pages of `total`). */
  hits: SearchHit[];
  /** How many documents match in all. */
  total: number;
  /** True while the index is still being built: results may be incomplete. */
  indexing: boolean;
  /** A next page is being fetched. */
  loadingMore: boolean;
  error: string | null;
  /** The highlighted result, for keyboard navigation. */
  selected: number;
}

export const searchStore = createStore<SearchState>({
  open: false,
  query: '',
  stemming: true,
  sort: 'relevance',
  status: 'idle',
  hits: [],
  total: 0,
  indexing: false,
  loadingMore: false,
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

/** The query's arguments: results as you type, so the last word matches the words it begins. */
function searchArgs(offset: number) {
  const { query, stemming, sort } = searchStore.get();
  return { query, prefix: true, stemming, sort, offset, limit: SEARCH_PAGE };
}

async function run(): Promise<void> {
  const mine = ++request;
  if (!searchStore.get().query.trim()) {
    searchStore.set({ status: 'idle', hits: [], total: 0, error: null, selected: 0, loadingMore: false });
    return;
  }
  searchStore.set({ status: 'searching' });
  try {
    const response = await api.search(searchArgs(0));
    if (mine === request) {
      searchStore.set({
        status: 'ready',
        hits: response.hits,
        total: response.total,
        indexing: response.indexing,
        error: null,
        selected: 0,
        loadingMore: false,
      });
    }
  } catch (error) {
    if (mine === request) searchStore.set({ status: 'error', error: (error as Error).message, loadingMore: false });
  }
}

/** Fetches the next page of results, once at a time; a newer query drops a page in flight. */
export async function loadMoreResults(): Promise<void> {
  const { status, hits, total, loadingMore } = searchStore.get();
  if (status !== 'ready' || loadingMore || hits.length >= total) return;
  const mine = request;
  searchStore.set({ loadingMore: true });
  try {
    const response = await api.search(searchArgs(hits.length));
    if (mine !== request) return;
    const seen = new Set(hits.map((h) => h.docId));
    searchStore.set((s) => ({
      hits: [...s.hits, ...response.hits.filter((h) => !seen.has(h.docId))],
      total: response.total,
      indexing: response.indexing,
      // An index still being built can report fewer than it did: stop there rather than ask forever.
      ...(response.hits.length ? {} : { total: s.hits.length }),
      loadingMore: false,
    }));
  } catch (error) {
    if (mine === request) searchStore.set({ status: 'error', error: (error as Error).message, loadingMore: false });
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

export function setSearchSort(sort: SearchSort): void {
  searchStore.set({ sort });
  void run();
}

/** Opens the panel on a query (a saved search, a passage from the reader) and runs it at once. */
export function runSearch(query: string, options: { sort?: SearchSort; stemming?: boolean } = {}): void {
  clearTimeout(timer);
  searchStore.set({ open: true, query, ...options });
  void run();
}

export function moveSelection(delta: number): void {
  searchStore.set((s) => {
    const count = s.hits.length;
    return { selected: count ? (s.selected + delta + count) % count : 0 };
  });
  const { selected, hits } = searchStore.get();
  if (delta > 0 && selected >= hits.length - 5) void loadMoreResults();
}
