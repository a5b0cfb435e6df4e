// A document's indexed words, worked out where the document is parsed (a parse worker): the
// thread that builds the index then only numbers each document's distinct words, instead of
// scanning and hashing every word of every text, and never holds the normalised texts.
import { normalizeArabic } from '../../shared/arabic';
import { eachWord, words } from '../../shared/search/tokenize';

export interface DocTerms {
  /** The document's distinct index terms in order of first use, joined by '\n' (no term holds one). */
  distinct: string;
  /** Each word in order, as the index of its term in `distinct`. */
  ids: Uint32Array;
  /** The title's distinct words (they rank higher). */
  titleWords: string[];
}

/** The words indexed for a document: its text, and its title when the text doesn't begin with it. */
export function withTitle(title: string, normalizedText: string): string {
  const normalizedTitle = normalizeArabic(title).replace(/…$/, '');
  return normalizedText.startsWith(normalizedTitle) ? normalizedText : `${normalizedTitle}\n${normalizedText}`;
}

/** The terms the index keeps for a document with this title and normalised text. */
export function docTerms(title: string, normalized: string): DocTerms {
  const text = withTitle(title, normalized);
  const index = new Map<string, number>();
  const ids: number[] = [];
  eachWord(text, (start, end, value) => {
    const term = value ?? text.slice(start, end);
    let id = index.get(term);
    if (id === undefined) index.set(term, (id = index.size));
    ids.push(id);
  });
  return { distinct: [...index.keys()].join('\n'), ids: Uint32Array.from(ids), titleWords: [...new Set(words(title))] };
}

/** The distinct terms of a DocTerms, as a list. */
export function distinctTerms(terms: DocTerms): string[] {
  return terms.distinct ? terms.distinct.split('\n') : [];
}
