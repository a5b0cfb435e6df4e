// What merging a backup into the library changes, worked out before anything is
// written (the preview is this plan's counts). Documents and notes that are not
// already there are added; a document or note in both that differs is a conflict,
// and a conflict keeps both: the backup's copy comes in under a new id (its notes
// follow it) and the plan says so in a line.
import { randomUUID } from 'node:crypto';
import type { Annotation, BackupCounts, DocumentRecord, PinPair } from '../../shared/types';
import { derivedId } from '../library/library-files';
import type { StoreData } from './schema';

export interface LibraryNow {
  documents: readonly DocumentRecord[];
  annotations: Iterable<Annotation>;
  folders: readonly string[];
  positions: Readonly<Record<string, number>>;
  pairs: Readonly<Record<string, PinPair[]>>;
}

export interface MergePlan {
  documents: BackupCounts;
  notes: BackupCounts;
  conflicts: string[];
  /** Folders of the backup the library does not watch. */
  folders: string[];
  addDocuments: DocumentRecord[];
  putAnnotations: Annotation[];
  positions: Record<string, number>;
  pairs: Record<string, PinPair[]>;
}

const counts = (): BackupCounts => ({ added: 0, same: 0, conflicts: 0, dropped: 0 });

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The fields a user sees and edits: two notes equal in these are the same note. */
const seen = (x: Annotation) =>
  JSON.stringify([x.docId, x.kind, x.note, x.tags, x.color, x.style, x.name ?? '', x.target?.docId ?? '', !!x.deletedAt]);

export function planMerge(now: LibraryNow, backup: StoreData): MergePlan {
  const plan: MergePlan = {
    documents: counts(),
    notes: counts(),
    conflicts: [],
    folders: backup.folders.filter((f) => !now.folders.includes(f)),
    addDocuments: [],
    putAnnotations: [],
    positions: {},
    pairs: {},
  };
  const byId = new Map(now.documents.map((d) => [d.id, d]));
  const byPath = new Map(now.documents.map((d) => [d.path, d]));
  const inUse = new Set(byId.keys());
  /** A backup document's id → its id in the merged library. */
  const docIdOf = new Map<string, string>();

  for (const doc of backup.documents) {
    const same = byId.get(doc.id);
    const atPath = byPath.get(doc.path);
    if (same && same.path === doc.path && same.fingerprint === doc.fingerprint) {
      docIdOf.set(doc.id, doc.id);
      plan.documents.same++;
    } else if (atPath) {
      // The same file under another id (another library's): its notes attach to the library's record.
      docIdOf.set(doc.id, atPath.id);
      if (atPath.fingerprint === doc.fingerprint) plan.documents.same++;
      else {
        plan.documents.conflicts++;
        plan.conflicts.push(
          `document "${short(doc.title)}": its file changed since the backup; the library's is kept and the backup's notes are placed on it (or kept as orphaned)`,
        );
      }
    } else if (same) {
      let salt = 0;
      let id = derivedId(doc.path, doc.fingerprint);
      while (inUse.has(id)) id = derivedId(doc.path, doc.fingerprint, ++salt);
      inUse.add(id);
      docIdOf.set(doc.id, id);
      plan.addDocuments.push({ ...doc, id });
      plan.documents.conflicts++;
      plan.conflicts.push(
        `document ${doc.id} is "${short(same.title)}" here and "${short(doc.title)}" in the backup; both are kept`,
      );
    } else {
      inUse.add(doc.id);
      docIdOf.set(doc.id, doc.id);
      plan.addDocuments.push(doc);
      plan.documents.added++;
    }
  }
  const added = new Set(plan.addDocuments.map((d) => d.id));
  for (const [id, offset] of Object.entries(backup.positions)) {
    const mapped = docIdOf.get(id);
    if (mapped && added.has(mapped)) plan.positions[mapped] = offset;
  }
  for (const [key, pins] of Object.entries(backup.pairs)) {
    const [left, right] = key.split('|').map((id) => docIdOf.get(id) ?? id);
    const mapped = `${left}|${right}`;
    if (!now.pairs[mapped]) plan.pairs[mapped] = pins;
  }

  const notes = new Map([...now.annotations].map((a) => [a.id, a]));
  // A conflict merged before came in as a copy with a new id: merging again finds the copy.
  const copies = new Set([...notes.values()].map(seen));
  for (const original of backup.annotations) {
    const a: Annotation = {
      ...original,
      docId: docIdOf.get(original.docId) ?? original.docId,
      ...(original.target
        ? { target: { ...original.target, docId: docIdOf.get(original.target.docId) ?? original.target.docId } }
        : {}),
    };
    const mine = notes.get(a.id);
    if (!mine) {
      // The backup's bin stays out of a merge: only notes in use are brought in.
      if (a.deletedAt) continue;
      plan.putAnnotations.push(a);
      plan.notes.added++;
    } else if (mine.deletedAt && !a.deletedAt) {
      // Removed here since the backup: not in the library any more, so it comes back.
      plan.putAnnotations.push(a);
      plan.notes.added++;
    } else if (copies.has(seen(a))) {
      // The same as the library's note (or as a copy a merge brought in before).
      plan.notes.same++;
    } else {
      if (a.deletedAt) continue;
      plan.putAnnotations.push({ ...a, id: randomUUID() });
      plan.notes.conflicts++;
      const what = a.note || a.name || a.selectors?.quote.exact || a.kind;
      plan.conflicts.push(`note "${short(what)}" differs here and in the backup; both are kept`);
    }
  }
  return plan;
}
