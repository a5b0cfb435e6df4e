// The bounds every file is read within (DESIGN: "Untrusted input has bounds"). An article is
// a few KB to a few MB; these are far above any real one and far below what hangs the app.

/** The largest file Hamish reads, checked on the opened file (not on the folder walk's stat). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A parse that runs longer is stopped (its worker is terminated) and the file reported. */
export const PARSE_TIME_LIMIT_MS = 30_000;

/** A parser's heap (V8 old generation) beyond this stops its worker: jsdom on a hostile page grows to gigabytes. */
export const PARSE_MEMORY_LIMIT_MB = 1024;

/**
 * Elements in one web page or chapter, counted before jsdom builds them (~3 KB of heap each):
 * a long saved page has a few thousand, a very heavy one 30,000.
 */
export const MAX_ELEMENTS = 60_000;

/** Readability is slow on big pages; above this many elements the page is read whole (menus and ads removed). */
export const READABILITY_MAX_ELEMENTS = 15_000;

/**
 * Elements nested inside each other: Readability's cost grows with the cube of it (200 deep: under a
 * second; 1,500: minutes), and the DOM walks recurse. Real pages stay under 100.
 */
export const MAX_NESTING_DEPTH = 200;

/** Files inside one zip archive (EPUB, DOCX): a book has a few hundred. */
export const MAX_ZIP_ENTRIES = 10_000;

/** For messages: "50 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
