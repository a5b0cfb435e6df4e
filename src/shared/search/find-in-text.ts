// Find in document: the search engine's matching rules applied to one text,
// returning ranges of the ORIGINAL text to highlight.
import { matchTier, parseQuery, type QueryTerm } from './query';
import { tokenize, type Token } from './tokenize';

export interface TextMatch {
  start: number;
  end: number;
}

/** Finds word groups (a word, or a phrase) in tokens; each distinct word is stemmed once, not once per occurrence. */
function groupFinder(groups: QueryTerm[][], stemming: boolean) {
  const cache = groups.map((group) => group.map(() => new Map<string, boolean>()));
  const matchesTerm = (g: number, k: number, norm: string) => {
    const known = cache[g]![k]!.get(norm);
    if (known !== undefined) return known;
    const result = matchTier(groups[g]![k]!, norm, stemming) >= 0;
    cache[g]![k]!.set(norm, result);
    return result;
  };
  /** Where group g starts to match in tokens, from `from`; -1 when it doesn't. */
  return (g: number, tokens: Token[], from = 0) => {
    const group = groups[g]!;
    for (let i = from; i + group.length <= tokens.length; i++) {
      if (group.every((_term, k) => matchesTerm(g, k, tokens[i + k]!.norm))) return i;
    }
    return -1;
  };
}

/** Every occurrence of every word group (phrases as one range), in text order. */
export function findInText(text: string, query: string, options: { stemming?: boolean; tokens?: Token[] } = {}): TextMatch[] {
  const parsed = parseQuery(query, { stemming: options.stemming });
  if (!parsed.groups.length) return [];
  const findGroup = groupFinder(parsed.groups, parsed.stemming);
  const tokens = options.tokens ?? tokenize(text);
  const matches: TextMatch[] = [];
  for (const [g, group] of parsed.groups.entries()) {
    for (let i = findGroup(g, tokens); i >= 0; i = findGroup(g, tokens, i + 1)) {
      matches.push({ start: tokens[i]!.start, end: tokens[i + group.length - 1]!.end });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps (a word that is also part of a phrase) collapse into the first, longest range.
  return matches.filter((m, i) => i === 0 || m.start >= matches[i - 1]!.end);
}

/**
 * A reusable test for many texts (the notes list): true when every word group of the query
 * occurs and no excluded one does, by the search engine's rules.
 */
export function textMatcher(query: string, options: { stemming?: boolean } = {}): ((tokens: Token[]) => boolean) | null {
  const parsed = parseQuery(query, { stemming: options.stemming });
  if (!parsed.groups.length) return null;
  const wanted = groupFinder(parsed.groups, parsed.stemming);
  const unwanted = groupFinder(parsed.excluded, parsed.stemming);
  return (tokens) =>
    parsed.groups.every((_group, g) => wanted(g, tokens) >= 0) && !parsed.excluded.some((_group, g) => unwanted(g, tokens) >= 0);
}
