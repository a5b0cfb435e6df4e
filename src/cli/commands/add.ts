// hamish add: files and folders into the library, each refused path reported.
import { resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../../core/library/parse-limits';
import { ALL_EXTENSIONS } from '../../shared/formats';
import { UserError } from '../../shared/errors';
import { call, checkArgs, flag, OPTION, withCore, type CliCommand } from '../command';

export const add: CliCommand = {
  name: 'add',
  usage: 'add PATH... [--json]',
  summary: `add article files, or folders of them (recursively):\n${ALL_EXTENSIONS.join(' ')}, up to ${MAX_FILE_BYTES / 1024 / 1024} MB each`,
  options: { json: OPTION.json },
  async run(input) {
    const { ctx, values, args } = input;
    if (!args.length) throw new UserError('add needs at least one file or folder');
    // An empty path ('') would be the working directory: refused by the API's schema, before the lock is taken.
    await checkArgs('addPaths', { paths: args });
    return withCore(input, 'hamish add', async ({ handlers }) => {
      // Resolved here: a call forwarded to the running app would resolve them against the app's folder.
      const report = await call(handlers, 'addPaths', { paths: args.map((p) => resolve(p)) });
      if (flag(values, 'json')) ctx.stdout(`${JSON.stringify(report)}\n`);
      else {
        ctx.stdout(
          `added ${report.added}, updated ${report.updated}, unchanged ${report.skipped}, refused ${report.errors.length}\n`,
        );
      }
      for (const e of report.errors) ctx.stderr(`hamish: ${e.path}: ${e.reason}\n`);
      return report.errors.length ? 1 : 0;
    });
  },
};
