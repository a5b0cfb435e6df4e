// hamish folders list|remove: the folders the library watches (and re-checks at start),
// and stopping watching one; its documents stay in the library.
import type { WatchedFolder } from '../../shared/model/document';
import { UserError } from '../../shared/errors';
import { call, flag, OPTION, readCore, withCore, type CliCommand } from '../command';

function folderLine(folder: WatchedFolder): string {
  const count = `${folder.documents} document${folder.documents === 1 ? '' : 's'}`;
  return `${folder.path}  (${count}${folder.missing ? ', folder missing' : ''})\n`;
}

export const foldersList: CliCommand = {
  name: 'folders list',
  usage: 'folders list [--json]',
  summary: 'list the watched folders (re-checked at every start)',
  options: { json: OPTION.json },
  async run(input) {
    const { ctx, values } = input;
    const { handlers } = await readCore(input);
    const folders = await call(handlers, 'listFolders', {});
    if (flag(values, 'json')) {
      ctx.stdout(`${JSON.stringify(folders)}\n`);
      return 0;
    }
    for (const folder of folders) ctx.stdout(folderLine(folder));
    if (!folders.length) ctx.stdout('No watched folders: `hamish add FOLDER` adds and watches one.\n');
    return 0;
  },
};

export const foldersRemove: CliCommand = {
  name: 'folders remove',
  usage: 'folders remove PATH',
  summary: 'stop watching a folder (its documents stay)',
  options: { json: OPTION.json },
  async run(input) {
    const { ctx, values, args } = input;
    if (args.length !== 1) throw new UserError('folders remove needs one folder path (see hamish folders list)');
    return withCore(input, 'hamish folders remove', async ({ handlers }) => {
      const left = await call(handlers, 'removeFolder', { path: args[0]! });
      ctx.stdout(flag(values, 'json') ? `${JSON.stringify(left)}\n` : `stopped watching ${args[0]}\n`);
      return 0;
    });
  },
};
