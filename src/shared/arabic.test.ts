import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeWithMap } from './arabic';

describe('normalizeArabic', () => {
  it('folds the spellings a reader treats as one word', () => {
    expect(normalizeArabic('الكاظمى')).toBe(normalizeArabic('الكاظمي'));
    expect(normalizeArabic('مدينة')).toBe(normalizeArabic('مدينه'));
    expect(normalizeArabic('إعلان')).toBe('اعلان');
    expect(normalizeArabic('أعلان')).toBe('اعلان');
    expect(normalizeArabic('آمن')).toBe('امن');
    expect(normalizeArabic('ٱلله')).toBe('الله');
    expect(normalizeArabic('مؤتمر')).toBe('موتمر');
    expect(normalizeArabic('رئيس')).toBe('رييس');
  });

  it('removes tashkeel and tatweel', () => {
    expect(normalizeArabic('مُصْطَفَى')).toBe(normalizeArabic('مصطفى'));
    expect(normalizeArabic('الكاظـــمي')).toBe('الكاظمي');
    expect(normalizeArabic('رَحْمٰن')).toBe('رحمن');
  });

  it('folds Arabic-Indic and Eastern digits to ASCII', () => {
    expect(normalizeArabic('٢٠٢٥')).toBe('2025');
    expect(normalizeArabic('۱۹۸۴')).toBe('1984');
  });

  it('turns presentation forms into base letters', () => {
    // ﻻ (lam-alef ligature) and ﺍﻟﻌﺮﺍﻕ written in presentation forms
    expect(normalizeArabic('\uFEFB')).toBe('لا');
    expect(normalizeArabic('\uFE8D\uFEDF\uFECC\uFEAE\uFE8D\uFED5')).toBe('العراق');
  });

  it('case-folds and strips accents from Latin', () => {
    expect(normalizeArabic('Café KADHIMI')).toBe('cafe kadhimi');
  });
});

describe('normalizeArabic: marks and letters outside the common set', () => {
  it('strips accents from any Latin letter, whatever else the text holds', () => {
    expect(normalizeArabic('Ḥamas')).toBe('hamas');
    expect(normalizeArabic('Ṣadr ẓ ệ')).toBe('sadr z e');
    expect(normalizeArabic('İstanbul')).toBe('istanbul');
  });

  it('drops combining hamza and madda, Quranic marks, and folds ۀ', () => {
    expect(normalizeArabic('ه\u0654')).toBe('ه');
    expect(normalizeArabic('ا\u0653من')).toBe('امن');
    expect(normalizeArabic('الرَّحِيمِ\u06DA')).toBe('الرحيم');
    expect(normalizeArabic('خانۀ')).toBe('خانه');
  });

  it('maps every normalised character back to where it came from', () => {
    const text = 'قالَ الكاظِمِيّ';
    const { text: norm, map } = normalizeWithMap(text);
    expect(norm).toBe('قال الكاظمي');
    const at = norm.indexOf('الكاظمي');
    expect(text.slice(map[at], map[norm.length])).toBe('الكاظِمِيّ');
  });
});

describe('normalizeArabic: invisible characters and regional letters', () => {
  it('drops format characters inside a word instead of splitting it', () => {
    expect(normalizeArabic('الكاظ\u200Cمي')).toBe('الكاظمي');
    expect(normalizeArabic('الكاظ\u00ADمي')).toBe('الكاظمي');
    expect(normalizeArabic('\u200Fالكاظمي\u061C')).toBe('الكاظمي');
    expect(normalizeArabic('كت\uFE76ب')).toBe('كتب');
  });

  it('folds Farsi yeh and keheh', () => {
    expect(normalizeArabic('الکاظمی')).toBe('الكاظمي');
  });
});
