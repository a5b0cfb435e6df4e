// What a reader checks between two reports besides the gist: the numbers, the
// names (people, places, organisations) and the quotations each one carries.
// Arabic has no capitals, so a name is a run of rare words that a title or a
// kind of place introduces (الجنرال كينيث ماكنزي, ميليشيات عصائب أهل الحق), starts
// with a kunya (أبو علي العسكري), is written in Latin capitals, or recurs.
import type { Term } from './terms';
import { termKeys } from './terms';
import { normalizeArabic } from '../arabic';
import type { TermWeights } from './weights';

export interface Mention {
  /** Block index and offsets in the document's text. */
  block: number;
  start: number;
  end: number;
  terms: Term[];
}

// Titles and ranks introduce a name and are not part of it (الجنرال كينيث ماكنزي); kinds of place
// or body begin one (حزب الله, مطار بغداد). Compared by stem keys, so لميليشيا is a ميليشيا.
const keysOf = (words: string) => new Set(normalizeArabic(words).split(' ').flatMap(termKeys));
const TITLES = keysOf(
  'رئيس وزير الجنرال الشيخ الامير الملك السيد الدكتور العقيد اللواء العميد الفريق النائب السفير المتحدث الناطق ' +
    'المسؤول زعيم president minister general sheikh prince king mr dr',
);
const KINDS = keysOf('مدينه محافظه قضاء حزب حركه تنظيم وكاله صحيفه قناه مطار جامعه منظمه عصائب');
const KUNYA = new Set(['ابو', 'ابي', 'ام']);
const MAX_NAME_WORDS = 4;
const TITLE_REACH = 3;
const BREAK = /[،,.:؛()«»"“”]/;

// A plural (المسؤولين, الوكالات) names a kind of people or thing, not one of them.
const isPlural = (term: Term) => /(ات|ين|ون)$/.test(term.norm);
const isTitle = (term: Term) => !isPlural(term) && term.keys.some((k) => TITLES.has(k));
const isKind = (term: Term) => !isPlural(term) && term.keys.some((k) => KINDS.has(k));

/** Runs of words that read as names (see the module comment); rare = IDF at least `rare`. */
export function nameMentions(blockTerms: Term[][], text: string, weights: TermWeights, rare: number): Mention[] {
  const runs: Mention[] = [];
  const counts = new Map<string, number>();
  const keyOf = (terms: Term[]) => terms.map((t) => t.norm).join(' ');
  blockTerms.forEach((terms, block) => {
    let k = 0;
    while (k < terms.length) {
      const term = terms[k]!;
      const rareWord = (t: Term) =>
        t.value === undefined && !isTitle(t) && (t.capital || (!t.stop && weights.idf(t.keys[0]!) >= rare));
      const kunya = KUNYA.has(term.norm);
      const kind = isKind(term);
      if (!rareWord(term) && !kunya && !kind) {
        k++;
        continue;
      }
      const joined = (at: number) => !BREAK.test(text.slice(terms[at - 1]!.end, terms[at]!.start));
      let end = k + 1;
      // A kunya or a kind takes the next word whatever it is (أبو علي: علي is also a preposition's spelling);
      // after a kind, only rare definite words go on (عصائب أهل الحق; not "محافظة كركوك مما أسفر").
      const next = terms[end];
      if (next && (kunya || (kind && !next.stop)) && joined(end) && next.value === undefined) end++;
      const goesOn = (t: Term) => rareWord(t) && !isKind(t) && (!kind || t.norm.startsWith('ال'));
      while (end < terms.length && end - k < MAX_NAME_WORDS && goesOn(terms[end]!) && joined(end)) end++;
      const run = terms.slice(k, end);
      const latin = run.every((t) => t.capital);
      // "المتحدث باسم الوزارة سيف البدر": a title a few words back still introduces the name.
      const cued = terms.slice(Math.max(0, k - TITLE_REACH), k).some(isTitle);
      if (run.length >= 2 && (latin || cued || kunya || kind))
        runs.push({ block, start: run[0]!.start, end: run.at(-1)!.end, terms: run });
      if (run.length >= 2) counts.set(keyOf(run), (counts.get(keyOf(run)) ?? 0) + 1);
      k = end;
    }
  });
  // A run of rare words that recurs is a name even without a cue.
  const seen = new Set(runs.map((r) => `${r.block}:${r.start}`));
  blockTerms.forEach((terms, block) => {
    for (let k = 0; k + 1 < terms.length; k++) {
      const pair = terms.slice(k, k + 2);
      if ((counts.get(keyOf(pair)) ?? 0) >= 2 && !seen.has(`${block}:${pair[0]!.start}`)) {
        runs.push({ block, start: pair[0]!.start, end: pair[1]!.end, terms: pair });
        seen.add(`${block}:${pair[0]!.start}`);
      }
    }
  });
  return runs;
}

const QUOTE_PAIRS: Record<string, string> = { '«': '»', '»': '«', '“': '”', '"': '"' };
const MIN_QUOTE_WORDS = 3;
const MAX_QUOTE_CHARS = 600;

/** Quotations: text between «» (or »«, as many Arabic sites flip them), “” or "", within one block. */
export function quoteMentions(blockTerms: Term[][], text: string, blocks: { start: number; end: number }[]): Mention[] {
  const quotes: Mention[] = [];
  blocks.forEach((b, block) => {
    let i = b.start;
    while (i < b.end) {
      const close = QUOTE_PAIRS[text[i]!];
      if (!close) {
        i++;
        continue;
      }
      const end = text.indexOf(close, i + 1);
      if (end < 0 || end >= b.end || end - i > MAX_QUOTE_CHARS) {
        i++;
        continue;
      }
      const inside = blockTerms[block]!.filter((t) => t.start > i && t.end <= end);
      if (inside.length >= MIN_QUOTE_WORDS) quotes.push({ block, start: i + 1, end, terms: inside });
      i = end + 1;
    }
  });
  return quotes;
}
