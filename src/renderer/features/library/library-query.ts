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

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Words already folded: a library's titles and outlets repeat their words, and folding is char by char. */
const foldedWords = new Map<string, string>();

/**
 * Spelling folded as search folds it (normalizeArabic), faster for a whole library: plain ASCII (most
 * paths) folds to lower case alone, and other text a word at a time through a cache. Folding maps each
 * character on its own and keeps spaces, so word by word gives the same text.
 */
export function fold(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  if (foldedWords.size > 200_000) foldedWords.clear();
  return text
    .split(' ')
    .map((word) => {
      let folded = foldedWords.get(word);
      if (folded === undefined) foldedWords.set(word, (folded = normalizeArabic(word)));
      return folded;
    })
    .join(' ');
}

/** A library list ready to filter and sort: build one per list, then query it per keystroke. */
export class LibraryIndex {
  readonly #docs: readonly DocumentSummary[];
  /** Each document's title, outlet, author and path, spelling folded: what the filter text searches. */
  readonly #folded: string[];
  #titles: string[] | null = null;
  readonly #orders = new Map<string, Uint32Array>();

  /** The index of the list before this one: its orders seed this one's (see #order). */
  #previous: LibraryIndex | null;

  constructor(docs: readonly DocumentSummary[], previous: LibraryIndex | null = null) {
    this.#docs = docs;
    this.#previous = previous;
    this.#folded = docs.map((d) => `${fold(d.title)} ${fold(d.outlet ?? '')} ${fold(d.author ?? '')} ${fold(d.path)}`);
  }

  get size(): number {
    return this.#docs.length;
  }

  query(query: LibraryQuery): DocumentSummary[] {
    const needle = fold(query.text.trim());
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
    // An array, not a typed one: its sort (TimSort) takes a list already in order, or nearly, in one pass;
    // so a list reloaded after an import or a change starts from the order the previous list had.
    order = Uint32Array.from(this.#seed(key).sort(compare));
    this.#orders.set(key, order);
    this.#previous = null;
    return order;
  }

  /** Every index of this list, in the previous list's order of `key` when it had one (new documents last). */
  #seed(key: string): number[] {
    const previous = this.#previous;
    const before = previous ? previous.#orders.get(key) : undefined;
    const docs = this.#docs;
    if (!previous || !before) return [...docs.keys()];
    const at = new Map(docs.map((d, i) => [d.id, i]));
    const seed: number[] = [];
    const previousDocs = previous.#docs;
    for (const i of before) {
      const mine = at.get(previousDocs[i]!.id);
      if (mine !== undefined) {
        seed.push(mine);
        at.delete(previousDocs[i]!.id);
      }
    }
    for (const i of at.values()) seed.push(i);
    return seed;
  }
}

let latest: { docs: readonly DocumentSummary[]; index: LibraryIndex } | null = null;

/** The index of a list, built once per list (the store replaces the list whenever it changes). */
export function libraryIndex(docs: readonly DocumentSummary[]): LibraryIndex {
  if (latest?.docs !== docs) latest = { docs, index: new LibraryIndex(docs, latest?.index) };
  return latest.index;
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
