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

/** The words that make a name this one (كركوك in محافظة كركوك): kinds of place and titles are not among them. */
export function nameCore(words: Term[]): Term[] {
  const core = words.filter((t) => !isKind(t) && !isTitle(t));
  return core.length ? core : words;
}

/** Runs of words that read as names (see the module comment); rare = IDF at least `rare`. */
export function nameMentions(blockTerms: Term[][], text: string, weights: TermWeights, rare: number): Mention[] {
  const runs: Mention[] = [];
  // How often each run's first two words occur as a run: a pair of rare words that recurs is a name.
  const counts = new Map<string, number>();
  const pairKey = (a: Term, b: Term) => `${a.norm} ${b.norm}`;
  const rareFlags = blockTerms.map((terms) =>
    terms.map(
      (t) =>
        t.value === undefined &&
        !t.keys[0]!.startsWith('#') &&
        !isTitle(t) &&
        (t.capital || (!t.stop && weights.idf(t.keys[0]!) >= rare)),
    ),
  );
  blockTerms.forEach((terms, block) => {
    const rareWord = rareFlags[block]!;
    const joined = (at: number) => !BREAK.test(text.slice(terms[at - 1]!.end, terms[at]!.start));
    let k = 0;
    while (k < terms.length) {
      const term = terms[k]!;
      const kunya = KUNYA.has(term.norm);
      const kind = !kunya && isKind(term);
      if (!rareWord[k] && !kunya && !kind) {
        k++;
        continue;
      }
      let end = k + 1;
      // A kunya takes the next word whatever it is (أبو علي: علي is also a preposition's spelling), a kind
      // the next rare word (حزب الله, not "المدينة تستكمل"); after a kind, only rare definite words go on
      // (عصائب أهل الحق; not "محافظة كركوك مما أسفر").
      const next = terms[end];
      const takesNext = kunya ? next?.value === undefined : kind && rareWord[end];
      if (next && takesNext && joined(end)) end++;
      else if (kind) {
        k++;
        continue;
      }
      while (
        end < terms.length &&
        end - k < MAX_NAME_WORDS &&
        rareWord[end] &&
        !isKind(terms[end]!) &&
        (!kind || terms[end]!.norm.startsWith('ال')) &&
        joined(end)
      )
        end++;
      if (end - k >= 2) {
        const run = terms.slice(k, end);
        const latin = run.every((t) => t.capital);
        // "المتحدث باسم الوزارة سيف البدر": a title a few words back still introduces the name.
        const cued = terms.slice(Math.max(0, k - TITLE_REACH), k).some(isTitle);
        if (latin || cued || kunya || kind) runs.push({ block, start: run[0]!.start, end: run.at(-1)!.end, terms: run });
        const key = pairKey(run[0]!, run[1]!);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      k = end;
    }
  });
  const seen = new Set(runs.map((r) => `${r.block}:${r.start}`));
  blockTerms.forEach((terms, block) => {
    const rareWord = rareFlags[block]!;
    for (let k = 0; k + 1 < terms.length; k++) {
      if (!rareWord[k] || !rareWord[k + 1]) continue;
      const [a, b] = [terms[k]!, terms[k + 1]!];
      if ((counts.get(pairKey(a, b)) ?? 0) >= 2 && !seen.has(`${block}:${a.start}`)) {
        runs.push({ block, start: a.start, end: b.end, terms: [a, b] });
        seen.add(`${block}:${a.start}`);
      }
    }
  });
  return runs;
}

// «…», »…« (as many Arabic sites flip them), “…” and "…", each within one block and not too long.
const QUOTE = /«([^«»\n]{1,600})»|»([^«»\n]{1,600})«|“([^“”\n]{1,600})”|"([^"\n]{1,600})"/g;
const MIN_QUOTE_WORDS = 3;

/** Quotations: text between quotation marks, within one block, of a few words at least. */
export function quoteMentions(blockTerms: Term[][], text: string, blocks: { start: number; end: number }[]): Mention[] {
  const quotes: Mention[] = [];
  blocks.forEach((b, block) => {
    const own = text.slice(b.start, b.end);
    for (const m of own.matchAll(QUOTE)) {
      const start = b.start + m.index + 1;
      const end = b.start + m.index + m[0].length - 1;
      const inside = blockTerms[block]!.filter((t) => t.start >= start && t.end <= end);
      if (inside.length >= MIN_QUOTE_WORDS) quotes.push({ block, start, end, terms: inside });
    }
  });
  return quotes;
}
