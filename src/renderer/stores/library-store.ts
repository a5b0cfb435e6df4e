import type { DocumentSummary, ImportProgress, ImportReport } from '../../shared/types';
import { api, onAppEvent } from '../api/client';
import { createStore } from './create-store';

interface LibraryState {
  status: 'loading' | 'ready' | 'error';
  documents: DocumentSummary[];
  error: string | null;
  progress: ImportProgress | null;
  lastReport: ImportReport | null;
}

export const libraryStore = createStore<LibraryState>({
  status: 'loading',
  documents: [],
  error: null,
  progress: null,
  lastReport: null,
});

export async function loadLibrary(): Promise<void> {
  try {
    libraryStore.set({ documents: await api.listDocuments({}), status: 'ready', error: null });
  } catch (error) {
    libraryStore.set({ status: 'error', error: (error as Error).message });
  }
}

export async function addPaths(paths: string[]): Promise<void> {
  libraryStore.set({ progress: { done: 0, total: 0, current: '' }, lastReport: null, error: null });
  try {
    const report = await api.addPaths({ paths });
    libraryStore.set({ lastReport: report });
    await loadLibrary();
  } catch (error) {
    libraryStore.set({ error: (error as Error).message });
  } finally {
    libraryStore.set({ progress: null });
  }
}

/** Keeps the store in step with the app's pushes; returns the unsubscribe function. */
export function followLibraryEvents(): () => void {
  const offProgress = onAppEvent('importProgress', (progress) => libraryStore.set({ progress }));
  const offChanged = onAppEvent('libraryChanged', () => void loadLibrary());
  return () => {
    offProgress();
    offChanged();
  };
}
