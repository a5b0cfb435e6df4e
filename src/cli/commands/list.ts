// hamish list: the library, one line (or one JSON object) a document.
import { call, flag, OPTION, readCore, type CliCommand } from '../command';
import { documentJson } from '../json';
import { terminalField } from '../terminal-text';

export const list: CliCommand = {
  name: 'list',
  usage: 'list [--json]',
  summary: 'list the library',
  options: { json: OPTION.json },
  async run(input) {
    const { ctx, values } = input;
    const { handlers } = await readCore(input);
    const docs = await call(handlers, 'listDocuments', {});
    if (flag(values, 'json')) {
      ctx.stdout(`${JSON.stringify(docs.map(documentJson))}\n`);
      return 0;
    }
    for (const d of docs) {
      const flags = d.missing ? '  (missing)' : '';
      ctx.stdout(`${d.id}  ${d.lang.padEnd(5)} ${String(d.words).padStart(6)} words  ${terminalField(d.title)}${flags}\n`);
    }
    if (!docs.length) ctx.stdout('The library is empty: add files with `hamish add PATH`.\n');
    return 0;
  },
};
