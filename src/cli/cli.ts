// The `hamish` command line: the same core services as the app, no UI.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { createApiHandlers, HamishCore } from '../core/hamish-core';
import { resolveDataDir } from '../core/paths';
import { UserError } from '../shared/errors';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../shared/types';
import { WebShell } from '../web/web-shell';
import { openInAppWindow } from '../web/open-browser';

export interface CliContext {
  /** Folder holding seeds/ and out/renderer/. */
  appRoot: string;
  version: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

const HELP = `Hamish: an offline reader and note-taker for article files.

Usage: hamish [--data-dir DIR] <command> [options]

Commands:
  serve [--port N] [--no-open]   start the web shell on 127.0.0.1 and print its URL
  add PATH... [--json]           add article files, or folders of them (recursively):
                                 .txt .md .markdown .html .htm .docx .epub, up to 50 MB each
  list [--json]                  list the library
  show ID [--json]               print a document's text (--json: with metadata and blocks)
  remove ID...                   remove documents from the library (their files stay)
  notes list [--doc ID] [--tag T] [--json]
                                 list highlights and notes (a tag includes its nested tags)
  notes add --doc ID --quote TEXT [--note TEXT] [--tag T]... [--color C]
                                 highlight a passage, found by its words (spelling folded)
  export --format md|json --out DIR [--doc ID] [--tag T] [--template FILE]
                                 Markdown notes (one file per document; a Mustache
                                 template may replace the default) or a JSON backup
  import FILE                    restore a JSON backup (the current library is kept beside it)
  search QUERY [--limit N] [--json] [--exact]
                                 search the library: words (all must match), "a phrase",
                                 -excluded, lang:ar outlet:NAME folder:PATH from:YYYY-MM-DD
                                 to:YYYY-MM-DD; --exact turns light stemming off
  help                           show this help

Global options:
  --data-dir DIR   the library's data folder (also HAMISH_DATA_DIR);
                   default: the folder the desktop app uses
  -h, --help       show this help
  -v, --version    print the version
`;

const OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  port: { type: 'string' },
  'no-open': { type: 'boolean' },
  limit: { type: 'string' },
  exact: { type: 'boolean' },
  doc: { type: 'string' },
  quote: { type: 'string' },
  note: { type: 'string' },
  tag: { type: 'string', multiple: true },
  color: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  template: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Runs one command; resolves to the exit code (serve resolves when the server stops). */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    ctx.stderr(`hamish: ${(error as Error).message.split('\n')[0]} (see hamish --help)\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    ctx.stdout(`${ctx.version}\n`);
    return 0;
  }
  if (values.help || !command || command === 'help') {
    ctx.stdout(HELP);
    return 0;
  }
  const dataDir = resolveDataDir(values['data-dir'], ctx.env);
  const base = { dataDir, version: ctx.version };
  try {
    switch (command) {
      case 'serve':
        return await serve(ctx, values.port, !values['no-open'], base);
      case 'add': {
        if (!rest.length) throw new UserError('add needs at least one file or folder');
        const core = await HamishCore.boot({ ...base, shell: 'web', lockOwner: 'hamish add' });
        try {
          const report = await core.library.add(rest);
          if (values.json) ctx.stdout(`${JSON.stringify(report)}\n`);
          else {
            ctx.stdout(
              `added ${report.added}, updated ${report.updated}, unchanged ${report.skipped}, refused ${report.errors.length}\n`,
            );
          }
          for (const e of report.errors) ctx.stderr(`hamish: ${e.path}: ${e.reason}\n`);
          return report.errors.length ? 1 : 0;
        } finally {
          await core.shutdown();
        }
      }
      case 'list': {
        const core = await HamishCore.boot({ ...base, shell: 'web', readOnly: true });
        const docs = core.library.list();
        if (values.json) {
          const items = docs.map(({ id, title, path, words, lang, outlet, author, date, dir, format, encoding, missing }) => ({
            id,
            title,
            path,
            words,
            lang,
            outlet: outlet ?? null,
            author: author ?? null,
            date: date ?? null,
            dir,
            format,
            encoding,
            missing,
          }));
          ctx.stdout(`${JSON.stringify(items)}\n`);
        } else {
          for (const d of docs) {
            const flags = d.missing ? '  (missing)' : '';
            ctx.stdout(`${d.id}  ${d.lang.padEnd(5)} ${String(d.words).padStart(6)} words  ${d.title}${flags}\n`);
          }
          if (!docs.length) ctx.stdout('The library is empty: add files with `hamish add PATH`.\n');
        }
        return 0;
      }
      case 'remove': {
        if (!rest.length) throw new UserError('remove needs at least one document id (see hamish list)');
        const core = await HamishCore.boot({ ...base, shell: 'web', lockOwner: 'hamish remove' });
        try {
          const removed = await core.library.remove(rest);
          ctx.stdout(
            values.json ? `${JSON.stringify({ removed })}\n` : `removed ${removed} document${removed === 1 ? '' : 's'}\n`,
          );
          return 0;
        } finally {
          await core.shutdown();
        }
      }
      case 'show': {
        if (rest.length !== 1) throw new UserError('show needs one document id (see hamish list)');
        const core = await HamishCore.boot({ ...base, shell: 'web', readOnly: true });
        const doc = await core.library.get(rest[0]!);
        ctx.stdout(values.json ? `${JSON.stringify(doc)}\n` : `${doc.title}\n\n${doc.text}\n`);
        return 0;
      }
      case 'notes':
        return await notes(ctx, rest, values, base);
      case 'export': {
        if (values.format !== 'md' && values.format !== 'json') throw new UserError('export needs --format md or --format json');
        if (!values.out) throw new UserError('export needs --out DIR');
        const core = await HamishCore.boot({ ...base, shell: 'web', readOnly: true });
        const files =
          values.format === 'json'
            ? [await core.exports.backupInto(values.out)]
            : await core.exports.markdown(values.out, { docId: values.doc, tag: values.tag?.[0], template: values.template });
        for (const file of files) ctx.stdout(`${file}\n`);
        return 0;
      }
      case 'import': {
        if (rest.length !== 1) throw new UserError('import needs one backup file');
        const core = await HamishCore.boot({ ...base, shell: 'web', lockOwner: 'hamish import' });
        try {
          const result = await core.exports.restore(rest[0]!);
          ctx.stdout(
            `restored ${result.documents} documents and ${result.annotations} notes; the previous library is kept as ${result.kept}\n`,
          );
          return 0;
        } finally {
          await core.shutdown();
        }
      }
      case 'search': {
        if (!rest.length) throw new UserError('search needs a query, e.g. hamish search "الكاظمي"');
        const limit = values.limit === undefined ? 20 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 500)
          throw new UserError(`--limit must be a number from 1 to 500, not "${values.limit}"`);
        const core = await HamishCore.boot({ ...base, shell: 'web', readOnly: true });
        try {
          await core.search.boot();
          await core.search.ready();
          const { hits, total } = core.search.search({ query: rest.join(' '), limit, stemming: !values.exact });
          if (values.json) {
            const items = hits.map(({ docId, title, score, snippets }) => ({
              docId,
              title,
              score,
              snippets: snippets.map(({ text, matches }) => ({ text, matches })),
            }));
            ctx.stdout(`${JSON.stringify(items)}\n`);
          } else {
            if (!hits.length) ctx.stdout('No matches.\n');
            for (const hit of hits) {
              ctx.stdout(
                `${hit.docId}  ${hit.title}  (${hit.matchCount} match${hit.matchCount === 1 ? '' : 'es'}, score ${hit.score})\n`,
              );
              for (const snippet of hit.snippets) ctx.stdout(`    …${markMatches(snippet.text, snippet.matches)}…\n`);
            }
            if (total > hits.length) ctx.stdout(`(${total - hits.length} more; use --limit)\n`);
          }
          return 0;
        } finally {
          await core.search.shutdown();
        }
      }
      default:
        throw new UserError(`unknown command "${command}" (see hamish --help)`);
    }
  } catch (error) {
    if (error instanceof UserError) {
      ctx.stderr(`hamish: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

type Values = { doc?: string; quote?: string; note?: string; tag?: string[]; color?: string; json?: boolean };

async function notes(
  ctx: CliContext,
  rest: string[],
  values: Values,
  base: { dataDir: string; version: string },
): Promise<number> {
  const [sub] = rest;
  if (sub === 'list') {
    const core = await HamishCore.boot({ ...base, shell: 'web', readOnly: true });
    const list = core.annotations.list({ docId: values.doc, tag: values.tag?.[0] });
    if (values.json) {
      const items = list.map(({ id, docId, kind, selectors, target, note, tags, color, orphaned }) => ({
        id,
        docId,
        kind,
        quote: selectors?.quote.exact ?? null,
        note,
        tags,
        color,
        orphaned: orphaned || !!target?.orphaned,
        // A link's other end.
        ...(target ? { target: { docId: target.docId, quote: target.selectors.quote.exact } } : {}),
      }));
      ctx.stdout(`${JSON.stringify(items)}\n`);
    } else {
      for (const a of list) {
        const quote = a.selectors ? `“${a.selectors.quote.exact.slice(0, 80)}”` : '(document note)';
        const other = a.target ? ` ↔ ${a.target.docId} “${a.target.selectors.quote.exact.slice(0, 80)}”` : '';
        ctx.stdout(
          `${a.id}  ${a.docId}  ${a.color}${a.orphaned ? ' orphaned' : ''}  ${quote}${other}${a.note ? `: ${a.note}` : ''}${a.tags.length ? `  #${a.tags.join(' #')}` : ''}\n`,
        );
      }
      if (!list.length) ctx.stdout('No notes.\n');
    }
    return 0;
  }
  if (sub === 'add') {
    if (!values.doc || !values.quote) throw new UserError('notes add needs --doc ID and --quote TEXT');
    if (values.color && !(HIGHLIGHT_COLORS as readonly string[]).includes(values.color)) {
      throw new UserError(`--color must be one of ${HIGHLIGHT_COLORS.join(', ')}`);
    }
    const core = await HamishCore.boot({ ...base, shell: 'web', lockOwner: 'hamish notes add' });
    try {
      const added = await core.annotations.add({
        docId: values.doc,
        quote: values.quote,
        note: values.note,
        tags: values.tag,
        color: values.color as HighlightColor | undefined,
      });
      ctx.stdout(values.json ? `${JSON.stringify(added)}\n` : `added ${added.id}\n`);
      return 0;
    } finally {
      await core.shutdown();
    }
  }
  throw new UserError('notes needs "list" or "add" (see hamish --help)');
}

/** Brackets the matches for a terminal: ⟪…⟫ reads clearly in Arabic and English alike. */
function markMatches(text: string, matches: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += `${text.slice(at, m.start)}⟪${text.slice(m.start, m.end)}⟫`;
    at = m.end;
  }
  return out + text.slice(at);
}

async function serve(ctx: CliContext, portFlag: string | undefined, open: boolean, base: { dataDir: string; version: string }) {
  const port = portFlag === undefined ? 0 : Number(portFlag);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserError(`--port must be a number from 0 to 65535, not "${portFlag}"`);
  const core = await HamishCore.boot({
    ...base,
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
  ctx.stdout(`Hamish web shell: ${url}\n`);
  for (const notice of core.info().notices) ctx.stderr(`hamish: ${notice}\n`);
  if (open) openInAppWindow(url, join(base.dataDir, 'browser-profile'));
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
}
