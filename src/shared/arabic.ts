// One normalisation for everything that compares text (fingerprints now;
// search, find and anchoring later): see DESIGN.md, "Arabic text".

const TASHKEEL_AND_TATWEEL = /[\u064B-\u0652\u0670\u0640]/g;
const LETTER_VARIANTS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
};
const VARIANT_PATTERN = /[أإآٱىةؤئ]/g;
// Arabic-Indic (U+0660-0669) and Eastern Arabic-Indic (U+06F0-06F9) digits.
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Folds orthographic variants so that spellings a reader treats as the same
 * word compare equal: الكاظمى = الكاظمي, مدينة = مدينه, ٢٠٢٥ = 2025.
 */
export function normalizeArabic(text: string): string {
  return (
    text
      // NFKC turns presentation forms (ﻻ, ﺍ...) into base letters; it may compose
      // alef+hamza, which the variant table then folds.
      .normalize('NFKC')
      .replace(TASHKEEL_AND_TATWEEL, '')
      .replace(VARIANT_PATTERN, (c) => LETTER_VARIANTS[c] ?? c)
      .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10))
      // Latin: case-fold and strip accents (é → e). NFD then drop marks; Arabic
      // marks are already gone, so this only touches Latin and the like.
      .toLowerCase()
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .normalize('NFC')
  );
}
