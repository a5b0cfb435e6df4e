// A comparison of two reports as a Markdown note: the method, the matched passages
// side by side (in the left report's order), what each report alone has, and the
// differences, each with a deep link back to its passage. Labelled in the export's language;
// each report's title is a [[wiki-link]] to its own note, so Obsidian's graph joins the three.
import type { Comparison, Difference } from '../../shared/comparison';
import { compareDeepLink, openDeepLink } from '../../shared/routes';
import type { DocumentView } from '../../shared/types';
import { ExportLabels, type ExportLanguage } from './export-labels';
import { escapeBidi } from './markdown-export';
import { nameStem, wikiLink } from './obsidian-names';

export interface ComparisonMarkdownOptions {
  lang?: ExportLanguage;
  /** Each document's note name (the library's stable names); by default its title's. */
  names?: Map<string, string>;
}

function quote(text: string): string {
  return escapeBidi(text.trim())
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function yamlString(text: string): string {
  return JSON.stringify(escapeBidi(text));
}

export function comparisonMarkdown(
  left: DocumentView,
  right: DocumentView,
  comparison: Comparison,
  exported: string,
  options: ComparisonMarkdownOptions = {},
): string {
  const labels = new ExportLabels(options.lang ?? 'en');
  const blockText = (doc: DocumentView, i: number) => doc.text.slice(doc.blocks[i]!.start, doc.blocks[i]!.end);
  const open = (doc: DocumentView, i: number) => openDeepLink(doc.id, doc.blocks[i]!.start);
  const l = escapeBidi(left.title);
  const r = escapeBidi(right.title);
  const note = (doc: DocumentView) => wikiLink(options.names?.get(doc.id) ?? nameStem(doc.title), escapeBidi(doc.title));
  const out: string[] = [
    '---',
    `title: ${yamlString(`${left.title} ↔ ${right.title}`)}`,
    `left: ${yamlString(left.title)}`,
    `right: ${yamlString(right.title)}`,
    `method: ${comparison.method}`,
    `nearDuplicate: ${comparison.nearDuplicate}`,
    `exported: ${exported}`,
    `link: ${compareDeepLink(left.id, right.id)}`,
    '---',
    '',
    `# ${l} ↔ ${r}`,
    '',
    `${note(left)} ↔ ${note(right)}`,
    '',
    comparison.method === 'content'
      ? labels.t('pairedByContent', {
          pairs: comparison.pairs.length,
          left: comparison.onlyLeft.length,
          right: comparison.onlyRight.length,
        })
      : labels.t('pairedByLength'),
    '',
    `## ${labels.t('matched')}`,
    '',
  ];
  const pairs = [...comparison.pairs].sort((a, b) => a.left - b.left || b.score - a.score);
  pairs.forEach((pair, n) => {
    out.push(
      `### ${n + 1}. ${labels.t('match')} ${Math.round(pair.score * 100)}%`,
      '',
      `${l} · [${labels.t('open')}](${open(left, pair.left)})`,
      '',
      quote(blockText(left, pair.left)),
      '',
      `${r} · [${labels.t('open')}](${open(right, pair.right)})`,
      '',
      quote(blockText(right, pair.right)),
      '',
    );
  });
  if (!pairs.length) out.push(labels.t('noMatches'), '');
  for (const [doc, title, only] of [
    [left, l, comparison.onlyLeft],
    [right, r, comparison.onlyRight],
  ] as const) {
    out.push(`## ${labels.t('onlyIn')} ${title}`, '');
    if (!only.length) out.push(labels.t('nothing'), '');
    for (const i of only) out.push(quote(blockText(doc, i)), '', `[${labels.t('open')}](${open(doc, i)})`, '');
  }
  out.push(`## ${labels.t('differences')}`, '');
  if (!comparison.differences.length) out.push(labels.t('noneFound'), '');
  for (const d of comparison.differences) out.push(differenceLine(d, left, right, l, r, labels));
  return `${out.join('\n').trimEnd()}\n`;
}

function differenceLine(
  d: Difference,
  left: DocumentView,
  right: DocumentView,
  l: string,
  r: string,
  labels: ExportLabels,
): string {
  const kind = labels.t(d.kind === 'quote' ? 'quotation' : d.kind);
  const at = (doc: DocumentView, site: Difference['left']) =>
    site ? `[${labels.t('open')}](${openDeepLink(doc.id, site.start)})` : '';
  if (d.side === 'both') {
    return `- ${kind}: ${escapeBidi(d.left?.text ?? '')} (${l}, ${at(left, d.left)}) ≠ ${escapeBidi(d.right?.text ?? '')} (${r}, ${at(right, d.right)})`;
  }
  const [doc, title, site] = d.side === 'left' ? [left, l, d.left] : [right, r, d.right];
  return `- ${labels.t('kindOnlyIn', { kind, title })}: ${escapeBidi(d.text)} (${at(doc, site)})`;
}
