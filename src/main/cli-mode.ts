// An installed app is also the `hamish` command: `hamish search …` runs the CLI inside the app's
// executable (the run-as-node fuse is off, so the CLI can't run under the app as plain Node) and
// exits without a window. The CLI is built beside the main process (out/main/cli-run.js) and loaded
// by path, so the shells stay separate layers.
import { app } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The parts of src/cli/cli.ts's runCli this shell uses. */
type RunCli = (
  argv: string[],
  ctx: {
    appRoot: string;
    version: string;
    env: NodeJS.ProcessEnv;
    stdout: (text: string) => void;
    stderr: (text: string) => void;
  },
) => Promise<number>;

export async function runCliMode(args: string[], appRoot: string): Promise<never> {
  app.dock?.hide();
  // `hamish list | head`: a reader that closed the pipe ends the command quietly (as src/cli/closed-pipe.ts).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => error.code === 'EPIPE' && app.exit(0));
  }
  let code = 70;
  try {
    const { runCli } = (await import(pathToFileURL(join(appRoot, 'out', 'main', 'cli-run.js')).href)) as { runCli: RunCli };
    const { version } = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string };
    code = await runCli(args, {
      appRoot,
      version,
      env: process.env,
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  } catch (error) {
    process.stderr.write(
      `hamish: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  app.exit(code);
  return new Promise<never>(() => {});
}
