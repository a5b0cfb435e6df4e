import type { DocumentSummary, ImportProgress, ImportReport } from '../../shared/types';
import { api, onAppEvent } from '../api/client';
import { defaultQuery, type LibraryQuery } from '../features/library/library-query';
import { createStore } from './create-store';
import { documentsStore, loadDocument } from './documents-store';

interface LibraryState {
  status: 'loading' | 'ready' | 'error';
  documents: DocumentSummary[];
  error: string | null;
  /** Set while an import runs (from the app's progress events). */
  progress: ImportProgress | null;
  /** Imports this window started and is waiting for (a drop during an import adds one). */
  importing: number;
  lastReport: ImportReport | null;
  query: LibraryQuery;
  /** The document waiting for the user to confirm its removal. */
  confirmingRemove: string | null;
  /** For documents with near-identical copies in the library: how many others there are. */
  copies: Record<string, number>;
}

export const libraryStore = createStore<LibraryState>({
  status: 'loading',
  documents: [],
  error: null,
  progress: null,
  importing: 0,
  lastReport: null,
  query: defaultQuery,
  confirmingRemove: null,
  copies: {},
});

export async function loadLibrary(): Promise<void> {
  try {
    libraryStore.set({ documents: await api.listDocuments({}), status: 'ready', error: null });
  } catch (error) {
    libraryStore.set({ status: 'error', error: (error as Error).message });
    return;
  }
  void loadCopies();
}

/** Marks near-identical documents; it can take a moment in a large library, so the list never waits for it. */
async function loadCopies(): Promise<void> {
  try {
    const copies: Record<string, number> = {};
    for (const group of await api.listNearDuplicates({})) for (const id of group) copies[id] = group.length - 1;
    libraryStore.set({ copies });
  } catch {
    // Marks are a help, not the list: without them the library still works.
  }
}

export async function addPaths(paths: string[]): Promise<void> {
  if (!paths.length) return;
  libraryStore.set((s) => ({
    importing: s.importing + 1,
    progress: s.progress ?? { done: 0, total: 0, current: '' },
    lastReport: null,
    error: null,
  }));
  try {
    const report = await api.addPaths({ paths });
    libraryStore.set({ lastReport: report });
    await loadLibrary();
  } catch (error) {
    libraryStore.set({ error: (error as Error).message });
  } finally {
    libraryStore.set((s) => ({ importing: s.importing - 1, progress: s.importing > 1 ? s.progress : null }));
  }
}

export async function choosePaths(kind: 'files' | 'folder'): Promise<void> {
  try {
    await addPaths(await api.choosePaths({ kind }));
  } catch (error) {
    libraryStore.set({ error: (error as Error).message });
  }
}

export function cancelImport(): void {
  void api.cancelImport({});
}

export function dismissReport(): void {
  libraryStore.set({ lastReport: null, error: null });
}

export function setQuery(change: Partial<LibraryQuery>): void {
  libraryStore.set((s) => ({ query: { ...s.query, ...change } }));
}

export function askToRemove(id: string | null): void {
  libraryStore.set({ confirmingRemove: id });
}

export async function removeDocument(id: string): Promise<void> {
  try {
    await api.removeDocuments({ ids: [id] });
    libraryStore.set((s) => ({ confirmingRemove: null, documents: s.documents.filter((d) => d.id !== id) }));
  } catch (error) {
    libraryStore.set({ error: (error as Error).message, confirmingRemove: null });
  }
}

/** Open documents whose file changed (re-read by the watcher) are loaded again, so text and highlights agree. */
function reloadChangedDocuments(): void {
  const loaded = documentsStore.get().byId;
  for (const d of libraryStore.get().documents) {
    const shown = loaded[d.id]?.document;
    if (shown && shown.updatedAt !== d.updatedAt) void loadDocument(d.id, true);
  }
}

/** Keeps the store in step with the app's pushes; returns the unsubscribe function. */
export function followLibraryEvents(): () => void {
  const offProgress = onAppEvent('importProgress', (progress) =>
    libraryStore.set({ progress: progress.finished ? null : progress }),
  );
  const offChanged = onAppEvent('libraryChanged', () => void loadLibrary().then(reloadChangedDocuments));
  return () => {
    offProgress();
    offChanged();
  };
}
