// hamish import: restore a JSON backup (replacing the library) or merge it in
// (--merge: what is not there is added, a conflict keeps both and says so);
// --preview says what would change and changes nothing. The library as it was is
// kept beside it either way; the backup's watched folders are shown, and watched
// only with --watch-folders.
import { resolve } from 'node:path';
import type { BackupCounts, BackupPreview } from '../../shared/types';
import { UserError } from '../../shared/errors';
import { call, flag, OPTION, readCore, withCore, type CliCommand } from '../command';
import { terminalField } from '../terminal-text';

const counted = (what: string, c: BackupCounts, merge: boolean) =>
  `${what}: ${c.added} added, ${c.same} already there` +
  (merge ? `, ${c.conflicts} in conflict (both kept)` : `, ${c.conflicts} replaced, ${c.dropped} dropped`);

function describe(preview: BackupPreview): string {
  const merge = preview.mode === 'merge';
  const lines = [counted('documents', preview.documents, merge), counted('notes', preview.notes, merge)];
  for (const conflict of preview.conflicts) lines.push(`conflict: ${conflict}`);
  return lines.map((line) => `${line}\n`).join('');
}

export const importBackup: CliCommand = {
  name: 'import',
  usage: 'import FILE [--merge] [--preview] [--watch-folders] [--json]',
  summary:
    "restore a JSON backup (the current library is kept beside it);\n--merge: add what is not there instead (a conflict keeps both);\n--preview: say what would change, change nothing;\n--watch-folders: also watch the backup's folders (listed first)",
  options: {
    'watch-folders': OPTION['watch-folders'],
    merge: OPTION.merge,
    preview: OPTION.preview,
    json: OPTION.json,
  },
  async run(input) {
    const { ctx, args, values } = input;
    if (args.length !== 1) throw new UserError('import needs one backup file');
    // Resolved here: a call forwarded to the running app would resolve it against the app's folder.
    const file = resolve(args[0]!);
    const mode = flag(values, 'merge') ? 'merge' : 'restore';
    const json = flag(values, 'json');
    if (flag(values, 'preview')) {
      const { handlers } = await readCore(input);
      const preview = await call(handlers, 'previewBackup', { file, mode });
      ctx.stdout(
        json
          ? `${JSON.stringify(preview)}\n`
          : `${mode === 'merge' ? 'merging' : 'restoring'} would change:\n${describe(preview)}`,
      );
      return 0;
    }
    const watchFolders = flag(values, 'watch-folders');
    return withCore(input, 'hamish import', async ({ handlers }) => {
      const result = await call(handlers, 'importBackup', { file, mode, watchFolders });
      if (json) {
        ctx.stdout(`${JSON.stringify(result)}\n`);
        return 0;
      }
      ctx.stdout(
        `${mode === 'merge' ? 'merged' : 'restored'}:\n${describe(result)}the previous library is kept as ${result.kept}\n`,
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
