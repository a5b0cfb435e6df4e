// Settings → Backup and `hamish import`: a JSON backup previewed, then restored
// (replacing the library) or merged in (see backup-merge.ts). Either way the
// library as it was is saved beside it first, and a file that is not a backup is
// refused in one line with nothing changed.
import { join } from 'node:path';
import type { Annotation, BackupCounts, BackupMode, BackupOutcome, BackupPreview, DocumentRecord } from '../../shared/types';
import type { AnnotationLog } from './annotation-log';
import { readBackupFile, type BackupFile } from './backup-file';
import { planMerge, type MergePlan } from './backup-merge';
import type { LibraryFile } from './library-file';
import { fileTimestamp } from './save-retry';

export interface BackupHooks {
  /** Writes a backup of the library as it is now to `file` (ExportService.backup). */
  saveCopy: (file: string) => Promise<string>;
  /** The library's documents changed from `before` to what the library file now holds (indexes follow). */
  changed: (before: readonly DocumentRecord[]) => Promise<void>;
}

/** Restore's counts: what the backup adds, keeps and drops, by id. */
function replaced<T extends { id: string }>(now: Iterable<T>, backup: readonly T[], same: (a: T, b: T) => boolean): BackupCounts {
  const mine = new Map([...now].map((x) => [x.id, x]));
  const theirs = new Set(backup.map((x) => x.id));
  const counts: BackupCounts = { added: 0, same: 0, conflicts: 0, dropped: 0 };
  for (const x of backup) {
    const found = mine.get(x.id);
    if (!found) counts.added++;
    else if (same(found, x)) counts.same++;
    else counts.conflicts++;
  }
  for (const id of mine.keys()) if (!theirs.has(id)) counts.dropped++;
  return counts;
}

export class BackupService {
  constructor(
    private readonly libraryFile: LibraryFile,
    private readonly annotationLog: AnnotationLog,
    private readonly hooks: BackupHooks,
  ) {}

  async preview(file: string, mode: BackupMode): Promise<BackupPreview> {
    const backup = await readBackupFile(file);
    return mode === 'merge' ? this.#mergePreview(file, backup, this.#plan(backup)) : this.#restorePreview(file, backup);
  }

  /** Restores or merges `file`; the backup's folders are watched only with `watchFolders`. */
  async import(file: string, mode: BackupMode, { watchFolders = false } = {}): Promise<BackupOutcome> {
    const backup = await readBackupFile(file);
    const before = [...this.libraryFile.data.documents];
    const plan = mode === 'merge' ? this.#plan(backup) : null;
    const preview = plan ? this.#mergePreview(file, backup, plan) : this.#restorePreview(file, backup);
    // What is changed is kept first, as a backup of its own.
    const kept = await this.hooks.saveCopy(join(this.libraryFile.dataDir, `before-${mode}-${fileTimestamp()}.json`));
    if (plan) await this.#merge(plan, watchFolders);
    else await this.#restore(backup, watchFolders);
    await this.hooks.changed(before);
    return { ...preview, kept, watched: watchFolders };
  }

  #plan(backup: BackupFile): MergePlan {
    const { documents, folders, positions, pairs } = this.libraryFile.data;
    return planMerge({ documents, folders, positions, pairs, annotations: this.annotationLog.all() }, backup.store);
  }

  #mergePreview(file: string, backup: BackupFile, plan: MergePlan): BackupPreview {
    const { documents, notes, folders, conflicts } = plan;
    return { file, mode: 'merge', exportedAt: backup.exportedAt, documents, notes, folders, conflicts };
  }

  #restorePreview(file: string, backup: BackupFile): BackupPreview {
    const { store } = backup;
    const sameDoc = (a: DocumentRecord, b: DocumentRecord) => a.path === b.path && a.fingerprint === b.fingerprint;
    const sameNote = (a: Annotation, b: Annotation) => a.updatedAt === b.updatedAt && a.deletedAt === b.deletedAt;
    return {
      file,
      mode: 'restore',
      exportedAt: backup.exportedAt,
      documents: replaced(this.libraryFile.data.documents, store.documents, sameDoc),
      notes: replaced(this.annotationLog.all(), store.annotations, sameNote),
      folders: store.folders,
      conflicts: [],
    };
  }

  async #restore({ store }: BackupFile, watchFolders: boolean): Promise<void> {
    const { annotations, ...rest } = store;
    await this.annotationLog.replaceAll(annotations);
    await this.libraryFile.update((current) => {
      Object.assign(current, rest, { annotations: [], folders: watchFolders ? rest.folders : [] });
    });
  }

  async #merge(plan: MergePlan, watchFolders: boolean): Promise<void> {
    // Documents first: a note never points at a document that is not saved yet.
    await this.libraryFile.update((data) => {
      data.documents = [...data.documents, ...plan.addDocuments];
      data.positions = { ...data.positions, ...plan.positions };
      data.pairs = { ...data.pairs, ...plan.pairs };
      if (watchFolders) data.folders = [...data.folders, ...plan.folders];
    });
    if (plan.putAnnotations.length) await this.annotationLog.put(plan.putAnnotations);
  }
}
