import { describe, expect, it } from 'vitest';
import { isNearDuplicate, wordDiff } from './wire-diff';

// One agency story as two outlets ran it: the second adds a word and a closing sentence, changes
// one word, rewords a phrase, replaces the closing words, and spells and punctuates its own way.
const agency =
  'الرياض - واس: أعلنت وزارة التعليم اعتماد 26 مشروعاً مدرسياً جديداً في منطقة حائل بتكلفة 134 مليون ريال، ' +
  'تشمل مدارس للبنين والبنات ومجمعات تعليمية في المحافظات والمراكز التابعة للمنطقة. وأوضح مدير عام التعليم في المنطقة ' +
  'الدكتور يوسف الثويني أن المشروعات ستسهم في الاستغناء عن المباني المستأجرة خلال ثلاث سنوات، مثمناً دعم القيادة للقطاع.';
const copy =
  'الرياض ـ واس أعلنت وزارة التعليم اعتماد ٢٦ مشروعا مدرسيا جديدا فى منطقة حائل بكلفة 134 مليون ريال ' +
  'تشمل مدارس للبنين والبنات ومجمعات تعليمية في المحافظات والمراكز التابعة للمنطقة، وأوضح مدير عام التعليم بالمنطقة ' +
  'الدكتور يوسف الثوينى أن المشروعات ستسهم فى الاستغناء عن المبانى المستأجرة خلال ثلاث سنوات. يذكر أن العمل سيبدأ الشهر المقبل.';

describe('wordDiff', () => {
  const ops = wordDiff(agency, copy);
  const text = (op: (typeof ops)[number], side: 'left' | 'right') =>
    op[side] ? (side === 'left' ? agency : copy).slice(op[side].start, op[side].end) : '';

  it('reports what the copy changed, with offsets into each original text', () => {
    const changes = ops.filter((op) => op.op !== 'equal').map((op) => [op.op, text(op, 'left'), text(op, 'right')]);
    expect(changes).toEqual([
      ['changed', 'بتكلفة', 'بكلفة'],
      ['changed', 'في المنطقة', 'بالمنطقة'],
      // A cut followed by an addition in the same place is one change.
      ['changed', 'مثمناً دعم القيادة للقطاع', 'يذكر أن العمل سيبدأ الشهر المقبل'],
    ]);
  });

  it('reports words one text added or cut', () => {
    const added = wordDiff('أعلنت الوزارة اعتماد المشروعات', 'أعلنت الوزارة اليوم اعتماد المشروعات الجديدة');
    expect(added.map((op) => op.op)).toEqual(['equal', 'added', 'equal', 'added']);
    const cut = wordDiff('أعلنت الوزارة اليوم اعتماد المشروعات', 'أعلنت الوزارة اعتماد المشروعات');
    expect(cut.map((op) => op.op)).toEqual(['equal', 'removed', 'equal']);
  });

  it('does not count spelling variants, digits or punctuation', () => {
    const equal = ops.filter((op) => op.op === 'equal').map((op) => text(op, 'right'));
    expect(equal.join(' ')).toContain('٢٦ مشروعا مدرسيا جديدا فى منطقة حائل');
    expect(equal.join(' ')).toContain('الثوينى');
  });

  it('covers both texts, in order', () => {
    const lefts = ops.flatMap((op) => (op.left ? [op.left] : []));
    for (let i = 1; i < lefts.length; i++) expect(lefts[i]!.start).toBeGreaterThanOrEqual(lefts[i - 1]!.end);
  });
});

describe('isNearDuplicate', () => {
  it('tells copies of one story from different stories', () => {
    expect(isNearDuplicate(agency, copy)).toBe(true);
    expect(isNearDuplicate(agency, 'أعلنت وزارة الصحة تسجيل 1800 إصابة بالكوليرا في محافظة البصرة منذ بداية الشهر.')).toBe(false);
  });
});
