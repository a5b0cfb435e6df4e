// Saved searches: loaded with the library, listed in its panel, saved from the search
// panel under a name; clicking one re-runs it in the search panel.
import type { SavedSearch } from '../../shared/types';
import { api } from '../api/client';
import { createStore } from './create-store';
import { runSearch, searchStore } from './search-store';

interface SavedSearchesState {
  items: SavedSearch[];
  error: string | null;
}

export const savedSearchesStore = createStore<SavedSearchesState>({ items: [], error: null });

async function update(work: () => Promise<SavedSearch[]>): Promise<boolean> {
  try {
    savedSearchesStore.set({ items: await work(), error: null });
    return true;
  } catch (error) {
    savedSearchesStore.set({ error: (error as Error).message });
    return false;
  }
}

export function loadSavedSearches(): Promise<boolean> {
  return update(() => api.listSavedSearches({}));
}

/** Saves the search panel's query, order and stemming under a name. */
export function saveCurrentSearch(name: string): Promise<boolean> {
  const { query, sort, stemming } = searchStore.get();
  return update(() => api.saveSearch({ name, query, sort, stemming }));
}

export function removeSavedSearch(id: string): Promise<boolean> {
  return update(() => api.removeSavedSearch({ id }));
}

export function runSavedSearch(search: SavedSearch): void {
  runSearch(search.query, { sort: search.sort, stemming: search.stemming });
}
