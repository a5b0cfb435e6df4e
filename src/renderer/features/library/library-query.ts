// Filtering and sorting the library list: pure, so it is tested without a browser.
import type { DocumentSummary, Language } from '../../../shared/types';
import { normalizeArabic } from '../../../shared/arabic';

export type SortKey = 'title' | 'outlet' | 'date' | 'lang' | 'words';

export interface LibraryQuery {
  text: string;
  lang: Language | '';
  outlet: string;
  folder: string;
  sort: SortKey;
  descending: boolean;
}

export const defaultQuery: LibraryQuery = { text: '', lang: '', outlet: '', folder: '', sort: 'title', descending: false };

const collator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });

function compare(a: DocumentSummary, b: DocumentSummary, key: SortKey): number {
  switch (key) {
    case 'words':
      return a.words - b.words;
    case 'date':
      // Undated documents sort last either way round.
      return (a.date ?? '').localeCompare(b.date ?? '');
    case 'outlet':
      return collator.compare(a.outlet ?? '', b.outlet ?? '');
    case 'lang':
      return a.lang.localeCompare(b.lang);
    default:
      return collator.compare(a.title, b.title);
  }
}

export function queryLibrary(docs: readonly DocumentSummary[], query: LibraryQuery): DocumentSummary[] {
  const needle = normalizeArabic(query.text.trim());
  const filtered = docs.filter(
    (d) =>
      (!query.lang || d.lang === query.lang) &&
      (!query.outlet || d.outlet === query.outlet) &&
      (!query.folder || d.folder === query.folder) &&
      (!needle || normalizeArabic(`${d.title} ${d.outlet ?? ''} ${d.author ?? ''} ${d.path}`).includes(needle)),
  );
  const direction = query.descending ? -1 : 1;
  return filtered.sort((a, b) => {
    if (query.sort === 'date' && !a.date !== !b.date) return a.date ? -1 : 1;
    return direction * compare(a, b, query.sort) || collator.compare(a.title, b.title);
  });
}

/** Distinct values for the filter menus, sorted. */
export function facets(docs: readonly DocumentSummary[]): { outlets: string[]; folders: string[]; missing: number } {
  const outlets = new Set<string>();
  const folders = new Set<string>();
  let missing = 0;
  for (const d of docs) {
    if (d.outlet) outlets.add(d.outlet);
    if (d.folder) folders.add(d.folder);
    if (d.missing) missing++;
  }
  return { outlets: [...outlets].sort(collator.compare), folders: [...folders].sort(collator.compare), missing };
}

export function isDefaultQuery(query: LibraryQuery): boolean {
  return (Object.keys(defaultQuery) as (keyof LibraryQuery)[]).every((key) => query[key] === defaultQuery[key]);
}
