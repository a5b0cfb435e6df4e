// Find in document: the search engine's matching rules applied to one text,
// returning ranges of the ORIGINAL text to highlight.
import { matchTier, parseQuery } from './query';
import { tokenize, type Token } from './tokenize';

export interface TextMatch {
  start: number;
  end: number;
}

/** Every occurrence of every word group (phrases as one range), in text order. */
export function findInText(text: string, query: string, options: { stemming?: boolean; tokens?: Token[] } = {}): TextMatch[] {
  const parsed = parseQuery(query, { stemming: options.stemming });
  if (!parsed.groups.length) return [];
  const tokens = options.tokens ?? tokenize(text);
  const matches: TextMatch[] = [];
  // Each distinct word is stemmed once, not once per occurrence.
  const cache = parsed.groups.map((group) => group.map(() => new Map<string, boolean>()));
  const matchesTerm = (g: number, k: number, norm: string) => {
    const known = cache[g]![k]!.get(norm);
    if (known !== undefined) return known;
    const result = matchTier(parsed.groups[g]![k]!, norm, parsed.stemming) >= 0;
    cache[g]![k]!.set(norm, result);
    return result;
  };
  for (const [g, group] of parsed.groups.entries()) {
    for (let i = 0; i + group.length <= tokens.length; i++) {
      if (group.every((_term, k) => matchesTerm(g, k, tokens[i + k]!.norm))) {
        matches.push({ start: tokens[i]!.start, end: tokens[i + group.length - 1]!.end });
      }
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps (a word that is also part of a phrase) collapse into the first, longest range.
  return matches.filter((m, i) => i === 0 || m.start >= matches[i - 1]!.end);
}
