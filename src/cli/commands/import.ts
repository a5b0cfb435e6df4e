// hamish import: restore a JSON backup; the library it replaces is kept beside it.
import { UserError } from '../../shared/errors';
import { withCore, type CliCommand } from '../command';

export const importBackup: CliCommand = {
  name: 'import',
  usage: 'import FILE',
  summary: 'restore a JSON backup (the current library is kept beside it)',
  options: {},
  async run(input) {
    const { ctx, args } = input;
    if (args.length !== 1) throw new UserError('import needs one backup file');
    return withCore(input, 'hamish import', async ({ core }) => {
      // No contract method: restoring is the command line's alone.
      const result = await core.exports.restore(args[0]!);
      ctx.stdout(
        `restored ${result.documents} documents and ${result.annotations} notes; the previous library is kept as ${result.kept}\n`,
      );
      return 0;
    });
  },
};
