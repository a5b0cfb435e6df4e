// hamish notes list: highlights and notes, of one document or tag or all.
import { call, flag, OPTION, readCore, text, texts, type CliCommand } from '../command';
import { annotationJson } from '../json';
import { terminalField } from '../terminal-text';

export const notesList: CliCommand = {
  name: 'notes list',
  usage: 'notes list [--doc ID] [--tag T] [--json]',
  summary: 'list highlights and notes (a tag includes its nested tags)',
  options: { doc: OPTION.doc, tag: OPTION.tag, json: OPTION.json },
  async run(input) {
    const { ctx, values } = input;
    const { handlers } = await readCore(input);
    const { items } = await call(handlers, 'listAnnotations', { docId: text(values, 'doc'), tag: texts(values, 'tag')?.[0] });
    if (flag(values, 'json')) {
      ctx.stdout(`${JSON.stringify(items.map(annotationJson))}\n`);
      return 0;
    }
    for (const a of items) {
      const quote = a.selectors ? `“${terminalField(a.selectors.quote.exact.slice(0, 80))}”` : '(document note)';
      const other = a.target ? ` ↔ ${a.target.docId} “${terminalField(a.target.selectors.quote.exact.slice(0, 80))}”` : '';
      ctx.stdout(
        `${a.id}  ${a.docId}  ${a.color}${a.orphaned ? ' orphaned' : ''}  ${quote}${other}${a.note ? `: ${terminalField(a.note)}` : ''}${a.tags.length ? `  #${terminalField(a.tags.join(' #'))}` : ''}\n`,
      );
    }
    if (!items.length) ctx.stdout('No notes.\n');
    return 0;
  },
};
