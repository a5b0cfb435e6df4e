import { describe, expect, it } from 'vitest';
import { outbreakA, outbreakB } from '../../shared/compare/fixtures/reports';
import { SimilarIndex, SimilarIndexBuilder } from './similar-index';

const agency =
  'أعلنت وزارة التعليم اعتماد 26 مشروعاً مدرسياً جديداً في منطقة حائل بتكلفة 134 مليون ريال، تشمل مدارس للبنين والبنات ' +
  'ومجمعات تعليمية في المحافظات والمراكز التابعة للمنطقة. وأوضح مدير عام التعليم في المنطقة الدكتور يوسف الثويني أن ' +
  'المشروعات ستسهم في الاستغناء عن المباني المستأجرة خلال ثلاث سنوات، مثمناً دعم القيادة للقطاع.';
const copy =
  agency.replace('بتكلفة', 'بكلفة').replace('الثويني', 'الثوينى').replace(/،/g, '') + ' يذكر أن العمل سيبدأ الشهر المقبل.';
const unrelated = [
  'افتتح مهرجان أملج التراثي البحري فعالياته بحضور كثيف من الزوار والمصطافين، وقدمت الفرق الشعبية عروضاً بحرية وأناشيد.',
  'تراجع مؤشر سوق الأسهم السعودية 71 نقطة في تداولات بلغت 5 مليارات ريال، وسط انخفاض أسهم المصارف والبتروكيماويات.',
  'قتل 21 شخصاً في هجوم مسلح على حفل زفاف في إقليم بغلان شمال أفغانستان، وفق ما أعلنه قائد الشرطة في الإقليم.',
  'حذرت هيئة الأرصاد من موجة حر شديدة تضرب المنطقة الشرقية خلال الأيام المقبلة مع رياح مثيرة للغبار.',
];

const sources = [
  { id: 'agency', text: agency },
  { id: 'copy', text: copy },
  { id: 'outbreak-a', text: outbreakA.text },
  { id: 'outbreak-b', text: outbreakB.text },
  ...unrelated.map((text, i) => ({ id: `other-${i}`, text })),
  { id: 'empty', text: '' },
];

describe('SimilarIndex', () => {
  const index = SimilarIndex.build(sources);

  it('finds the copy of a story first and flags it as a near-duplicate', () => {
    const [first] = index.similar('agency', 3);
    expect(first).toMatchObject({ docId: 'copy', nearDuplicate: true });
    expect(first!.score).toBeGreaterThan(0.8);
  });

  it('finds another outlet’s report of the same event, not flagged as a copy', () => {
    const hits = index.similar('outbreak-a', 3);
    expect(hits[0]).toMatchObject({ docId: 'outbreak-b', nearDuplicate: false });
    // Other news shares a word or two (وزارة, منطقة): far behind.
    expect(hits[1]?.score ?? 0).toBeLessThan(hits[0]!.score / 2);
  });

  it('groups the copies of one story', () => {
    expect(index.nearDuplicateGroups().map((g) => [...g].sort())).toEqual([['agency', 'copy']]);
  });

  it('answers nothing for an unknown or empty document', () => {
    expect(index.similar('nope')).toEqual([]);
    expect(index.similar('empty')).toEqual([]);
  });

  it('gives the library IDF for matching: rare terms weigh more than common ones', () => {
    const weights = index.weights();
    expect(weights.idf('كوليرا')).toBeGreaterThan(weights.idf('منطق'));
  });

  it('comes back whole from its arrays', () => {
    const again = SimilarIndex.fromData(index.data());
    expect(again.similar('agency', 5)).toEqual(index.similar('agency', 5));
    expect(again.nearDuplicateGroups()).toEqual(index.nearDuplicateGroups());
  });

  it('builds the same index in steps, and the same inverted lists from the signatures alone', () => {
    const builder = new SimilarIndexBuilder();
    for (const source of sources) builder.add(source);
    while (builder.weighed < builder.size) builder.weigh(3);
    while (builder.inverted < builder.size) builder.invert(2);
    const stepped = builder.finish();
    expect(stepped.data()).toEqual(index.data());
    const { postingOffsets: _o, postingDocs: _d, postingWeights: _w, ...signatures } = index.data();
    const rebuilt = SimilarIndex.fromData(signatures);
    expect(rebuilt.data()).toEqual(index.data());
    for (const { id } of sources) expect(rebuilt.similar(id)).toEqual(index.similar(id));
  });
});
