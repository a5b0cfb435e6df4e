// Each open document's annotations, kept in step with the app's pushes; the link
// being made across two panes; whether every change is saved.
import type { ApiArgs } from '../../shared/api';
import { documentsOf } from '../../shared/annotation-ends';
import type { Annotation, HighlightColor, SaveStatus } from '../../shared/types';
import { api, onAppEvent } from '../api/client';
import { createStore } from './create-store';

/** The first passage of a link, chosen in one pane, waiting for its partner in the other. */
export interface PendingLink {
  docId: string;
  start: number;
  end: number;
  quote: string;
}

interface AnnotationsState {
  byDoc: Record<string, Annotation[]>;
  /** The last deletion, for Undo. */
  deleted: Annotation | null;
  error: string | null;
  /** A short confirmation to announce (bookmark added...). */
  message: string | null;
  pendingLink: PendingLink | null;
  saveStatus: SaveStatus;
  /** Bumped on every change anywhere, so library-wide lists reload. */
  version: number;
}

export const annotationsStore = createStore<AnnotationsState>({
  byDoc: {},
  deleted: null,
  error: null,
  message: null,
  pendingLink: null,
  saveStatus: { unsaved: false, error: null },
  version: 0,
});

export async function loadAnnotations(docId: string): Promise<void> {
  try {
    const { items } = await api.listAnnotations({ docId });
    annotationsStore.set((s) => ({ byDoc: { ...s.byDoc, [docId]: items } }));
  } catch (error) {
    annotationsStore.set({ error: (error as Error).message });
  }
}

async function run(action: () => Promise<Annotation>): Promise<Annotation | null> {
  try {
    const result = await action();
    annotationsStore.set((s) => ({ error: null, version: s.version + 1 }));
    await Promise.all(documentsOf(result).map(loadAnnotations));
    return result;
  } catch (error) {
    annotationsStore.set({ error: (error as Error).message });
    return null;
  }
}

export function addAnnotation(input: ApiArgs<'addAnnotation'>) {
  return run(() => api.addAnnotation(input));
}

export function addHighlight(
  docId: string,
  start: number,
  end: number,
  color: HighlightColor,
  options: { note?: string; tags?: string[]; style?: Annotation['style'] } = {},
) {
  return addAnnotation({ docId, start, end, color, ...options });
}

export function editAnnotation(
  annotation: Annotation,
  change: { note?: string; tags?: string[]; color?: HighlightColor; style?: Annotation['style']; name?: string },
) {
  return run(() => api.updateAnnotation({ id: annotation.id, ...change }));
}

export async function deleteAnnotation(annotation: Annotation): Promise<void> {
  const deleted = await run(() => api.deleteAnnotation({ id: annotation.id }));
  if (deleted) annotationsStore.set({ deleted });
}

export async function undoDelete(): Promise<void> {
  const { deleted } = annotationsStore.get();
  if (!deleted) return;
  annotationsStore.set({ deleted: null });
  await run(() => api.restoreAnnotation({ id: deleted.id }));
}

export function reattach(annotation: Annotation, docId: string, start: number, end: number) {
  const side = annotation.docId === docId ? 'source' : 'target';
  return run(() => api.reattachAnnotation({ id: annotation.id, start, end, side }));
}

/** Bookmarks the paragraph at the top of a pane, or removes the bookmark already there. */
/** The bookmark on a paragraph, if it has one. */
export function bookmarkIn(annotations: Annotation[] | undefined, block: { start: number; end: number }): Annotation | undefined {
  return annotations?.find(
    (a) =>
      a.kind === 'bookmark' && a.selectors && a.selectors.position.start >= block.start && a.selectors.position.start < block.end,
  );
}

export async function toggleBookmark(docId: string, block: { start: number; end: number }, text: string): Promise<void> {
  const existing = bookmarkIn(annotationsStore.get().byDoc[docId], block);
  if (existing) {
    await deleteAnnotation(existing);
    annotationsStore.set({ message: 'bookmarkRemoved' });
    return;
  }
  // The paragraph's first six words name the bookmark and anchor it.
  const first = /^(\s*)(\S+(?:\s+\S+){0,5})/.exec(text.slice(block.start, block.end));
  const start = block.start + (first?.[1]?.length ?? 0);
  const words = first?.[2] ?? '';
  const added = await addAnnotation({
    docId,
    kind: 'bookmark',
    start,
    end: start + words.length,
    name: words.replace(/\s+/g, ' '),
  });
  if (added) annotationsStore.set({ message: 'bookmarkAdded' });
}

export function startLink(link: PendingLink): void {
  annotationsStore.set({ pendingLink: link });
}

export function cancelLink(): void {
  annotationsStore.set({ pendingLink: null });
}

/** Links the pending passage with one in the other document. */
export async function completeLink(docId: string, start: number, end: number, note: string): Promise<Annotation | null> {
  const pending = annotationsStore.get().pendingLink;
  if (!pending || pending.docId === docId) return null;
  const link = await addAnnotation({
    docId: pending.docId,
    start: pending.start,
    end: pending.end,
    target: { docId, start, end },
    note,
  });
  if (link) annotationsStore.set({ pendingLink: null });
  return link;
}

export function followAnnotationEvents(): () => void {
  void api.getSaveStatus({}).then(
    (saveStatus) => annotationsStore.set({ saveStatus }),
    () => {},
  );
  const offChanged = onAppEvent('annotationsChanged', ({ docIds }) => {
    annotationsStore.set((s) => ({ version: s.version + 1 }));
    for (const docId of docIds) if (annotationsStore.get().byDoc[docId]) void loadAnnotations(docId);
  });
  const offStatus = onAppEvent('saveStatus', (saveStatus) => annotationsStore.set({ saveStatus }));
  return () => {
    offChanged();
    offStatus();
  };
}
