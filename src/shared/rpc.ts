// The edge every transport shares: check the method, parse the arguments with
// the contract's schema, run the handler, and wrap the outcome in an envelope.
import type { z } from 'zod';
import { UserError } from './errors';
import { apiContract, isApiMethod, type ApiHandlers, type ApiMethod, type ApiResult, type Envelope, type HamishApi } from './api';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export async function dispatch(
  handlers: ApiHandlers,
  method: unknown,
  rawArgs: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<Envelope<unknown>> {
  if (!isApiMethod(method)) return { ok: false, code: 'unknown-method', error: `Unknown method: ${String(method).slice(0, 80)}` };
  const parsed = apiContract[method].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return { ok: false, code: 'invalid-args', error: `Invalid arguments for ${method}: ${describeIssues(parsed.error)}` };
  }
  try {
    const handler = handlers[method] as (args: unknown) => Promise<ApiResult<ApiMethod>>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, code: 'failed', error: error.message };
    onInternalError(error);
    return {
      ok: false,
      code: 'internal',
      error: `Something went wrong in ${method}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Builds the typed API object from a transport that returns envelopes; failures become thrown Errors. */
export function createApiClient(invoke: (method: ApiMethod, args: unknown) => Promise<Envelope<unknown>>) {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const method of Object.keys(apiContract) as ApiMethod[]) {
    api[method] = async (args) => {
      const envelope = await invoke(method, args ?? {});
      if (!envelope.ok) throw new Error(envelope.error);
      return envelope.value;
    };
  }
  return api as HamishApi;
}
