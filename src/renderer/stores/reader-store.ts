import type { DocumentView } from '../../shared/types';
import { api } from '../api/client';
import { createStore } from './create-store';

interface ReaderState {
  status: 'empty' | 'loading' | 'ready' | 'error';
  document: DocumentView | null;
  error: string | null;
}

export const readerStore = createStore<ReaderState>({ status: 'empty', document: null, error: null });

let request = 0;

export async function openDocument(id: string): Promise<void> {
  const mine = ++request;
  readerStore.set({ status: 'loading', error: null });
  try {
    const document = await api.getDocument({ id });
    if (mine === request) readerStore.set({ status: 'ready', document });
  } catch (error) {
    if (mine === request) readerStore.set({ status: 'error', document: null, error: (error as Error).message });
  }
}
