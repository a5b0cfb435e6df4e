// A light Arabic stemmer over normalised words (so ة is already ه, ى is ي):
// strips the common clitic prefixes and inflectional suffixes, never leaving
// fewer than three letters. بإتفاق → اتفاق, الميليشيات → ميليشي.
//
// A single-letter clitic (و ف ب ك ل) can't be told from a name's first letter
// (بغداد, فلسطين, واشنطن), so a word has two keys: stemmed with and without it.
// Words match when any of their keys do.

const CLITICS = ['وبال', 'وكال', 'فبال', 'فكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال'];
const SINGLE = ['و', 'ف', 'ب', 'ك', 'ل'];
// ة and ية appear normalised as ه and يه: stripping ه alone keeps سوريه and سوريا together (سوري).
const SUFFIXES = ['كما', 'هما', 'ها', 'هم', 'هن', 'ات', 'ون', 'ين', 'ان', 'ه', 'ي', 'ا'];

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

function stripSuffix(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

function stripClitic(word: string, single: boolean): string {
  for (const prefix of CLITICS) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) return word.slice(prefix.length);
  }
  if (single) {
    for (const prefix of SINGLE) {
      if (word.startsWith(prefix) && word.length - prefix.length >= 4) return stripClitic(word.slice(1), false);
    }
  }
  return word;
}

/** The word's stem, a single-letter clitic stripped too. */
export function stem(norm: string): string {
  if (norm.length < 3 || !ARABIC_WORD.test(norm)) return norm;
  return stripSuffix(stripClitic(norm, true));
}

/** The keys a word matches by: its stem, and its stem keeping a first letter that may be the word's own. */
export function stemKeys(norm: string): string[] {
  if (norm.length < 3 || !ARABIC_WORD.test(norm)) return [norm];
  const full = stem(norm);
  const kept = stripSuffix(stripClitic(norm, false));
  return full === kept ? [full] : [full, kept];
}

/**
 * A looser key for spelling variants that differ in long vowels inside the word
 * (الميليشيات / المليشيات): the stem without medial ا و ي. Ranked below stem matches.
 */
export function skeleton(stemmed: string): string {
  if (stemmed.length < 5 || !ARABIC_WORD.test(stemmed)) return stemmed;
  return stemmed[0] + stemmed.slice(1).replace(/[اوي]/g, '');
}
