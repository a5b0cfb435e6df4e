// One normalisation for everything that compares text (fingerprints now;
// search, find and anchoring later): see DESIGN.md, "Arabic text".
// A single pass over char codes: it runs over every imported document.

// What each code point of the Arabic block (U+0600–U+06FF) becomes: itself, another letter, or nothing.
const DROP = 0xffff;
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
// Tashkeel (U+064B–U+0652), superscript alef (U+0670) and tatweel (U+0640) are dropped.
for (let code = 0x064b; code <= 0x0652; code++) ARABIC_BLOCK[code - 0x0600] = DROP;
ARABIC_BLOCK[0x0670 - 0x0600] = DROP;
ARABIC_BLOCK[0x0640 - 0x0600] = DROP;
// Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits become ASCII.
for (let d = 0; d < 10; d++) {
  ARABIC_BLOCK[0x60 + d] = 0x30 + d;
  ARABIC_BLOCK[0xf0 + d] = 0x30 + d;
}

// Latin letters with accents (Latin-1 Supplement to Latin Extended-B) need decomposing.
const ACCENTED_LATIN = /[\u00C0-\u024F]/;
const COMBINING_MARKS = /\p{M}/gu;
const utf16 = new TextDecoder('utf-16le');

/**
 * Folds orthographic variants so that spellings a reader treats as the same
 * word compare equal: الكاظمى = الكاظمي, مدينة = مدينه, ٢٠٢٥ = 2025, Café = cafe.
 */
export function normalizeArabic(text: string): string {
  // NFKC turns presentation forms (ﻻ, ﺍ...) into base letters; it may compose alef+hamza, folded below.
  let source = text.normalize('NFKC').toLowerCase();
  if (ACCENTED_LATIN.test(source)) source = source.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  const out = new Uint16Array(source.length);
  let length = 0;
  let changed = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const folded = code >= 0x0600 && code <= 0x06ff ? ARABIC_BLOCK[code - 0x0600]! : code;
    if (folded !== code) changed = true;
    if (folded !== DROP) out[length++] = folded;
  }
  return changed ? utf16.decode(out.subarray(0, length)) : source;
}
