import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './arabic';

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
