// Reading a JSON backup (hamish export --format json): checked whole before
// anything is changed, and anything else (not JSON, another program's JSON, a
// damaged or newer backup) refused in one line that says which.
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../../shared/errors';
import { migrations, storeSchema, STORE_VERSION, type StoreData } from './schema';

export const BACKUP_FORMAT = 'hamish-backup';

/** Larger than any backup of a 100,000-note library; a bigger file is not read into memory. */
const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export interface BackupFile {
  exportedAt: string;
  /** The library file as it was, with the annotations in it (deleted ones too). */
  store: StoreData;
}

export async function readBackupFile(file: string): Promise<BackupFile> {
  let raw: string;
  try {
    if ((await stat(file)).size > MAX_BACKUP_BYTES) throw new UserError(`${file} is not a Hamish backup (it is too large)`);
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UserError(`cannot read the backup ${file}: ${why}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new UserError(`${file} is not a Hamish backup (it is not a JSON file; make one with hamish export --format json)`);
  }
  const backup = parsed as { format?: unknown; exportedAt?: unknown; store?: Record<string, unknown> } | null;
  if (backup?.format !== BACKUP_FORMAT) {
    throw new UserError(`${file} is not a Hamish backup (make one with hamish export --format json)`);
  }
  let store = backup.store;
  const version = typeof store?.version === 'number' ? store.version : STORE_VERSION + 1;
  for (let v = version; v < STORE_VERSION && store && migrations[v]; v++) store = migrations[v]!(store);
  const data = storeSchema.safeParse(store);
  if (!data.success) {
    throw new UserError(`${file} is damaged or from an incompatible Hamish (store version ${STORE_VERSION} or older expected)`);
  }
  return { exportedAt: typeof backup.exportedAt === 'string' ? backup.exportedAt : '', store: data.data };
}
