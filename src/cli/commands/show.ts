// hamish show: one document's text, or with --json its metadata, text and blocks.
import { UserError } from '../../shared/errors';
import { call, flag, OPTION, readCore, type CliCommand } from '../command';

export const show: CliCommand = {
  name: 'show',
  usage: 'show ID [--json]',
  summary: "print a document's text (--json: with metadata and blocks)",
  options: { json: OPTION.json },
  async run(input) {
    const { ctx, values, args } = input;
    if (args.length !== 1) throw new UserError('show needs one document id (see hamish list)');
    const { handlers } = await readCore(input);
    const doc = await call(handlers, 'getDocument', { id: args[0]! });
    ctx.stdout(flag(values, 'json') ? `${JSON.stringify(doc)}\n` : `${doc.title}\n\n${doc.text}\n`);
    return 0;
  },
};
