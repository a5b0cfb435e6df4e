// Exports: Markdown notes (per document, the library, or a tag) and a JSON backup
// of everything in the library file, restorable without loss.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../shared/rpc';
import type { AnnotationService } from '../annotations/annotation-service';
import type { LibraryService } from '../library/library-service';
import { storeSchema, STORE_VERSION } from '../store/schema';
import type { StoreService } from '../store/store-service';
import { documentMarkdown, fileNameFor } from './markdown-export';

export const BACKUP_FORMAT = 'hamish-backup';

export class ExportService {
  constructor(
    private readonly store: StoreService,
    private readonly library: LibraryService,
    private readonly annotations: AnnotationService,
  ) {}

  /** One Markdown file per document that has notes (or the one asked for); returns the files written. */
  async markdown(outDir: string, filter: { docId?: string; tag?: string } = {}): Promise<string[]> {
    const annotations = this.annotations.list(filter);
    const docs = this.library
      .list()
      .filter((d) => (filter.docId ? d.id === filter.docId : annotations.some((a) => a.docId === d.id)));
    if (filter.docId && !docs.length) throw new UserError(`No document with id "${filter.docId}" in the library`);
    await mkdir(outDir, { recursive: true });
    const exported = new Date().toISOString();
    const taken = new Set<string>();
    const written: string[] = [];
    for (const doc of docs) {
      const path = join(outDir, fileNameFor(doc.title, taken));
      await writeFile(
        path,
        documentMarkdown(
          doc,
          annotations.filter((a) => a.docId === doc.id),
          exported,
        ),
      );
      written.push(path);
    }
    return written;
  }

  /** Everything in the library file: documents, folders, annotations, pins, positions, settings. */
  async backup(file: string): Promise<void> {
    const backup = { format: BACKUP_FORMAT, exportedAt: new Date().toISOString(), store: this.store.data };
    await writeFile(file, `${JSON.stringify(backup, null, 1)}\n`);
  }

  /** Replaces the library with a backup; the current library file is kept beside it first. */
  async restore(file: string): Promise<{ documents: number; annotations: number; kept: string }> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new UserError(`cannot read the backup ${file}: ${(error as Error).message}`);
    }
    const backup = parsed as { format?: unknown; store?: unknown };
    if (backup?.format !== BACKUP_FORMAT) throw new UserError(`${file} is not a Hamish backup`);
    const data = storeSchema.safeParse(backup.store);
    if (!data.success)
      throw new UserError(`${file} is damaged or from an incompatible Hamish (store version ${STORE_VERSION} expected)`);
    const kept = `${this.store.path}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await copyFile(this.store.path, kept);
    await this.store.update((current) => {
      Object.assign(current, data.data);
    });
    return { documents: data.data.documents.length, annotations: data.data.annotations.length, kept };
  }
}
