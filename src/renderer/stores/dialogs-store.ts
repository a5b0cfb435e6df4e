import { createStore } from './create-store';

type Dialog = 'settings' | 'shortcuts' | 'export' | 'exportComparison' | 'openBeside';

interface DialogsState {
  open: Dialog | null;
  /** For export and open beside: the document it was opened from. */
  docId: string | null;
  /** For exporting a comparison: the pair, as shown (left, right). */
  pair: [string, string] | null;
}

/** Which overlay is open (search has its own store), and what it was opened on. */
export const dialogsStore = createStore<DialogsState>({ open: null, docId: null, pair: null });

export function openDialog(dialog: Dialog | null, context: { docId?: string; pair?: [string, string] } = {}): void {
  dialogsStore.set({ open: dialog, docId: context.docId ?? null, pair: context.pair ?? null });
}
