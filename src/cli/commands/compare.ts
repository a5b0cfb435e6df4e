// hamish compare: which passages of two documents tell the same thing, and what differs.
import type { Comparison } from '../../shared/comparison';
import { UserError } from '../../shared/errors';
import type { DocumentView } from '../../shared/types';
import { call, flag, OPTION, readCore, type CliCommand } from '../command';
import { terminalField } from '../terminal-text';

/** The documented --json shape: block indices as `show --json` numbers them. */
export function comparisonJson(c: Comparison) {
  return {
    method: c.method,
    pairs: c.pairs.map(({ left, right, score }) => ({ left, right, score })),
    onlyLeft: c.onlyLeft,
    onlyRight: c.onlyRight,
    differences: c.differences.map((d) => ({
      kind: d.kind,
      side: d.side,
      text: d.text,
      ...(d.left && { left: d.left.block }),
      ...(d.right && { right: d.right.block }),
    })),
  };
}

const WIDTH = 60;

function opening(doc: DocumentView, block: number): string {
  const b = doc.blocks[block]!;
  const text = doc.text.slice(b.start, b.end).replace(/\s+/g, ' ').trim();
  return text.length > WIDTH ? `${text.slice(0, WIDTH)}…` : text;
}

export const compare: CliCommand = {
  name: 'compare',
  usage: 'compare LEFT RIGHT [--json]',
  summary:
    "pair two documents' passages by what they say (by length\nfor a translation); what each alone has; the numbers,\nnames and quotations that differ",
  options: { json: OPTION.json },
  async run(input) {
    const { ctx, values, args } = input;
    if (args.length !== 2) throw new UserError('compare needs two document ids (see hamish list)');
    const { handlers } = await readCore(input);
    const [leftId, rightId] = args as [string, string];
    const comparison = await call(handlers, 'compareDocuments', { left: leftId, right: rightId });
    if (flag(values, 'json')) {
      ctx.stdout(`${JSON.stringify(comparisonJson(comparison))}\n`);
      return 0;
    }
    const [left, right] = await Promise.all([
      call(handlers, 'getDocument', { id: leftId }),
      call(handlers, 'getDocument', { id: rightId }),
    ]);
    ctx.stdout(`${terminalField(left.title)}\n  ↔ ${terminalField(right.title)}\n`);
    ctx.stdout(
      comparison.method === 'content'
        ? `Paired by content: ${comparison.pairs.length} matched passages${comparison.nearDuplicate ? ' (near-identical copies)' : ''}\n\n`
        : 'Aligned by length (different languages)\n\n',
    );
    for (const p of comparison.pairs) {
      ctx.stdout(
        `  [${p.left}] ↔ [${p.right}]  ${Math.round(p.score * 100)}%\n    ${opening(left, p.left)}\n    ${opening(right, p.right)}\n`,
      );
    }
    const only = (label: string, doc: DocumentView, blocks: number[]) => {
      if (!blocks.length) return;
      ctx.stdout(`\nOnly in ${label}:\n`);
      for (const i of blocks) ctx.stdout(`  [${i}] ${opening(doc, i)}\n`);
    };
    only('the left', left, comparison.onlyLeft);
    only('the right', right, comparison.onlyRight);
    if (comparison.differences.length) ctx.stdout('\nDifferences:\n');
    for (const d of comparison.differences) {
      ctx.stdout(`  ${d.kind}${d.side === 'both' ? ' (conflict)' : `, only ${d.side}`}: ${d.text}\n`);
    }
    return 0;
  },
};
