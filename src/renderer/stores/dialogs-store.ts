import { createStore } from './create-store';

type Dialog = 'settings' | 'shortcuts' | 'export';

/** Which overlay is open (search has its own store), and for export, the document it was opened from. */
export const dialogsStore = createStore<{ open: Dialog | null; docId: string | null }>({ open: null, docId: null });

export function openDialog(dialog: Dialog | null, context: { docId?: string } = {}): void {
  dialogsStore.set({ open: dialog, docId: context.docId ?? null });
}
