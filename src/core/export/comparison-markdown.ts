// A comparison of two reports as a Markdown note: the method, the matched passages
// side by side (in the left report's order), what each report alone has, and the
// differences, each with a deep link back to its passage.
import type { Comparison, Difference } from '../../shared/comparison';
import { compareDeepLink, openDeepLink } from '../../shared/routes';
import type { DocumentView } from '../../shared/types';
import { escapeBidi } from './markdown-export';

const KIND = { number: 'Number', name: 'Name', quote: 'Quotation' } as const;

function quote(text: string): string {
  return escapeBidi(text.trim())
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function yamlString(text: string): string {
  return JSON.stringify(escapeBidi(text));
}

export function comparisonMarkdown(left: DocumentView, right: DocumentView, comparison: Comparison, exported: string): string {
  const blockText = (doc: DocumentView, i: number) => doc.text.slice(doc.blocks[i]!.start, doc.blocks[i]!.end);
  const open = (doc: DocumentView, i: number) => openDeepLink(doc.id, doc.blocks[i]!.start);
  const l = escapeBidi(left.title);
  const r = escapeBidi(right.title);
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
    comparison.method === 'content'
      ? `Paired by content (shared words, numbers and names, weighted by how rare they are): ${comparison.pairs.length} matched passages; ${comparison.onlyLeft.length} only in the first report, ${comparison.onlyRight.length} only in the second.`
      : 'Aligned by length (the two are in different languages: a text and its translation), anchored on shared numbers and names.',
    '',
    '## Matched passages',
    '',
  ];
  const pairs = [...comparison.pairs].sort((a, b) => a.left - b.left || b.score - a.score);
  pairs.forEach((pair, n) => {
    out.push(
      `### ${n + 1}. Match ${Math.round(pair.score * 100)}%`,
      '',
      `${l} · [open](${open(left, pair.left)})`,
      '',
      quote(blockText(left, pair.left)),
      '',
      `${r} · [open](${open(right, pair.right)})`,
      '',
      quote(blockText(right, pair.right)),
      '',
    );
  });
  if (!pairs.length) out.push('No passages tell the same thing.', '');
  for (const [doc, title, only] of [
    [left, l, comparison.onlyLeft],
    [right, r, comparison.onlyRight],
  ] as const) {
    out.push(`## Only in ${title}`, '');
    if (!only.length) out.push('Nothing.', '');
    for (const i of only) out.push(quote(blockText(doc, i)), '', `[open](${open(doc, i)})`, '');
  }
  out.push('## Differences', '');
  if (!comparison.differences.length) out.push('None found.', '');
  for (const d of comparison.differences) out.push(differenceLine(d, left, right, l, r));
  return `${out.join('\n').trimEnd()}\n`;
}

function differenceLine(d: Difference, left: DocumentView, right: DocumentView, l: string, r: string): string {
  const at = (doc: DocumentView, site: Difference['left']) => (site ? `[${'open'}](${openDeepLink(doc.id, site.start)})` : '');
  if (d.side === 'both') {
    return `- ${KIND[d.kind]}: ${escapeBidi(d.left?.text ?? '')} (${l}, ${at(left, d.left)}) ≠ ${escapeBidi(d.right?.text ?? '')} (${r}, ${at(right, d.right)})`;
  }
  const [doc, title, site] = d.side === 'left' ? [left, l, d.left] : [right, r, d.right];
  return `- ${KIND[d.kind]} only in ${title}: ${escapeBidi(d.text)} (${at(doc, site)})`;
}
