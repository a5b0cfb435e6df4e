// The words of a document as comparison sees them: normalised (spelling variants
// folded), stemmed, with numbers read as values (٢٠١٥ = 2015, 9,000 = 9000,
// و800 = و + 800, "مليونا و800 ألف" = 1.8 million = 1800000) and offsets into the
// ORIGINAL text, so every match or difference can be highlighted where it is.
import { normalizeArabic, normalizeWithMap } from '../arabic';
import { scanWords, type RunKind } from '../search/tokenize';
import { skeleton, stemKeys } from '../search/stem';

export interface Term {
  /** Normalised form (see normalizeArabic). */
  norm: string;
  /** Keys it matches by (stem keys folded to their skeleton, or `#value` for a number); shared, never change them. */
  keys: readonly string[];
  /** Offsets in the original text; a number's end includes its scale word (ألف, million). */
  start: number;
  end: number;
  /** A number's value. */
  value?: number;
  /** A function word: never counted as evidence. */
  stop: boolean;
  /** A Latin word written with a capital (a name in an Arabic or English text). */
  capital: boolean;
}

// Function words of Arabic news prose and English, normalised (ى→ي, ة→ه, أ→ا).
const STOPWORDS = new Set(
  [
    'في فى من على علي الى إلى عن مع ان أن إن انه أنه إنه التي الذي الذين اللذين اللتين اللواتي هذا هذه ذلك تلك هؤلاء',
    'كان كانت يكون تكون كانوا قد لقد ما لا لم لن ليس هو هي هم هما نحن انا أنت كما بعد قبل بين حيث او أو ثم اي أي كل',
    'غير عند منذ خلال حتى ضمن ايضا أيضا الا إلا اذا إذا له لها لهم فيه فيها عليه عليها منه منها به بها الي إلي وقد',
    'وكان وكانت وهو وهي وفي ومن وعلى وأن وان فقد فيما بينما لدى لدي اما أما الى اليه إليه عليهم اليوم امس أمس غدا',
    'حول نحو دون مثل بعض جميع احد أحد اخرى أخرى آخر اخر التى الى تم يتم وتم عام قال وقال قالت وقالت اكد أكد واكد وأكد',
    'the a an of in on at to for from by with and or but is are was were be been has have had that this these those it',
    'its as not no he she they we i you his her their our which who whom what when where while than then also into',
    'about after before over under said says will would can could may might ضد عدة كثيرة جديدة ذاته مما بما عما لما وما كذلك هناك هنا باسم دائما',
  ]
    .join(' ')
    .split(' ')
    .map(normalizeArabic),
);

// Scale words after a number (normalised): 800 ألف = 800000, 1.8 million = 1800000.
const SCALES = new Map<string, number>([
  ['الف', 1e3],
  ['الفا', 1e3],
  ['الاف', 1e3],
  ['مليون', 1e6],
  ['مليونا', 1e6],
  ['ملايين', 1e6],
  ['مليار', 1e9],
  ['مليارا', 1e9],
  ['مليارات', 1e9],
  ['thousand', 1e3],
  ['thousands', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
]);
// A scale word standing alone is a number too when it is singular: "مليونا و800 ألف".
const BARE_SCALES = new Set(['مليون', 'مليونا', 'مليار', 'مليارا']);

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm) || (norm.length > 2 && (norm[0] === 'و' || norm[0] === 'ف') && STOPWORDS.has(norm.slice(1)));
}

// News prose repeats its words: stemming each form once is most of the cost of reading a text.
const keyCache = new Map<string, readonly string[]>();
const KEY_CACHE_SIZE = 100_000;

/** The keys a (normalised) word matches by: stems, with long vowels inside folded (الميليشيات = المليشيات). */
export function termKeys(norm: string): readonly string[] {
  let keys = keyCache.get(norm);
  if (keys) return keys;
  keys = stemKeys(norm).map(skeleton);
  if (keys.length === 2 && keys[0] === keys[1]) keys = [keys[0]!];
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
  keyCache.set(norm, keys);
  return keys;
}

/** The key of a number, so 9,000 and ٩٠٠٠ and 9000 meet. */
export function numberKey(value: number): string {
  return `#${Number(value.toPrecision(12))}`;
}

interface RawWord {
  start: number;
  end: number;
  kind: RunKind;
  /** A number's value. */
  value?: number;
}

/** Word runs of normalised text, split where letters meet digits (و800 is و + 800); numbers and dates whole. */
function rawWords(norm: string): RawWord[] {
  const out: RawWord[] = [];
  scanWords(norm, (start, end, kind, value) => out.push({ start, end, kind, value }));
  return out;
}

/** Every word and number of `text`, in order. */
export function analyse(text: string): Term[] {
  const { text: norm, map } = normalizeWithMap(text);
  const raws = rawWords(norm);
  const terms: Term[] = [];
  const at = (k: number) => (k < raws.length ? norm.slice(raws[k]!.start, raws[k]!.end) : '');
  for (let k = 0; k < raws.length; k++) {
    const raw = raws[k]!;
    const word = at(k);
    const start = map[raw.start]!;
    let endNorm = raw.end;
    let value: number | undefined;
    if (raw.kind === 'date') {
      // A date is one term, matched as written (27/06/2015 = 27/6/2015); never a number.
      const key = `#${word.split(/[/-]/).map(Number).join('/')}`;
      terms.push({ norm: word, keys: [key], start, end: map[endNorm]!, stop: false, capital: false });
      continue;
    }
    if (raw.kind === 'number') {
      value = raw.value!;
      const scale = SCALES.get(at(k + 1));
      if (scale !== undefined) {
        value *= scale;
        endNorm = raws[++k]!.end;
      }
    } else if (BARE_SCALES.has(word)) {
      value = SCALES.get(word)!;
      // "مليونا و800 ألف": the bare scale, then و, then a smaller scaled number.
      const next = raws[k + 2];
      if (at(k + 1) === 'و' && next?.kind === 'number') {
        const scale = SCALES.get(at(k + 3)) ?? 1;
        const part = next.value! * scale;
        if (part < value) {
          value += part;
          endNorm = scale === 1 ? next.end : raws[k + 3]!.end;
          k += scale === 1 ? 2 : 3;
        }
      }
    } else if (word.length === 1) {
      continue; // a clitic cut off a number (و in و800), or a stray letter
    }
    if (value !== undefined && Number.isFinite(value)) {
      terms.push({ norm: word, keys: [numberKey(value)], start, end: map[endNorm]!, value, stop: false, capital: false });
      continue;
    }
    const code = text.charCodeAt(start);
    terms.push({
      norm: word,
      keys: termKeys(word),
      start,
      end: map[endNorm]!,
      stop: isStopword(word),
      capital: code >= 0x41 && code <= 0x5a,
    });
  }
  return terms;
}
