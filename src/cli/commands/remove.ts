// hamish remove: documents out of the library; their files stay on disk.
import { UserError } from '../../shared/errors';
import { call, flag, OPTION, withCore, type CliCommand } from '../command';

export const remove: CliCommand = {
  name: 'remove',
  usage: 'remove ID...',
  summary: 'remove documents from the library (their files stay)',
  options: { json: OPTION.json },
  async run(input) {
    const { ctx, values, args } = input;
    if (!args.length) throw new UserError('remove needs at least one document id (see hamish list)');
    return withCore(input, 'hamish remove', async ({ handlers }) => {
      const { removed } = await call(handlers, 'removeDocuments', { ids: args });
      ctx.stdout(
        flag(values, 'json') ? `${JSON.stringify({ removed })}\n` : `removed ${removed} document${removed === 1 ? '' : 's'}\n`,
      );
      return 0;
    });
  },
};
