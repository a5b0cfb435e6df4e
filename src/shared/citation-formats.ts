// The citation formats Hamish writes, named once for every side: the API's schemas, the CLI's
// --format, the export dialog and the core's citation-js calls (core/citations).
export const CITATION_FORMATS = ['csl', 'bibtex', 'ris', 'apa', 'chicago'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** The formatted references' styles (the other formats are data). */
export const CITATION_STYLES = ['apa', 'chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The languages an exported note's labels and dates can be in. */
export const EXPORT_LANGUAGES = ['en', 'ar'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];
