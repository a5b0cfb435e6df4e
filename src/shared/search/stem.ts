// A light Arabic stemmer over normalised words (so ة is already ه, ى is ي):
// strips the common clitic prefixes and inflectional suffixes, never leaving
// fewer than two letters. بإتفاق → اتفاق, الميليشيات → ميليشي.

// Longest first: conjunction (و ف) + preposition (ب ك ل) + article (ال), and لل (ل + ال).
const PREFIXES = ['وبال', 'وكال', 'فبال', 'فكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال', 'و', 'ف', 'ب', 'ك', 'ل'];
// ية and ة appear normalised as يه and ه. A final ا (tanween alef, dual) goes too.
const SUFFIXES = ['كما', 'هما', 'يه', 'ها', 'هم', 'هن', 'ات', 'ون', 'ين', 'ان', 'ه', 'ي', 'ا'];

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

export function stem(norm: string): string {
  if (norm.length < 3 || !ARABIC_WORD.test(norm)) return norm;
  let word = norm;
  for (const prefix of PREFIXES) {
    // Single-letter prefixes only on longer words: وزير keeps its و.
    const minRest = prefix.length === 1 ? 4 : 2;
    if (word.startsWith(prefix) && word.length - prefix.length >= minRest) {
      word = word.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      word = word.slice(0, -suffix.length);
      break;
    }
  }
  return word;
}

/**
 * A looser key for spelling variants that differ in long vowels inside the word
 * (الميليشيات / المليشيات): the stem without medial ا و ي. Ranked below stem matches.
 */
export function skeleton(stemmed: string): string {
  if (stemmed.length < 5 || !ARABIC_WORD.test(stemmed)) return stemmed;
  return stemmed[0] + stemmed.slice(1).replace(/[اوي]/g, '');
}
