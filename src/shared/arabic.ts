// One normalisation for everything that compares text (fingerprints, the search
// index, queries, find in document, anchoring): see the README's "Search".
// A single pass over char codes with a lookup table for the Arabic block; it
// also records where each normalised character came from, so a match in
// normalised text maps back to the original letters, diacritics included.

const DROP = 0xffff;
// What each code point of the Arabic block (U+0600–U+06FF) becomes: itself, another letter, or nothing.
const ARABIC_BLOCK = new Uint16Array(0x100).map((_, i) => 0x0600 + i);
for (const [from, to] of [
  ['أ', 'ا'],
  ['إ', 'ا'],
  ['آ', 'ا'],
  ['ٱ', 'ا'],
  ['ى', 'ي'],
  ['ة', 'ه'],
  ['ؤ', 'و'],
  ['ئ', 'ي'],
] as const) {
  ARABIC_BLOCK[from.charCodeAt(0) - 0x0600] = to.charCodeAt(0);
}
// Tashkeel (U+064B–U+0652), superscript alef (U+0670) and tatweel (U+0640) are dropped, and so
// are the combining madda and hamzas (U+0653–U+0655) that decomposed آ أ إ leave behind.
for (let code = 0x064b; code <= 0x065f; code++) ARABIC_BLOCK[code - 0x0600] = DROP;
// Quranic annotation marks (U+0610–061A, U+06D6–06DC, U+06DF–06E8, U+06EA–06ED) are dropped too.
for (const [from, to] of [
  [0x0610, 0x061a],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e8],
  [0x06ea, 0x06ed],
]) {
  for (let code = from!; code <= to!; code++) ARABIC_BLOCK[code - 0x0600] = DROP;
}
// ۀ (heh with yeh above) is a heh, as ة is; Farsi yeh and keheh (common in Iraqi and Persian-typed
// sources) are ي and ك; the Arabic letter mark is invisible.
ARABIC_BLOCK[0x06c0 - 0x0600] = 0x0647;
ARABIC_BLOCK[0x06cc - 0x0600] = 0x064a;
ARABIC_BLOCK[0x06a9 - 0x0600] = 0x0643;
ARABIC_BLOCK[0x061c - 0x0600] = DROP;
ARABIC_BLOCK[0x0670 - 0x0600] = DROP;
ARABIC_BLOCK[0x0640 - 0x0600] = DROP;
// Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits become ASCII.
for (let d = 0; d < 10; d++) {
  ARABIC_BLOCK[0x60 + d] = 0x30 + d;
  ARABIC_BLOCK[0xf0 + d] = 0x30 + d;
}

const COMBINING_MARKS = /\p{M}/gu;
// Invisible format characters (ZWNJ, ZWJ, soft hyphen, LRM/RLM, bidi controls, word joiner, BOM)
// must not split a word: they are dropped, as tatweel is.
const FORMAT = /^\p{Cf}$/u;
const EMPTY_MAP = new Uint32Array(0);

const utf16 = new TextDecoder('utf-16le');

/** UTF-16 code units to a string, lone surrogates kept (TextDecoder, the fast way, would turn them into U+FFFD). */
function fromCodeUnits(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/** Everything outside ASCII and the Arabic block: compatibility forms, case, accents (rare, so per character). */
function slowFold(char: string): string {
  return char.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
}

export interface NormalizedText {
  text: string;
  /** map[i] is the index in the original text of normalised character i; map[text.length] is the original length. */
  map: Uint32Array;
}

/**
 * Folds orthographic variants so that spellings a reader treats as the same
 * word compare equal: الكاظمى = الكاظمي, مدينة = مدينه, إعلان = اعلان,
 * مُصْطَفَى = مصطفى, ٢٠٢٥ = 2025, ﻻ = لا, Café = cafe.
 */
export function normalizeWithMap(source: string): NormalizedText {
  return normalize(source, true) as NormalizedText;
}

export function normalizeArabic(text: string): string {
  return normalize(text, false).text;
}

function normalize(source: string, withMap: boolean): { text: string; map?: Uint32Array } {
  let capacity = source.length + 16;
  let out = new Uint16Array(capacity);
  let map = withMap ? new Uint32Array(capacity + 1) : EMPTY_MAP;
  let n = 0;
  let loneSurrogate = false;
  const push = (code: number, from: number) => {
    if (n === capacity) {
      capacity *= 2;
      const grownOut = new Uint16Array(capacity);
      grownOut.set(out);
      out = grownOut;
      if (withMap) {
        const grownMap = new Uint32Array(capacity + 1);
        grownMap.set(map);
        map = grownMap;
      }
    }
    if (withMap) map[n] = from;
    out[n++] = code;
  };
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x80) {
      push(code >= 0x41 && code <= 0x5a ? code + 0x20 : code, i);
    } else if (code >= 0x0600 && code <= 0x06ff) {
      const folded = ARABIC_BLOCK[code - 0x0600]!;
      if (folded !== DROP) push(folded, i);
    } else {
      const codePoint = source.codePointAt(i)!;
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) loneSurrogate = true;
      const width = codePoint > 0xffff ? 2 : 1;
      const char = String.fromCodePoint(codePoint);
      // Isolated harakat (U+FE70–FE7F) would unfold to a space and a mark: drop them outright.
      if (FORMAT.test(char) || (codePoint >= 0xfe70 && codePoint <= 0xfe7f)) {
        i += width - 1;
        continue;
      }
      const folded = slowFold(char);
      for (let k = 0; k < folded.length; k++) {
        const unit = folded.charCodeAt(k);
        const again = unit >= 0x0600 && unit <= 0x06ff ? ARABIC_BLOCK[unit - 0x0600]! : unit;
        if (again !== DROP) push(again, i);
      }
      i += width - 1;
    }
  }
  const units = out.subarray(0, n);
  const text = loneSurrogate ? fromCodeUnits(units) : utf16.decode(units);
  if (!withMap) return { text };
  map[n] = source.length;
  return { text, map: map.subarray(0, n + 1) };
}
