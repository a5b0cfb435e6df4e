// Exports: Markdown notes (per document, the library, or a tag) and a JSON backup
// of everything in the library file, restorable without loss (store/backup-service.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../../shared/errors';
import { documentsOf } from '../../shared/annotation-ends';
import { openDeepLink } from '../../shared/routes';
import type { AnnotationService } from '../annotations/annotation-service';
import type { LibraryService } from '../library/library-service';
import type { AnnotationLog } from '../store/annotation-log';
import { BACKUP_FORMAT } from '../store/backup-file';
import type { LibraryFile } from '../store/library-file';
import { ExportFolder, readTemplate } from './export-files';
import { checkTemplate, documentMarkdown, fileNameFor } from './markdown-export';

export { BACKUP_FORMAT };

export class ExportService {
  constructor(
    private readonly libraryFile: LibraryFile,
    private readonly annotationLog: AnnotationLog,
    private readonly library: LibraryService,
    private readonly annotations: AnnotationService,
  ) {}

  /**
   * One Markdown file per document that has notes (or the one asked for, or those with a tag);
   * `template` is the path of a user's Mustache template. Returns the files written.
   */
  async markdown(outDir: string, filter: { docId?: string; tag?: string; template?: string } = {}): Promise<string[]> {
    let template: string | undefined;
    if (filter.template) {
      template = await readTemplate(filter.template);
      try {
        checkTemplate(template);
      } catch (error) {
        throw new UserError(`the template ${filter.template} cannot be used: ${(error as Error).message}`);
      }
    }
    const annotations = this.annotations.list({ docId: filter.docId, tag: filter.tag });
    const annotated = new Set(annotations.flatMap(documentsOf));
    const all = this.library.list();
    const docs = all.filter((d) => (filter.docId ? d.id === filter.docId : annotated.has(d.id)));
    if (filter.docId && !docs.length) throw new UserError(`No document with id "${filter.docId}" in the library`);
    if (!docs.length)
      throw new UserError(filter.tag ? `No notes are tagged "${filter.tag}"` : 'There are no notes to export yet');
    await mkdir(outDir, { recursive: true });
    const titles = new Map(all.map((d) => [d.id, d.title]));
    const exported = new Date().toISOString();
    const taken = new Set<string>();
    const written: string[] = [];
    const folder = new ExportFolder(outDir);
    for (const doc of docs) {
      const name = fileNameFor(doc.title, taken);
      const mine = annotations.filter((a) => documentsOf(a).includes(doc.id));
      const content = documentMarkdown(doc, mine, exported, { template, titleOf: (id) => titles.get(id) });
      // A name taken by a file that isn't an earlier export of this note gets the next free one.
      const path = await folder.write(name, content, openDeepLink(doc.id), () => fileNameFor(doc.title, taken));
      written.push(path);
    }
    return written;
  }

  /** The contract's exportNotes: Markdown notes into a folder, or one dated JSON backup file there. */
  async exportNotes(args: {
    format: 'md' | 'json';
    out: string;
    docId?: string;
    tag?: string;
    template?: string;
  }): Promise<{ files: string[] }> {
    const { format, out, ...filter } = args;
    return { files: format === 'md' ? await this.markdown(out, filter) : [await this.backupInto(out)] };
  }

  /** Everything: documents, folders, annotations (deleted ones too, for undo), pins, positions, settings. */
  async backup(file: string): Promise<string> {
    const store = { ...this.libraryFile.data, annotations: [...this.annotationLog.all()] };
    const backup = { format: BACKUP_FORMAT, exportedAt: new Date().toISOString(), store };
    await mkdir(dirname(file), { recursive: true });
    // Never over an existing file (nor through a link): the exclusive create refuses both.
    await writeFile(file, `${JSON.stringify(backup, null, 1)}\n`, { flag: 'wx', mode: 0o600 });
    return file;
  }

  /** A dated backup file in a folder (a second one that day is numbered, never written over the first). */
  async backupInto(dir: string): Promise<string> {
    const day = new Date().toISOString().slice(0, 10);
    for (let n = 1; ; n++) {
      try {
        return await this.backup(join(dir, n === 1 ? `hamish-backup-${day}.json` : `hamish-backup-${day} (${n}).json`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 1000) throw error;
      }
    }
  }
}
