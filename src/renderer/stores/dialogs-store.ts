import { createStore } from './create-store';

/** Which overlay is open: settings or the shortcuts sheet (search has its own store). */
export const dialogsStore = createStore<{ open: 'settings' | 'shortcuts' | null }>({ open: null });

export function openDialog(dialog: 'settings' | 'shortcuts' | null): void {
  dialogsStore.set({ open: dialog });
}
