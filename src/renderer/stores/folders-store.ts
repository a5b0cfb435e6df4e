// The folders the library watches, for the library panel's Folders list: loaded when the
// library changes (an import may add one), and removed on request (documents stay).
import type { WatchedFolder } from '../../shared/model/document';
import { api, onAppEvent } from '../api/client';
import { createStore } from './create-store';

interface FoldersState {
  folders: WatchedFolder[];
  error: string | null;
}

export const foldersStore = createStore<FoldersState>({ folders: [], error: null });

export async function loadFolders(): Promise<void> {
  try {
    foldersStore.set({ folders: await api.listFolders({}), error: null });
  } catch (error) {
    foldersStore.set({ error: (error as Error).message });
  }
}

export async function removeFolder(path: string): Promise<void> {
  try {
    foldersStore.set({ folders: await api.removeFolder({ path }), error: null });
  } catch (error) {
    foldersStore.set({ error: (error as Error).message });
  }
}

/** Keeps the list in step with the library; returns the unsubscribe function. */
export function followFolders(): () => void {
  void loadFolders();
  return onAppEvent('libraryChanged', ({ reason }) => {
    if (reason === 'import' || reason === 'folders' || reason === 'reconcile') void loadFolders();
  });
}
