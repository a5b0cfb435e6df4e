// A note typed and then set aside (Esc in the Note… popup or the document note's
// form) is kept as a draft, per passage, in this browser's storage: choosing Note…
// on the same passage again brings it back, after a reload too. Saving the note
// clears its draft.
const PREFIX = 'hamish:note-draft:';

export interface NoteDraft {
  note: string;
  tags: string;
}

/** A passage (start and end offsets), or the whole document. */
export type DraftPlace = { start: number; end: number } | 'document';

const keyOf = (docId: string, place: DraftPlace) =>
  `${PREFIX}${docId}:${place === 'document' ? 'document' : `${place.start}-${place.end}`}`;

/** Keeps what was typed; returns whether there was anything to keep. */
export function keepDraft(docId: string, place: DraftPlace, draft: NoteDraft): boolean {
  if (!draft.note.trim() && !draft.tags.trim()) return false;
  try {
    localStorage.setItem(keyOf(docId, place), JSON.stringify(draft));
  } catch {
    // Storage full or refused: the draft lives as long as this page does, in memory.
    memory.set(keyOf(docId, place), draft);
  }
  return true;
}

const memory = new Map<string, NoteDraft>();

export function draftFor(docId: string, place: DraftPlace): NoteDraft | null {
  const key = keyOf(docId, place);
  try {
    const raw = localStorage.getItem(key);
    if (raw) {
      const draft = JSON.parse(raw) as Partial<NoteDraft>;
      return { note: String(draft.note ?? ''), tags: String(draft.tags ?? '') };
    }
  } catch {
    // Unreadable: as if there were none.
  }
  return memory.get(key) ?? null;
}

export function clearDraft(docId: string, place: DraftPlace): void {
  const key = keyOf(docId, place);
  memory.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}
