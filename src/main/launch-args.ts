// What the app was asked to do by its command line: the operating system passes files opened
// with "Open with Hamish" and hamish:// links as arguments (Windows, Linux; and a second
// instance's arguments arrive the same way), and an installed `hamish search …` is the CLI.
// Pure, so it is tested without Electron.
import { extname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatOfExtension } from '../shared/formats';

/** The CLI's command words (src/cli/cli.ts); a first argument among them runs the CLI, not the window. */
export const CLI_WORDS = new Set([
  'serve',
  'add',
  'list',
  'show',
  'remove',
  'notes',
  'export',
  'import',
  'search',
  'compare',
  'similar',
  'cite',
  'folders',
  'help',
  '--help',
  '-h',
  '--version',
  '-v',
]);

export interface LaunchArgs {
  /** Arguments for the CLI, when the first one is a CLI command; null to open the window. */
  cli: string[] | null;
  /** Article files to add and open (absolute paths). */
  files: string[];
  /** A hamish:// link to open. */
  deepLink: string | null;
}

/**
 * `argv` as Electron gives it: [executable, ...arguments], or [electron, appPath, ...arguments]
 * when run unpackaged (`defaultApp`). Chromium's switches (--foo, --foo=bar) are skipped, and
 * --data-dir takes its value with it.
 */
export function parseLaunchArgs(argv: readonly string[], options: { defaultApp: boolean; cwd: string }): LaunchArgs {
  const args = argv.slice(options.defaultApp ? 2 : 1);
  if (args[0] !== undefined && (CLI_WORDS.has(args[0]) || (args[0] === '--data-dir' && CLI_WORDS.has(args[2] ?? '')))) {
    return { cli: [...args], files: [], deepLink: null };
  }
  const files: string[] = [];
  let deepLink: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--data-dir') {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    if (/^hamish:/i.test(arg)) {
      deepLink ??= arg;
      continue;
    }
    // Linux desktop entries pass files as file:// URLs (Exec=… %U).
    const path = /^file:\/\//i.test(arg) ? fileURLToPath(arg) : arg;
    if (formatOfExtension(extname(path))) files.push(isAbsolute(path) ? path : resolve(options.cwd, path));
  }
  return { cli: null, files, deepLink };
}
