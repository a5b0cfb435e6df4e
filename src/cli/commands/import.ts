// hamish import: restore a JSON backup; the library it replaces is kept beside it.
// The backup's watched folders are shown, and watched only with --watch-folders.
import { UserError } from '../../shared/errors';
import { flag, OPTION, withCore, type CliCommand } from '../command';
import { terminalField } from '../terminal-text';

export const importBackup: CliCommand = {
  name: 'import',
  usage: 'import FILE [--watch-folders]',
  summary:
    "restore a JSON backup (the current library is kept beside it);\n--watch-folders: also watch the backup's folders (listed first)",
  options: { 'watch-folders': OPTION['watch-folders'] },
  async run(input) {
    const { ctx, args, values } = input;
    if (args.length !== 1) throw new UserError('import needs one backup file');
    const watchFolders = flag(values, 'watch-folders');
    return withCore(input, 'hamish import', async ({ core }) => {
      // No contract method: restoring is the command line's alone.
      const result = await core.exports.restore(args[0]!, { watchFolders });
      ctx.stdout(
        `restored ${result.documents} documents and ${result.annotations} notes; the previous library is kept as ${result.kept}\n`,
      );
      if (result.folders.length) {
        ctx.stdout(
          result.watched
            ? `watching the backup's folders:\n`
            : `the backup watches these folders; they are NOT watched (run again with --watch-folders, or \`hamish add\` them):\n`,
        );
        for (const folder of result.folders) ctx.stdout(`  ${terminalField(folder)}\n`);
      }
      return 0;
    });
  },
};
