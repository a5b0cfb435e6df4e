// Citations of library documents in the formats researchers' tools read: CSL-JSON, BibTeX, RIS,
// and references formatted in APA or Chicago. The formatting is citation-js's (citeproc-js for
// the styles); it is heavy, so it is loaded on the first citation, never at start or for the
// command line's other commands. Arabic names and titles pass through intact: BibTeX is written
// as UTF-8 (biber and Zotero read it), not forced into LaTeX escapes that would drop them.
import type { CitationFormat, CitationStyle } from '../../shared/citation-formats';
import type { DocumentSummary } from '../../shared/types';
import { CHICAGO_STYLE } from './chicago-style';
import { cslItem } from './csl-item';

export type { CitationFormat, CitationStyle } from '../../shared/citation-formats';

/** The file extension each format is saved with. */
export const CITATION_EXTENSIONS: Record<CitationFormat, string> = {
  csl: 'json',
  bibtex: 'bib',
  ris: 'ris',
  apa: 'txt',
  chicago: 'txt',
};

interface CiteInstance {
  format(format: string, options?: Record<string, unknown>): string;
}
type CiteConstructor = new (data: unknown) => CiteInstance;

let loading: Promise<CiteConstructor> | undefined;

/** citation-js with its CSL, BibTeX and RIS plugins, configured once. */
function citationJs(): Promise<CiteConstructor> {
  loading ??= (async () => {
    const core = await import('@citation-js/core');
    await Promise.all([
      import('@citation-js/plugin-csl'),
      import('@citation-js/plugin-bibtex'),
      import('@citation-js/plugin-ris'),
    ]);
    const bibtex = core.plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
    bibtex.format.asciiOnly = false;
    // The citekey Hamish made (ASCII, stable) is the label, not one built from Arabic words.
    bibtex.format.useIdAsLabel = true;
    const csl = core.plugins.config.get('@csl') as {
      templates: { add(name: string, xml: string): void; has(name: string): boolean };
    };
    if (!csl.templates.has('chicago')) csl.templates.add('chicago', CHICAGO_STYLE);
    return core.Cite;
  })();
  return loading;
}

/** The documents' citations in one format, as the text of a file (or of the clipboard). */
export async function formatCitations(docs: DocumentSummary[], format: CitationFormat): Promise<string> {
  const items = docs.map(cslItem);
  if (format === 'csl') return `${JSON.stringify(items, null, 2)}\n`;
  const Cite = await citationJs();
  const cite = new Cite(items);
  if (format === 'bibtex') return `${cite.format('bibtex').trim()}\n`;
  if (format === 'ris') {
    // RIS has no whole-name form (citation-js drops a literal name), so it goes as the family name
    // (A1  - محمد علي). The older RIS tags (T1, A1, Y1, JF): the newer spec's mapping drops a
    // newspaper article's author, and Zotero, EndNote and Mendeley read both.
    const named = items.map((item) => ({ ...item, author: item.author?.map((n) => (n.literal ? { family: n.literal } : n)) }));
    return `${new Cite(named).format('ris', { spec: 'old' }).trim()}\n`;
  }
  return `${cite.format('bibliography', { format: 'text', template: format, lang: 'en-US' }).trim()}\n`;
}

/** A quote, then its source's reference in a style: what "Copy with citation" puts on the clipboard. */
export async function quoteWithCitation(quote: string, doc: DocumentSummary, style: CitationStyle): Promise<string> {
  const reference = (await formatCitations([doc], style)).trim();
  return `«${quote.trim()}»\n\n${reference}\n`;
}
