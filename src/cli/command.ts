// What every `hamish` command is made of, and the few helpers they share: options
// are declared once here, a command with a contract method calls it through
// dispatch() so the API's schemas validate its arguments, and the core is booted
// for reading only or under the data folder's lock. The core, the contract and zod are
// imported when a command first needs them, never at start: `hamish --help` and the
// option checks load none of them (see tests/cli-startup.test.ts).
import type { ParseArgsConfig } from 'node:util';
import type { HamishCore } from '../core/container';
import type { ApiArgs, ApiHandlers, ApiMethod, ApiResult } from '../shared/api';
import { UserError } from '../shared/errors';

export interface CliContext {
  /** Folder holding seeds/ and out/renderer/. */
  appRoot: string;
  version: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Every option, declared once; commands list the ones they take. */
export const OPTION = {
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
  'watch-folders': { type: 'boolean' },
  merge: { type: 'boolean' },
  preview: { type: 'boolean' },
  lang: { type: 'string' },
  force: { type: 'boolean' },
  all: { type: 'boolean' },
  search: { type: 'string' },
} as const satisfies OptionSpecs;

export interface CommandInput {
  ctx: CliContext;
  values: OptionValues;
  /** The positional arguments after the command's name. */
  args: string[];
  dataDir: string;
}

export interface CliCommand {
  /** One word, or two for a subcommand ("notes add"). */
  name: string;
  /** The help's left column: the name with its arguments. */
  usage: string;
  /** The help's right column; lines after the first are indented under it. */
  summary: string;
  options: OptionSpecs;
  /** Resolves to the exit code; a UserError becomes a one-line reason and exit code 1. */
  run(input: CommandInput): Promise<number>;
}

export function text(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

export function texts(values: OptionValues, name: string): string[] | undefined {
  const value = values[name];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

/** A whole decimal number; anything else (0x10, 1e3, 2.5) becomes NaN, which the contract's schema refuses. */
export function integer(values: OptionValues, name: string): number | undefined {
  const value = text(values, name);
  return value === undefined ? undefined : /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** The contract's argument names as the command line spells them. */
const ARGUMENT_NAMES: Record<string, string> = {
  limit: '--limit',
  format: '--format',
  out: '--out',
  template: '--template',
  docId: '--doc',
  lang: '--lang',
  tag: '--tag',
  tags: '--tag',
  color: '--color',
  quote: '--quote',
  note: '--note',
  paths: 'PATH',
  ids: 'ID',
  id: 'ID',
  query: 'QUERY',
};

/** "Invalid arguments for search: limit: …" said in the command line's terms: "--limit: … (see hamish --help)". */
export function invalidArgumentsReason(error: string): string {
  const issues = error
    .replace(/^Invalid arguments for \w+: /, '')
    .replace(/(^|; )(\w+)(?:\.\d+)?: /g, (_, separator: string, name: string) => `${separator}${ARGUMENT_NAMES[name] ?? name}: `);
  return `${issues} (see hamish --help)`;
}

/**
 * Checks a contract method's arguments with the API's own schema before any work (booting the core,
 * building the search index), so a bad argument is refused at once, in the command line's terms.
 */
export async function checkArgs<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<void> {
  const { apiContract } = await import('../shared/api');
  const parsed = apiContract[method].args.safeParse(args);
  if (parsed.success) return;
  const issues = parsed.error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw new UserError(invalidArgumentsReason(issues));
}

/**
 * Calls a contract method as every shell does; a refusal becomes a UserError, a crash is rethrown as it was.
 * `handlers` needs only the method called (`hamish search` has no core to bind the others to).
 */
export async function call<M extends ApiMethod>(
  handlers: Pick<ApiHandlers, M>,
  method: M,
  args: ApiArgs<M>,
): Promise<ApiResult<M>> {
  const { dispatch } = await import('../shared/rpc');
  let crash: unknown;
  // dispatch looks up only `method`, which `handlers` has.
  const envelope = await dispatch(handlers as ApiHandlers, method, args, (error) => (crash = error));
  if (envelope.ok) return envelope.value as ApiResult<M>;
  if (envelope.code === 'internal') throw crash ?? new Error(envelope.error);
  throw new UserError(envelope.code === 'invalid-args' ? invalidArgumentsReason(envelope.error) : envelope.error);
}

export interface OpenCore {
  core: HamishCore;
  handlers: ApiHandlers;
}

/** The core's modules, loaded by the first command that boots it. */
export async function coreModules(): Promise<{
  HamishCore: typeof HamishCore;
  createApiHandlers: (core: HamishCore) => ApiHandlers;
}> {
  const [{ HamishCore }, { createApiHandlers }] = await Promise.all([
    import('../core/container'),
    import('../core/api-handlers'),
  ]);
  return { HamishCore, createApiHandlers };
}

/** A core that only reads (list, show, export): no lock, nothing written, nothing to shut down. */
export async function readCore(input: CommandInput): Promise<OpenCore> {
  const { HamishCore, createApiHandlers } = await coreModules();
  const core = await HamishCore.boot({ dataDir: input.dataDir, version: input.ctx.version, shell: 'cli', readOnly: true });
  return { core, handlers: createApiHandlers(core) };
}

/**
 * Runs `work` with the contract's handlers on a core holding the data folder's lock, and shuts it
 * down after. While the app runs (it holds the lock and says where it answers), the calls go to the
 * app instead (forward.ts), so scripts work during a reading session.
 */
export async function withCore<T>(
  input: CommandInput,
  lockOwner: string,
  work: (open: { handlers: ApiHandlers }) => Promise<T>,
): Promise<T> {
  const { HamishCore, createApiHandlers } = await coreModules();
  let core: HamishCore;
  try {
    core = await HamishCore.boot({ dataDir: input.dataDir, version: input.ctx.version, shell: 'cli', lockOwner });
  } catch (error) {
    // Loaded only here: node:http and node:child_process cost every other command (and --help) their load.
    const [{ DataFolderBusy }, { forwardingHandlers }] = await Promise.all([
      import('../core/data-dir-lock'),
      import('./forward'),
    ]);
    const address = error instanceof DataFolderBusy ? error.holder.address : null;
    if (!address) throw error;
    input.ctx.stderr(`hamish: sent to the running Hamish (${error instanceof DataFolderBusy ? error.holder.owner : ''})\n`);
    return work({ handlers: forwardingHandlers(address) });
  }
  try {
    return await work({ handlers: createApiHandlers(core) });
  } finally {
    await core.shutdown();
  }
}
