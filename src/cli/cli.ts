// The `hamish` command line: the same core services as the app, no UI. Each
// command is a module of commands/; this finds it, parses the options and turns
// a UserError into a one-line reason.
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../core/paths';
import { UserError } from '../shared/errors';
import type { CliCommand, CliContext, OptionSpecs, OptionValues } from './command';
import { add } from './commands/add';
import { cite } from './commands/cite';
import { compare } from './commands/compare';
import { exportNotes } from './commands/export';
import { foldersList, foldersRemove } from './commands/folders';
import { importBackup } from './commands/import';
import { list } from './commands/list';
import { notesAdd } from './commands/notes-add';
import { notesList } from './commands/notes-list';
import { remove } from './commands/remove';
import { search } from './commands/search';
import { serve } from './commands/serve';
import { show } from './commands/show';
import { similar } from './commands/similar';
import { helpText } from './help';
import { terminalText } from './terminal-text';

export type { CliContext } from './command';

/** In the order --help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  serve,
  add,
  list,
  show,
  remove,
  foldersList,
  foldersRemove,
  notesList,
  notesAdd,
  exportNotes,
  cite,
  importBackup,
  search,
  compare,
  similar,
];

const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies OptionSpecs;

/** More than any command takes (addPaths takes up to 1000 paths, a query up to 1000 characters). */
const MAX_ARGUMENTS = 2000;

/** Options may come before or after the command, so all of them are parsed at once. */
const OPTIONS: OptionSpecs = Object.assign({}, GLOBAL_OPTIONS, ...COMMANDS.map((c) => c.options));

function find(command: string, rest: string[]): { command: CliCommand; args: string[] } {
  const sub = COMMANDS.find((c) => c.name === `${command} ${rest[0]}`);
  if (sub) return { command: sub, args: rest.slice(1) };
  const found = COMMANDS.find((c) => c.name === command);
  if (found) return { command: found, args: rest };
  if (COMMANDS.some((c) => c.name.startsWith(`${command} `))) {
    const subs = COMMANDS.filter((c) => c.name.startsWith(`${command} `)).map((c) => `"${c.name.split(' ')[1]}"`);
    throw new UserError(`${command} needs ${subs.join(' or ')} (see hamish --help)`);
  }
  throw new UserError(`unknown command "${command}" (see hamish --help)`);
}

/** Runs one command; resolves to the exit code (serve resolves when the server stops). */
export async function runCli(argv: string[], terminal: CliContext): Promise<number> {
  // Whatever a command prints (document titles, quotes, snippets) can't drive the terminal.
  const ctx: CliContext = {
    ...terminal,
    stdout: (text) => terminal.stdout(terminalText(text)),
    stderr: (text) => terminal.stderr(terminalText(text)),
  };
  // Node's parseArgs is quadratic in the number of arguments (60,000 words: seconds); no command takes this many.
  if (argv.length > MAX_ARGUMENTS) {
    ctx.stderr(`hamish: too many arguments (${argv.length}; at most ${MAX_ARGUMENTS}) (see hamish --help)\n`);
    return 2;
  }
  let values: OptionValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    ctx.stderr(`hamish: ${(error as Error).message.split('\n')[0]} (see hamish --help)\n`);
    return 2;
  }
  const [name, ...rest] = positionals;
  if (values.version) {
    ctx.stdout(`${ctx.version}\n`);
    return 0;
  }
  if (values.help || !name || name === 'help') {
    ctx.stdout(helpText(COMMANDS));
    return 0;
  }
  const dataDir = resolveDataDir(typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined, ctx.env);
  try {
    const { command, args } = find(name, rest);
    return await command.run({ ctx, values, args, dataDir });
  } catch (error) {
    if (error instanceof UserError) {
      ctx.stderr(`hamish: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
