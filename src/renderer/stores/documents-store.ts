// Open documents, by id: each pane reads the one it shows, so opening a document
// in one pane never disturbs the other.
import type { DocumentView } from '../../shared/types';
import { api } from '../api/client';
import { createStore } from './create-store';

export interface LoadedDocument {
  status: 'loading' | 'ready' | 'error';
  document?: DocumentView;
  error?: string;
}

export const documentsStore = createStore<{ byId: Record<string, LoadedDocument> }>({ byId: {} });

export async function loadDocument(id: string, force = false): Promise<void> {
  const known = documentsStore.get().byId[id];
  if (known && known.status !== 'error' && !force) return;
  documentsStore.set((s) => ({ byId: { ...s.byId, [id]: { status: 'loading', document: known?.document } } }));
  try {
    const document = await api.getDocument({ id });
    documentsStore.set((s) => ({ byId: { ...s.byId, [id]: { status: 'ready', document } } }));
  } catch (error) {
    documentsStore.set((s) => ({ byId: { ...s.byId, [id]: { status: 'error', error: (error as Error).message } } }));
  }
}

let positionTimer: ReturnType<typeof setTimeout> | undefined;

/** Remembers where the reader is, a moment after scrolling stops. */
export function rememberPosition(id: string, offset: number): void {
  clearTimeout(positionTimer);
  positionTimer = setTimeout(() => void api.saveReadingPosition({ id, offset }).catch(() => {}), 400);
}
