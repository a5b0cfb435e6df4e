import { describe, expect, it } from 'vitest';
import { analyse, numberKey } from './terms';

const values = (text: string) => analyse(text).flatMap((t) => (t.value === undefined ? [] : [t.value]));

describe('analyse', () => {
  it('reads numbers whatever their digits and separators', () => {
    expect(values('عام ٢٠١٥ وعام 2015')).toEqual([2015, 2015]);
    expect(values('نحو 9,000 عنصر و9000 آخرين')).toEqual([9000, 9000]);
    expect(values('بلغت النسبة 1.8 في المئة و١٫٨')).toEqual([1.8, 1.8]);
  });

  it('reads an SPA-style number written group by group (540ر999ر45 = 45,999,540)', () => {
    expect(values('تبلغ / 540ر999ر45 / ريال')).toEqual([45_999_540]);
    expect(values('تبلغ 45999540 ريالا و45.999.540 ريالا')).toEqual([45_999_540, 45_999_540]);
    expect(values('بتكلفة 97.151.502.13 ريالا')).toEqual([97_151_502.13]);
  });

  it('keeps a date whole, never as numbers', () => {
    const [date] = analyse('27/06/2015م');
    expect(date!.value).toBeUndefined();
    expect(date!.keys).toEqual(analyse('27/6/2015')[0]!.keys);
  });

  it('cuts a clitic off a number: و800 is و + 800', () => {
    const terms = analyse('قتل 12 وجرح و800 آخرون');
    expect(terms.map((t) => t.value ?? t.norm)).toEqual(['قتل', 12, 'وجرح', 800, 'اخرون']);
  });

  it('reads scale words, so "مليونا و800 ألف" and "1.8 million" are one number', () => {
    expect(values('هناك مليونا و800 ألف عنصر عسكري')).toEqual([1_800_000]);
    expect(values('some 1.8 million fighters')).toEqual([1_800_000]);
    expect(numberKey(1.8e6)).toBe(numberKey(1_800_000));
  });

  it('keeps offsets into the original text, diacritics included', () => {
    const text = 'قالَ الكاظميُّ: ٩٠٠٠ عنصر';
    const [said, name, number] = analyse(text);
    expect(text.slice(said!.start, said!.end)).toBe('قالَ');
    expect(text.slice(name!.start, name!.end)).toBe('الكاظميُّ');
    expect(text.slice(number!.start, number!.end)).toBe('٩٠٠٠');
  });

  it('folds spelling variants and word forms into the same keys', () => {
    const [a, b] = analyse('الميليشيات المليشيات');
    expect(a!.keys.some((k) => b!.keys.includes(k))).toBe(true);
    const [c, d] = analyse('الكاظمي الكاظمى');
    expect(c!.keys).toEqual(d!.keys);
  });
});
