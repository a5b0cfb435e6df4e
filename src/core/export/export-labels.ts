// The words of an exported note (headings, labels, colours, dates) in the language chosen for the
// export: English, or Arabic, so that an Arabic note reads right to left from its first heading in
// Obsidian and on GitHub. Front matter keys stay English: Obsidian's properties, Dataview and the
// citation plugins read them by name.
import type { ExportLanguage } from '../../shared/citation-formats';
import type { Annotation } from '../../shared/types';

export type { ExportLanguage } from '../../shared/citation-formats';

const EN = {
  highlights: 'Highlights and notes',
  links: 'Links to other documents',
  documentNotes: 'Document notes',
  bookmarks: 'Bookmarks',
  colour: 'Colour',
  underline: 'underline',
  orphaned: 'Orphaned: the passage is no longer in the document',
  linkOrphaned: 'Orphaned: a passage is no longer in its document',
  tags: 'Tags',
  added: 'Added',
  openInHamish: 'Open in Hamish',
  openHere: 'Open here',
  openBoth: 'Open both side by side',
  open: 'open',
  source: 'Source',
  // Comparison notes.
  matched: 'Matched passages',
  match: 'Match',
  onlyIn: 'Only in',
  kindOnlyIn: '{kind} only in {title}',
  nothing: 'Nothing.',
  differences: 'Differences',
  noneFound: 'None found.',
  noMatches: 'No passages tell the same thing.',
  number: 'Number',
  name: 'Name',
  quotation: 'Quotation',
  pairedByContent:
    'Paired by content (shared words, numbers and names, weighted by how rare they are): {pairs} matched passages; {left} only in the first report, {right} only in the second.',
  pairedByLength:
    'Aligned by length (the two are in different languages: a text and its translation), anchored on shared numbers and names.',
  notes: 'Notes',
} as const;

export type LabelKey = keyof typeof EN;

const AR: Record<LabelKey, string> = {
  highlights: 'الإبرازات والملاحظات',
  links: 'روابط إلى مستندات أخرى',
  documentNotes: 'ملاحظات على المستند',
  bookmarks: 'العلامات المرجعية',
  colour: 'اللون',
  underline: 'تسطير',
  orphaned: 'يتيم: لم يعد المقطع في المستند',
  linkOrphaned: 'يتيم: لم يعد أحد المقطعين في مستنده',
  tags: 'الوسوم',
  added: 'أضيف',
  openInHamish: 'افتح في هامش',
  openHere: 'افتح هنا',
  openBoth: 'افتح الاثنين متجاورين',
  open: 'افتح',
  source: 'المصدر',
  matched: 'المقاطع المتطابقة',
  match: 'تطابق',
  onlyIn: 'فقط في',
  kindOnlyIn: '{kind} فقط في {title}',
  nothing: 'لا شيء.',
  differences: 'الاختلافات',
  noneFound: 'لم يوجد شيء.',
  noMatches: 'لا مقاطع تروي الشيء نفسه.',
  number: 'رقم',
  name: 'اسم',
  quotation: 'اقتباس',
  pairedByContent:
    'مقارنة بالمحتوى (كلمات وأرقام وأسماء مشتركة، موزونة بندرتها): {pairs} مقطعًا متطابقًا؛ {left} في التقرير الأول وحده، و{right} في الثاني وحده.',
  pairedByLength: 'محاذاة بالطول (النصان بلغتين مختلفتين: نص وترجمته)، مثبتة على الأرقام والأسماء المشتركة.',
  notes: 'ملاحظات',
};

const COLOURS: Record<ExportLanguage, Record<Annotation['color'], string>> = {
  en: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', orange: 'orange' },
  ar: { yellow: 'أصفر', green: 'أخضر', blue: 'أزرق', pink: 'وردي', orange: 'برتقالي' },
};

/** The labels of one language, with {name} placeholders filled in on request. */
export class ExportLabels {
  constructor(readonly lang: ExportLanguage) {}

  t(key: LabelKey, values: Record<string, string | number> = {}): string {
    const text = (this.lang === 'ar' ? AR : EN)[key];
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
  }

  /** Every label, for a template's `labels.…` placeholders. */
  all(): Record<LabelKey, string> {
    return Object.fromEntries(Object.keys(EN).map((key) => [key, this.t(key as LabelKey)])) as Record<LabelKey, string>;
  }

  colour(colour: Annotation['color']): string {
    return COLOURS[this.lang][colour] ?? colour;
  }

  /** A day (YYYY-MM-DD or an ISO time) as people write it: 12 July 2020, ١٢ يوليو ٢٠٢٠. */
  date(iso: string): string {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
    if (!day) return iso;
    const date = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(this.lang === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}
