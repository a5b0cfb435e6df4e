// Search queries: words (all must match), "quoted phrases", -excluded words,
// prefix matching of the last word while typing, and filters written inline
// (outlet:… lang:ar folder:… from:2025-01-01 to:2025-12-31).
import { tokenize } from './tokenize';
import { skeleton, stem, stemKeys } from './stem';

/** One word of a query with the keys it matches by, best first. */
export interface QueryTerm {
  norm: string;
  /** Stem keys (see stemKeys): the word matches any word sharing one. */
  stems: string[];
  skeleton: string;
  /** The last word while typing: also matches words it begins. */
  prefix: boolean;
}

export interface SearchFilters {
  outlet?: string;
  lang?: 'ar' | 'en' | 'mixed';
  folder?: string;
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

export interface ParsedQuery {
  /** Every group must match: a single word, or a phrase (adjacent, in order). */
  groups: QueryTerm[][];
  /** Words and phrases that must not occur. */
  excluded: QueryTerm[][];
  filters: SearchFilters;
  /** Light stemming (on by default): match stems and spelling variants, not just the words. */
  stemming: boolean;
}

export function queryTerm(norm: string, prefix = false): QueryTerm {
  return { norm, stems: stemKeys(norm), skeleton: skeleton(stem(norm)), prefix };
}

const FILTER = /^(outlet|lang|folder|from|to):(.+)$/;

export function parseQuery(
  input: string,
  options: { prefix?: boolean; stemming?: boolean; filters?: SearchFilters } = {},
): ParsedQuery {
  const groups: QueryTerm[][] = [];
  const excluded: QueryTerm[][] = [];
  const filters: SearchFilters = { ...options.filters };
  const setFilter = (key: string, value: string) => {
    if (key === 'lang' && (value === 'ar' || value === 'en' || value === 'mixed')) filters.lang = value;
    else if (key === 'outlet') filters.outlet = value.replace(/_/g, ' ');
    else if (key === 'folder' || key === 'from' || key === 'to') filters[key] = value;
  };
  // Quoted parts first: a filter's value (outlet:"Al Jazeera"), an excluded phrase (-"…"), or a phrase.
  const rest = input.replace(
    /(-|(?:outlet|lang|folder|from|to):)?["“”«»]([^"“”«»]*)["“”«»]?/g,
    (_m, lead: string | undefined, inner: string) => {
      if (lead && lead !== '-') {
        setFilter(lead.slice(0, -1), inner.trim());
        return ' ';
      }
      const terms = tokenize(inner).map((t) => queryTerm(t.norm));
      if (terms.length) (lead === '-' ? excluded : groups).push(terms);
      return ' ';
    },
  );
  const words = rest.split(/\s+/).filter(Boolean);
  const lastWord = words.at(-1);
  const typingLastWord = options.prefix === true && !/\s$/.test(input) && !/["“”«»]\s*$/.test(input);
  for (const word of words) {
    const filter = FILTER.exec(word);
    if (filter) {
      setFilter(filter[1]!, filter[2]!);
      continue;
    }
    const negative = word.startsWith('-') && word.length > 1;
    const tokens = tokenize(negative ? word.slice(1) : word);
    tokens.forEach((t, i) => {
      const isLast = word === lastWord && i === tokens.length - 1 && typingLastWord && !negative;
      const term = queryTerm(t.norm, isLast);
      if (negative) excluded.push([term]);
      else groups.push([term]);
    });
  }
  return { groups, excluded, filters, stemming: options.stemming ?? true };
}

/** How a word of the text matches a query term: 0 exact, 1 stem or prefix, 2 spelling variant; -1 not at all. */
export function matchTier(term: QueryTerm, norm: string, stemming: boolean): number {
  if (norm === term.norm) return 0;
  if (term.prefix && norm.startsWith(term.norm)) return 1;
  if (!stemming) return -1;
  if (stemKeys(norm).some((key) => term.stems.includes(key))) return 1;
  if (term.skeleton.length >= 3 && skeleton(stem(norm)) === term.skeleton) return 2;
  return -1;
}
