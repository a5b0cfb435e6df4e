// hamish serve: the web shell on 127.0.0.1, until SIGINT or SIGTERM. The URL it prints
// (and the one it opens) carries a one-time code, never the session itself.
import { join } from 'node:path';
import { UserError } from '../../shared/errors';
import { coreModules, flag, OPTION, text, type CliCommand } from '../command';

/** How long the code in the browser's command line works, if the browser never opens it. */
const BROWSER_CODE_TTL_MS = 60_000;

export const serve: CliCommand = {
  name: 'serve',
  usage: 'serve [--port N] [--no-open]',
  summary: 'start the web shell on 127.0.0.1 and print its URL',
  options: { port: OPTION.port, 'no-open': OPTION['no-open'] },
  async run({ ctx, values, dataDir }) {
    const portFlag = text(values, 'port');
    const port = portFlag === undefined ? 0 : Number(portFlag);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UserError(`--port must be a number from 0 to 65535, not "${portFlag}"`);
    const [{ HamishCore, createApiHandlers }, { WebShell }, { openInAppWindow }] = await Promise.all([
      coreModules(),
      import('../../web/web-shell'),
      import('../../web/open-browser'),
    ]);
    const core = await HamishCore.boot({
      dataDir,
      version: ctx.version,
      shell: 'web',
      seedsDir: join(ctx.appRoot, 'seeds'),
      lockOwner: 'hamish serve',
      watch: true,
      log: (message) => ctx.stderr(`hamish: ${message}\n`),
    });
    const shell = new WebShell({
      handlers: createApiHandlers(core),
      events: core.events,
      rendererDir: join(ctx.appRoot, 'out', 'renderer'),
      port,
      log: (message) => ctx.stderr(`${message}\n`),
    });
    let url: string;
    try {
      url = await shell.listen();
    } catch (error) {
      await core.shutdown();
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserError(
        code === 'EADDRINUSE' ? `port ${port} is already in use; try --port 0 for any free port` : (error as Error).message,
      );
    }
    // The CLI's writes while this runs come here (authenticated by the shell's token, kept in the 0600 lock file).
    core.advertise({ url: new URL(url).origin, token: shell.token });
    ctx.stdout(`Hamish web shell: ${url}\n`);
    for (const notice of core.info().notices) ctx.stderr(`hamish: ${notice}\n`);
    // The browser gets a code of its own: its command line is readable by every local user, so it expires soon.
    if (!flag(values, 'no-open')) openInAppWindow(shell.loginUrl(BROWSER_CODE_TTL_MS), join(dataDir, 'browser-profile'));
    return new Promise<number>((resolve) => {
      const stop = () => {
        void shell
          .close()
          .then(() => core.shutdown())
          .then(() => resolve(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
