// Search queries: words (all must match), "quoted phrases", -excluded words,
// prefix matching of the last word while typing, and filters written inline
// (outlet:… lang:ar folder:… from:2025-01-01 to:2025-12-31).
import { tokenize } from './tokenize';
import { skeleton, stem } from './stem';

/** One word of a query with the keys it matches by, best first. */
export interface QueryTerm {
  norm: string;
  stem: string;
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
  excluded: QueryTerm[];
  filters: SearchFilters;
  /** Light stemming (on by default): match stems and spelling variants, not just the words. */
  stemming: boolean;
}

export function queryTerm(norm: string, prefix = false): QueryTerm {
  const stemmed = stem(norm);
  return { norm, stem: stemmed, skeleton: skeleton(stemmed), prefix };
}

const FILTER = /^(outlet|lang|folder|from|to):(.+)$/;

export function parseQuery(
  input: string,
  options: { prefix?: boolean; stemming?: boolean; filters?: SearchFilters } = {},
): ParsedQuery {
  const groups: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  const filters: SearchFilters = { ...options.filters };
  // Phrases first, then the words outside them.
  const rest = input.replace(/["“”«»]([^"“”«»]*)["“”«»]?/g, (_m, phrase: string) => {
    const terms = tokenize(phrase).map((t) => queryTerm(t.norm));
    if (terms.length) groups.push(terms);
    return ' ';
  });
  const words = rest.split(/\s+/).filter(Boolean);
  const lastWord = words.at(-1);
  const typingLastWord = options.prefix === true && !/\s$/.test(input) && !/["“”«»]\s*$/.test(input);
  for (const word of words) {
    const filter = FILTER.exec(word);
    if (filter) {
      const [, key, value] = filter;
      if (key === 'lang' && (value === 'ar' || value === 'en' || value === 'mixed')) filters.lang = value;
      else if (key === 'outlet' || key === 'folder' || key === 'from' || key === 'to') filters[key] = value!.replace(/_/g, ' ');
      continue;
    }
    const negative = word.startsWith('-') && word.length > 1;
    const tokens = tokenize(negative ? word.slice(1) : word);
    tokens.forEach((t, i) => {
      const isLast = word === lastWord && i === tokens.length - 1 && typingLastWord && !negative;
      const term = queryTerm(t.norm, isLast);
      if (negative) excluded.push(term);
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
  const s = stem(norm);
  if (s === term.stem) return 1;
  if (term.skeleton.length >= 3 && skeleton(s) === term.skeleton) return 2;
  return -1;
}
