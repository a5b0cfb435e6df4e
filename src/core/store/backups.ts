// Rotating copies of the store file, so that a damaged store can be replaced
// by the newest backup that still reads.
import { copyFile, rename, stat, utimes } from 'node:fs/promises';

export const BACKUP_COUNT = 3;

/** Newest first: `hamish.json.bak.1`, `.bak.2`, `.bak.3`. */
export function backupPaths(path: string): string[] {
  return Array.from({ length: BACKUP_COUNT }, (_, i) => `${path}.bak.${i + 1}`);
}

/** Shifts each backup one place older (dropping the oldest) and copies the store file in as the newest. */
export async function rotateBackups(path: string): Promise<void> {
  const places = backupPaths(path);
  const newest = places[0]!;
  const current = await stat(path);
  const last = await stat(newest).catch(() => null);
  // A store unchanged since its last backup would only push older, different backups out.
  if (last && last.size === current.size && Math.abs(last.mtimeMs - current.mtimeMs) < 1) return;
  for (let i = places.length - 1; i > 0; i--) {
    await rename(places[i - 1]!, places[i]!).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await copyFile(path, newest);
  // The backup keeps the time its content was saved: the date a restore tells the user.
  await utimes(newest, current.atime, current.mtime);
}
