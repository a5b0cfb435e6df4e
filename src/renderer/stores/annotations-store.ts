// Each open document's annotations, kept in step with the app's pushes.
import type { Annotation, HighlightColor } from '../../shared/types';
import { api, onAppEvent } from '../api/client';
import { createStore } from './create-store';

interface AnnotationsState {
  byDoc: Record<string, Annotation[]>;
  /** The last deletion, for Undo. */
  deleted: Annotation | null;
  error: string | null;
}

export const annotationsStore = createStore<AnnotationsState>({ byDoc: {}, deleted: null, error: null });

export async function loadAnnotations(docId: string): Promise<void> {
  try {
    const list = await api.listAnnotations({ docId });
    annotationsStore.set((s) => ({ byDoc: { ...s.byDoc, [docId]: list } }));
  } catch (error) {
    annotationsStore.set({ error: (error as Error).message });
  }
}

async function run<T>(action: () => Promise<T>, docId: string): Promise<T | null> {
  try {
    const result = await action();
    await loadAnnotations(docId);
    return result;
  } catch (error) {
    annotationsStore.set({ error: (error as Error).message });
    return null;
  }
}

export function addHighlight(docId: string, start: number, end: number, color: HighlightColor, note = '', tags: string[] = []) {
  return run(() => api.addAnnotation({ docId, start, end, color, note, tags }), docId);
}

export function editAnnotation(annotation: Annotation, change: { note?: string; tags?: string[]; color?: HighlightColor }) {
  return run(() => api.updateAnnotation({ id: annotation.id, ...change }), annotation.docId);
}

export async function deleteAnnotation(annotation: Annotation): Promise<void> {
  const deleted = await run(() => api.deleteAnnotation({ id: annotation.id }), annotation.docId);
  if (deleted) annotationsStore.set({ deleted });
}

export async function undoDelete(): Promise<void> {
  const { deleted } = annotationsStore.get();
  if (!deleted) return;
  annotationsStore.set({ deleted: null });
  await run(() => api.restoreAnnotation({ id: deleted.id }), deleted.docId);
}

export function followAnnotationEvents(): () => void {
  return onAppEvent('annotationsChanged', ({ docIds }) => {
    for (const docId of docIds) if (annotationsStore.get().byDoc[docId]) void loadAnnotations(docId);
  });
}
