// A note edited in place is saved as the user types: a pause of NOTE_SAVE_DELAY_MS
// saves it, leaving the field saves it at once, and so does closing, reloading or
// hiding the window (flushNoteEdits, on pagehide and beforeunload). The field says
// "Saved" once the app has it. A change from elsewhere (undo, another window)
// replaces the field's text only while nothing typed is waiting or being saved
// (the app's echo of the field's own saves is not one).
import { useEffect, useState } from 'react';
import type { Annotation } from '../../../shared/types';
import { api } from '../../api/client';
import { annotationsStore } from '../../stores/annotations-store';

/** Well under a second, long enough not to save every keystroke. */
export const NOTE_SAVE_DELAY_MS = 400;

export type NoteSaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** Every field with typed text not yet sent: flushed together when the page goes away. */
const unsaved = new Set<NoteSaver>();

/** Sends every note edit still waiting for its pause (the window is closing, reloading or hidden). */
export function flushNoteEdits(): void {
  for (const saver of [...unsaved]) saver.flush();
}

let listening = false;
function listenForLeaving(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('pagehide', flushNoteEdits);
  window.addEventListener('beforeunload', flushNoteEdits);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushNoteEdits());
}

/** One field's typed text waiting for its pause, and the saving of it. */
class NoteSaver {
  /** Typed and not sent yet. */
  pending: string | null = null;
  /** Saves sent and not answered yet. */
  inFlight = 0;
  /** Every text this field sent: the app's echo of one is not a change from elsewhere. */
  readonly sent = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly id: string,
    private readonly setState: (update: (state: NoteSaveState) => NoteSaveState) => void,
  ) {}

  change(note: string): void {
    listenForLeaving();
    this.pending = note;
    this.setState(() => 'pending');
    unsaved.add(this);
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), NOTE_SAVE_DELAY_MS);
  }

  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    unsaved.delete(this);
    const note = this.pending;
    if (note === null) return;
    this.pending = null;
    this.inFlight++;
    this.sent.add(note);
    this.setState(() => 'saving');
    api.updateAnnotation({ id: this.id, note }).then(
      () => {
        this.inFlight--;
        this.setState((s) => (this.pending === null && this.inFlight === 0 && s === 'saving' ? 'saved' : s));
      },
      (error: unknown) => {
        this.inFlight--;
        // Kept in the field and sent again with the next keystroke or blur; the panel says why.
        this.pending ??= note;
        this.setState(() => 'failed');
        annotationsStore.set({ error: (error as Error).message });
      },
    );
  }
}

export function useNoteAutosave(annotation: Annotation): {
  value: string;
  state: NoteSaveState;
  change: (value: string) => void;
  flush: () => void;
} {
  const [state, setState] = useState<NoteSaveState>('idle');
  const [saver] = useState(() => new NoteSaver(annotation.id, setState));
  /** What the user typed, shown instead of the saved note until a change from elsewhere replaces it. */
  const [typed, setTyped] = useState<string | null>(null);
  const [seen, setSeen] = useState(annotation.note);
  if (annotation.note !== seen) {
    setSeen(annotation.note);
    // A change from elsewhere, not the echo of this field's own saves: it replaces what is shown.
    if (saver.pending === null && saver.inFlight === 0 && !saver.sent.has(annotation.note)) setTyped(null);
  }
  // A field that goes away (the panel closes, another document opens) saves what it holds.
  useEffect(() => () => saver.flush(), [saver]);
  return {
    value: typed ?? annotation.note,
    state,
    change: (value) => {
      setTyped(value);
      saver.change(value);
    },
    flush: () => saver.flush(),
  };
}
