// What restoring or merging a JSON backup will change (the preview shown before
// anything is written) and what it did: one shape for the CLI and Settings → Backup.
import { z } from 'zod';

export const backupModeSchema = z.enum(['restore', 'merge']);
export type BackupMode = z.infer<typeof backupModeSchema>;

/** Counts of one kind of record (documents or notes) in a restore or a merge. */
export interface BackupCounts {
  /** In the backup and not in the library: added. */
  added: number;
  /** In both, the same: nothing to do. */
  same: number;
  /** In both, different: both are kept (the backup's under a new id). */
  conflicts: number;
  /** In the library and not in the backup: a restore drops them (they are kept in the saved copy); a merge keeps them. */
  dropped: number;
}

export interface BackupPreview {
  file: string;
  mode: BackupMode;
  /** When the backup was written. */
  exportedAt: string;
  documents: BackupCounts;
  notes: BackupCounts;
  /** The backup's watched folders (watched only when asked). */
  folders: string[];
  /** One line per conflict, saying what was kept. */
  conflicts: string[];
}

export interface BackupOutcome extends BackupPreview {
  /** The library as it was before, saved beside it as a backup of its own. */
  kept: string;
  /** Whether the backup's folders are now watched. */
  watched: boolean;
}
