// hamish similar: the library's other reports of a document's story.
import { UserError } from '../../shared/errors';
import { call, flag, integer, OPTION, readCore, type CliCommand } from '../command';
import { terminalField } from '../terminal-text';

export const similar: CliCommand = {
  name: 'similar',
  usage: 'similar ID [--limit N] [--json]',
  summary: "other reports of a document's story, most similar first;\nnear-identical copies flagged",
  options: { limit: OPTION.limit, json: OPTION.json },
  async run(input) {
    const { ctx, values, args } = input;
    if (args.length !== 1) throw new UserError('similar needs one document id (see hamish list)');
    const { handlers } = await readCore(input);
    const hits = await call(handlers, 'similarDocuments', { id: args[0]!, limit: integer(values, 'limit') ?? 10 });
    if (flag(values, 'json')) {
      ctx.stdout(
        `${JSON.stringify(hits.map(({ docId, title, score, nearDuplicate }) => ({ docId, title, score, nearDuplicate })))}\n`,
      );
      return 0;
    }
    if (!hits.length) ctx.stdout('No similar reports.\n');
    for (const hit of hits) {
      ctx.stdout(
        `${hit.docId}  ${Math.round(hit.score * 100)}%${hit.nearDuplicate ? '  near-identical' : ''}  ${terminalField(hit.title)}\n`,
      );
    }
    return 0;
  },
};
