// Find in document: the search engine's matching rules applied to one text,
// returning ranges of the ORIGINAL text to highlight.
import { matchTier, parseQuery } from './query';
import { tokenize, type Token } from './tokenize';

export interface TextMatch {
  start: number;
  end: number;
}

/** Builds a test of whether a text matches a query; each distinct word is stemmed once, not once per occurrence. */
function termMatcher(query: string, stemming?: boolean) {
  const parsed = parseQuery(query, { stemming });
  const cache = parsed.groups.map((group) => group.map(() => new Map<string, boolean>()));
  const matchesTerm = (g: number, k: number, norm: string) => {
    const known = cache[g]![k]!.get(norm);
    if (known !== undefined) return known;
    const result = matchTier(parsed.groups[g]![k]!, norm, parsed.stemming) >= 0;
    cache[g]![k]!.set(norm, result);
    return result;
  };
  /** Where group g starts to match in tokens, from `from`; -1 when it doesn't. */
  const findGroup = (g: number, tokens: Token[], from: number) => {
    const group = parsed.groups[g]!;
    for (let i = from; i + group.length <= tokens.length; i++) {
      if (group.every((_term, k) => matchesTerm(g, k, tokens[i + k]!.norm))) return i;
    }
    return -1;
  };
  return { parsed, findGroup };
}

/** Every occurrence of every word group (phrases as one range), in text order. */
export function findInText(text: string, query: string, options: { stemming?: boolean; tokens?: Token[] } = {}): TextMatch[] {
  const { parsed, findGroup } = termMatcher(query, options.stemming);
  if (!parsed.groups.length) return [];
  const tokens = options.tokens ?? tokenize(text);
  const matches: TextMatch[] = [];
  for (const [g, group] of parsed.groups.entries()) {
    for (let i = findGroup(g, tokens, 0); i >= 0; i = findGroup(g, tokens, i + 1)) {
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
  const all = termMatcher(query, options.stemming);
  if (!all.parsed.groups.length) return null;
  const excluded = all.parsed.excluded.length
    ? termMatcher(
        all.parsed.excluded
          .map((group) => (group.length > 1 ? `"${group.map((t) => t.norm).join(' ')}"` : group[0]!.norm))
          .join(' '),
        options.stemming,
      )
    : null;
  return (tokens) =>
    all.parsed.groups.every((_group, g) => all.findGroup(g, tokens, 0) >= 0) &&
    !excluded?.parsed.groups.some((_group, g) => excluded.findGroup(g, tokens, 0) >= 0);
}
