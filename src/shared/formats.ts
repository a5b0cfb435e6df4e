// The file formats Hamish reads, as plain data: the one list the core's readers, the store schema,
// the desktop file dialog, the CLI help and the README table are checked against. The readers
// themselves live in core/library/formats (they need Node); this file stays light enough for any layer.
export const DOCUMENT_FORMATS = {
  txt: { extensions: ['.txt', '.text'], label: 'Plain text' },
  md: { extensions: ['.md', '.markdown'], label: 'Markdown' },
  html: { extensions: ['.html', '.htm', '.xhtml'], label: 'Saved web pages' },
  docx: { extensions: ['.docx'], label: 'Word' },
  epub: { extensions: ['.epub'], label: 'EPUB' },
} as const satisfies Record<string, { extensions: readonly `.${string}`[]; label: string }>;

export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;

/** The formats' names (the store schema's enum, in shared/model/document.ts: zod stays out of this file, which `hamish --help` loads). */
export const FORMAT_NAMES = Object.keys(DOCUMENT_FORMATS) as [DocumentFormat, ...DocumentFormat[]];

/** Every extension Hamish reads, lower case with the dot, in the order of the formats above. */
export const ALL_EXTENSIONS: readonly string[] = Object.values(DOCUMENT_FORMATS).flatMap((f) => f.extensions);

/** The desktop file dialog's filter (Electron wants extensions without the dot). */
export const ARTICLE_FILE_FILTER = { name: 'Articles', extensions: ALL_EXTENSIONS.map((e) => e.slice(1)) };

/** The format an extension (with its dot, any case) belongs to. */
export function formatOfExtension(extension: string): DocumentFormat | null {
  const ext = extension.toLowerCase();
  return FORMAT_NAMES.find((f) => (DOCUMENT_FORMATS[f].extensions as readonly string[]).includes(ext)) ?? null;
}

/** One line for help texts: "Plain text (.txt, .text), Markdown (.md, .markdown), …". */
export function formatsHelpLine(): string {
  return Object.values(DOCUMENT_FORMATS)
    .map((f) => `${f.label} (${f.extensions.join(', ')})`)
    .join(', ');
}
