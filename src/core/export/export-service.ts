// Exports: Markdown notes (per document, the library, or a tag), citations (CSL-JSON, BibTeX,
// RIS, APA, Chicago) and a JSON backup of everything in the library file, restorable without loss
// (store/backup-service.ts).
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
import type { DocumentSummary } from '../../shared/types';
import { CITATION_EXTENSIONS, formatCitations, quoteWithCitation, type CitationFormat } from '../citations/citations';
import type { ExportLanguage } from './export-labels';
import { ExportFolder, readTemplate, type NoteTarget } from './export-files';
import { mergeInto, propertyKeys, readExisting, withRegion } from './managed-region';
import { checkTemplate, renderNote } from './markdown-export';
import { noteNames } from './obsidian-names';

/** Which notes a Markdown export writes, and how. */
export interface MarkdownFilter {
  docId?: string;
  tag?: string;
  template?: string;
  lang?: ExportLanguage;
  /** Overwrite notes whose managed region the user edited. */
  force?: boolean;
}

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
   * `template` is the path of a user's Mustache template, `lang` the labels' language (the
   * interface's by default). An earlier export is updated in place: the user's writing outside its
   * managed region and their own front matter keys are kept. When the user edited inside the region
   * of any note, nothing is written unless `force`. Returns the files written.
   */
  async markdown(outDir: string, filter: MarkdownFilter = {}): Promise<string[]> {
    let template: string | undefined;
    if (filter.template) {
      template = await readTemplate(filter.template);
      try {
        checkTemplate(template);
      } catch (error) {
        throw new UserError(`the template ${filter.template} cannot be used: ${(error as Error).message}`);
      }
    }
    const docs = this.#documents(filter);
    const annotations = this.annotations.list({ docId: filter.docId, tag: filter.tag });
    await mkdir(outDir, { recursive: true });
    const all = this.library.list();
    const titles = new Map(all.map((d) => [d.id, d.title]));
    // Stable names over the whole library, so a wiki-link finds its note whichever notes this export writes.
    const names = noteNames(all);
    const lang = filter.lang ?? this.language();
    const exported = new Date().toISOString();
    const folder = new ExportFolder(outDir);
    const planned: { target: NoteTarget; content: string }[] = [];
    const edited: string[] = [];
    const claimed = new Set<string>();
    for (const doc of docs) {
      const stem = names.get(doc.id)!;
      const mine = annotations.filter((a) => documentsOf(a).includes(doc.id));
      const note = renderNote(doc, mine, exported, {
        template,
        lang,
        titleOf: (id) => titles.get(id),
        noteOf: (id) => names.get(id),
      });
      // A name taken by a file that isn't an earlier export of this note gets the next free one.
      const target = await folder.find(`${stem}.md`, openDeepLink(doc.id), (n) => `${stem} (${n}).md`, claimed);
      claimed.add(target.path);
      const existing = target.existing === null ? null : readExisting(target.existing, propertyKeys(note.frontMatter));
      if (existing?.edited) edited.push(target.path);
      planned.push({
        target,
        content: existing ? mergeInto(existing, note.frontMatter, note.body) : withRegion(note.frontMatter, note.body),
      });
    }
    if (edited.length && !filter.force) {
      throw new UserError(
        `${edited.length === 1 ? 'a note was' : `${edited.length} notes were`} edited inside the part Hamish writes since the last export, so nothing was exported: ${edited.join(', ')}. Move your changes above or below the hamish markers, or export again with --force (in the app: "Replace my changes") to overwrite them`,
      );
    }
    const written: string[] = [];
    for (const { target, content } of planned) written.push(await folder.put(target, content));
    return written;
  }

  /** The documents an export covers: the one asked for, those with notes (with the tag). */
  #documents(filter: { docId?: string; tag?: string }): DocumentSummary[] {
    const annotations = this.annotations.list({ docId: filter.docId, tag: filter.tag });
    const annotated = new Set(annotations.flatMap(documentsOf));
    const docs = this.library.list().filter((d) => (filter.docId ? d.id === filter.docId : annotated.has(d.id)));
    if (filter.docId && !docs.length) throw new UserError(`No document with id "${filter.docId}" in the library`);
    if (!docs.length)
      throw new UserError(filter.tag ? `No notes are tagged "${filter.tag}"` : 'There are no notes to export yet');
    return docs;
  }

  /** Each document's note name (stable over the library), for [[wiki-links]] to the notes. */
  noteNames(): Map<string, string> {
    return noteNames(this.library.list());
  }

  /** The interface's language, as the export's default ('system': the system's locale). */
  language(): ExportLanguage {
    const setting = this.libraryFile.data.settings.uiLanguage;
    const lang = setting === 'system' ? Intl.DateTimeFormat().resolvedOptions().locale : setting;
    return lang.toLowerCase().startsWith('ar') ? 'ar' : 'en';
  }

  /**
   * Citations of documents in one format, as text: those given by id, or the whole library. With a
   * `quote` (a passage of the one document), the quote, then its reference.
   */
  async cite(args: { ids?: string[]; format: CitationFormat; quote?: string }): Promise<{ text: string }> {
    const all = this.library.list();
    const byId = new Map(all.map((d) => [d.id, d]));
    const docs = args.ids
      ? args.ids.map((id) => {
          const doc = byId.get(id);
          if (!doc) throw new UserError(`No document with id "${id}" in the library`);
          return doc;
        })
      : all;
    if (!docs.length) throw new UserError('The library is empty: there is nothing to cite');
    if (args.quote !== undefined) {
      if (docs.length !== 1) throw new UserError('a quote is cited from one document');
      const style = args.format === 'chicago' ? 'chicago' : 'apa';
      return { text: await quoteWithCitation(args.quote, docs[0]!, style) };
    }
    return { text: await formatCitations(docs, args.format) };
  }

  /** Citations of the documents an export covers (one, those with notes, or a tag's) as a dated file in a folder. */
  async citationsInto(
    dir: string,
    format: CitationFormat,
    filter: { docId?: string; tag?: string; all?: boolean },
  ): Promise<string> {
    const docs = filter.all ? this.library.list() : this.#documents(filter);
    const text = await formatCitations(docs, format);
    await mkdir(dir, { recursive: true });
    const day = new Date().toISOString().slice(0, 10);
    const extension = CITATION_EXTENSIONS[format];
    const style = format === 'apa' || format === 'chicago' ? `-${format}` : '';
    for (let n = 1; ; n++) {
      const file = join(dir, `hamish-references${style}-${day}${n === 1 ? '' : ` (${n})`}.${extension}`);
      try {
        // Never over an existing file (nor through a link).
        await writeFile(file, text, { flag: 'wx' });
        return file;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 1000) throw error;
      }
    }
  }

  /** The contract's exportNotes: Markdown notes into a folder, one dated JSON backup file, or a citations file. */
  async exportNotes(args: {
    format: 'md' | 'json' | CitationFormat;
    out: string;
    docId?: string;
    tag?: string;
    template?: string;
    lang?: ExportLanguage;
    force?: boolean;
  }): Promise<{ files: string[] }> {
    const { format, out, ...filter } = args;
    if (format === 'md') return { files: await this.markdown(out, filter) };
    if (format === 'json') return { files: [await this.backupInto(out)] };
    return { files: [await this.citationsInto(out, format, { docId: filter.docId, tag: filter.tag })] };
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
