// Filtering and sorting the library list: pure, so it is tested without a browser and
// measured by the bench (library_filter_ms). At 30,000 documents a keystroke must cost
// well under 50 ms on the page's main thread, so the work that does not depend on the
// filter is done once per list (LibraryIndex): each document's folded search key, and
// each sort order, computed the first time it is asked for. A keystroke is then one pass
// over the sorted order with a substring test on precomputed strings.
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

/** Quotes, dots, ellipses, dashes and spaces a title may open with (« " .. …): not what it sorts by. */
const LEADING_PUNCTUATION = /^[\p{P}\p{S}\p{Z}\s]+/u;

/** What a title sorts by: without its leading punctuation (a title of punctuation alone keeps it). */
export function titleSortKey(title: string): string {
  return title.replace(LEADING_PUNCTUATION, '') || title;
}

/** A library list ready to filter and sort: build one per list, then query it per keystroke. */
export class LibraryIndex {
  readonly #docs: readonly DocumentSummary[];
  /** Each document's title, outlet, author and path, spelling folded: what the filter text searches. */
  readonly #folded: string[];
  #titles: string[] | null = null;
  readonly #orders = new Map<string, Uint32Array>();

  constructor(docs: readonly DocumentSummary[]) {
    this.#docs = docs;
    this.#folded = docs.map((d) => normalizeArabic(`${d.title} ${d.outlet ?? ''} ${d.author ?? ''} ${d.path}`));
  }

  get size(): number {
    return this.#docs.length;
  }

  query(query: LibraryQuery): DocumentSummary[] {
    const needle = normalizeArabic(query.text.trim());
    const docs = this.#docs;
    const folded = this.#folded;
    const out: DocumentSummary[] = [];
    for (const i of this.#order(query.sort, query.descending)) {
      const d = docs[i]!;
      if (query.lang && d.lang !== query.lang) continue;
      if (query.outlet && d.outlet !== query.outlet) continue;
      if (query.folder && d.folder !== query.folder) continue;
      if (needle && !folded[i]!.includes(needle)) continue;
      out.push(d);
    }
    return out;
  }

  /** Document indexes in the order of a sort key and direction; each computed once. */
  #order(sort: SortKey, descending: boolean): Uint32Array {
    const key = `${sort}:${descending}`;
    let order = this.#orders.get(key);
    if (order) return order;
    const docs = this.#docs;
    const titles = (this.#titles ??= docs.map((d) => titleSortKey(d.title)));
    const byTitle = (a: number, b: number) => collator.compare(titles[a]!, titles[b]!);
    const direction = descending ? -1 : 1;
    const compare = (a: number, b: number): number => {
      const x = docs[a]!;
      const y = docs[b]!;
      switch (sort) {
        case 'words':
          return direction * (x.words - y.words) || byTitle(a, b);
        case 'date':
          // Undated documents sort last either way round.
          if (!x.date !== !y.date) return x.date ? -1 : 1;
          return direction * (x.date ?? '').localeCompare(y.date ?? '') || byTitle(a, b);
        case 'outlet':
          return direction * collator.compare(x.outlet ?? '', y.outlet ?? '') || byTitle(a, b);
        case 'lang':
          return direction * x.lang.localeCompare(y.lang) || byTitle(a, b);
        default:
          return direction * byTitle(a, b);
      }
    };
    order = Uint32Array.from(docs.keys()).sort(compare);
    this.#orders.set(key, order);
    return order;
  }
}

const indexes = new WeakMap<readonly DocumentSummary[], LibraryIndex>();

/** The index of a list, built once per list (the store replaces the list whenever it changes). */
export function libraryIndex(docs: readonly DocumentSummary[]): LibraryIndex {
  let index = indexes.get(docs);
  if (!index) indexes.set(docs, (index = new LibraryIndex(docs)));
  return index;
}

export function queryLibrary(docs: readonly DocumentSummary[], query: LibraryQuery): DocumentSummary[] {
  return libraryIndex(docs).query(query);
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
