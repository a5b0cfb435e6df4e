import { describe, expect, it } from 'vitest';
import { findDifferences } from './differences';
import { lines, outbreakA, outbreakB } from './fixtures/reports';
import { matchPassages } from './match';
import { localWeights } from './weights';

function differences(left: typeof outbreakA, right: typeof outbreakA) {
  const weights = localWeights([left, right]);
  return findDifferences(left, right, matchPassages(left, right, weights).pairs, weights);
}

describe('findDifferences', () => {
  const found = differences(outbreakA, outbreakB);
  const at = (text: string, range: { start: number; end: number } | undefined) => text.slice(range!.start, range!.end);

  it('reports numbers that differ between matched passages as a conflict, with both places', () => {
    const conflict = found.find((d) => d.kind === 'number')!;
    expect(conflict).toMatchObject({ side: 'both', text: '1800 vs ٢١٠٠' });
    expect(conflict.left!.block).toBe(1);
    expect(conflict.right!.block).toBe(2);
    expect(at(outbreakA.text, conflict.left)).toBe('1800');
    expect(at(outbreakB.text, conflict.right)).toBe('٢١٠٠');
    expect(found.filter((d) => d.kind === 'number')).toHaveLength(1);
  });

  it('reports a name and a quotation that only one report has', () => {
    const spokesman = found.find((d) => d.kind === 'name' && d.side === 'left')!;
    expect(spokesman.text).toContain('سيف البدر');
    const quoteLeft = found.find((d) => d.kind === 'quote' && d.side === 'left')!;
    expect(at(outbreakA.text, quoteLeft.left)).toBe('الوضع تحت السيطرة ولا داعي للهلع');
    expect(found).toContainEqual(expect.objectContaining({ kind: 'name', side: 'right', text: 'قضاء الزبير' }));
    expect(found).toContainEqual(expect.objectContaining({ kind: 'quote', side: 'right', text: 'الماء حق وليس منة من أحد' }));
  });

  it('does not report a place the other report names without its kind (مدينة الرياض / الرياض)', () => {
    const left = lines(
      'وأوضح المتحدث الرسمي باسم وزارة الصحة أن معظم الحالات سجلت في مدينة الرياض ومحافظة جدة ومنطقة القصيم.',
      'وأعلنت الوزارة افتتاح مستشفى ميداني جديد في محافظة الطائف.',
    );
    const right = lines('وقال المتحدث باسم وزارة الصحة إن أغلب الإصابات سجلت في الرياض وجدة والقصيم.');
    const names = differences(left, right).filter((d) => d.kind === 'name');
    expect(names.map((d) => d.text).join(' | ')).not.toMatch(/الرياض|جدة/);
    expect(names).toContainEqual(expect.objectContaining({ side: 'left', text: 'محافظة الطائف' }));
  });

  it('never reports spelling variants (الكاظمي / الكاظمى, ٢٠١٥ = 2015, 9,000 = 9000)', () => {
    const left = lines(
      'قال رئيس الوزراء مصطفى الكاظمي إن 9,000 عنصر من ميليشيات عصائب أهل الحق انسحبوا من المنطقة الخضراء عام ٢٠١٥.',
      'وأضاف المتحدث باسم الحكومة أن القرار جاء وفق «بيان رسمي صدر عن مكتب رئيس الوزراء».',
    );
    const right = lines(
      'قال رئيس الوزراء مصطفى الكاظمى ان ٩٠٠٠ عنصر من مليشيات عصائب اهل الحق انسحبوا من المنطقه الخضراء عام 2015',
      'واضاف المتحدث باسم الحكومه ان القرار جاء وفق "بيان رسمى صدر عن مكتب رئيس الوزراء"',
    );
    expect(differences(left, right)).toEqual([]);
  });
});
