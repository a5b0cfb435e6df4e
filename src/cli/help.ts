// `hamish --help`, built from the commands' own usage and summary lines.
import type { CliCommand } from './command';

const COLUMN = 31;
const INDENT = ' '.repeat(COLUMN + 2);

function entry(usage: string, summary: string): string {
  const [first, ...more] = summary.split('\n');
  const head = usage.length < COLUMN ? `  ${usage.padEnd(COLUMN)}${first}` : `  ${usage}\n${INDENT}${first}`;
  return [head, ...more.map((line) => `${INDENT}${line}`)].join('\n');
}

export function helpText(commands: readonly CliCommand[]): string {
  return `Hamish: an offline reader and note-taker for article files.

Usage: hamish [--data-dir DIR] <command> [options]

Commands:
${[...commands.map((c) => entry(c.usage, c.summary)), entry('help', 'show this help')].join('\n')}

Global options:
  --data-dir DIR   the library's data folder (also HAMISH_DATA_DIR);
                   default: the folder the desktop app uses
  -h, --help       show this help
  -v, --version    print the version

While the app runs, add, notes add, remove, folders remove and import are sent to it.

Exit status: 0 done; 1 refused, with the reason on stderr (add: some paths were
refused, each named; the others were added); 2 a usage error; 70 an unexpected error.
Output cut short by its reader (hamish list | head) ends quietly, with 0.
`;
}
