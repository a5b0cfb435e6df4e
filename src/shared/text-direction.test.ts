import { describe, expect, it } from 'vitest';
import { cleanTitle, countWords, detectLanguage, firstStrongDirection, revealBidiControls } from './text-direction';

describe('firstStrongDirection', () => {
  it('takes the first strong character, as dir="auto" does', () => {
    expect(firstStrongDirection('الكاظمي said')).toBe('rtl');
    expect(firstStrongDirection('Kadhimi قال')).toBe('ltr');
    expect(firstStrongDirection('2025 — «الكاظمي»')).toBe('rtl');
    expect(firstStrongDirection('\uFEFB')).toBe('rtl');
    expect(firstStrongDirection('12 % …')).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('tells Arabic, English and mixed text apart', () => {
    expect(detectLanguage('صعدت السلطات العراقية من مواجهتها')).toBe('ar');
    expect(detectLanguage('The prime minister set out new policies')).toBe('en');
    expect(detectLanguage('قال الكاظمي إن الدولة وحدها. The English summary follows here.')).toBe('mixed');
  });
});

describe('revealBidiControls', () => {
  it('shows override characters instead of letting them reorder text', () => {
    expect(revealBidiControls('invoice\u202Etxt.exe')).toBe('invoice⟦RLO⟧txt.exe');
    expect(revealBidiControls('a\u2066b\u2069')).toBe('a⟦LRI⟧b⟦PDI⟧');
    expect(revealBidiControls('عادي')).toBe('عادي');
  });
});

describe('cleanTitle', () => {
  it('strips bidi controls and marks, so a title takes its direction from its own first letter', () => {
    const title = cleanTitle('\u202Bالكاظمي\u202C يرسم ملامح المواجهة');
    expect(title).toBe('الكاظمي يرسم ملامح المواجهة');
    expect(firstStrongDirection(cleanTitle('\u200EKadhimi'))).toBe('ltr');
    expect(firstStrongDirection(cleanTitle('\u2066\u202Dx\u2069 الكاظمي'))).toBe('ltr');
    expect(cleanTitle('\u200F\u2067Report\u2069')).toBe('Report');
  });

  it('drops other control characters and makes whitespace one space', () => {
    expect(cleanTitle('بيان\u001A الحكومة\u0000')).toBe('بيان الحكومة');
    expect(cleanTitle('  a\tb\r\nc\u0085d\u007F ')).toBe('a b c d');
    expect(cleanTitle('عادي')).toBe('عادي');
  });
});

describe('countWords', () => {
  it('counts Arabic words with their diacritics and tatweel as one', () => {
    expect(countWords('مُصْطَفَى الكاظـــمي، 2025!')).toBe(3);
  });
});
