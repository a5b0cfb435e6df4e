// A CLI write while the app runs: the data folder is the app's, so the call goes
// to the app (the address and per-run token its lock file holds, see
// core/data-dir-lock.ts) and lands there as if made in the app. Only loopback,
// only with the token; the app checks the arguments with the contract's schemas.
import { request } from 'node:http';
import type { LockAddress } from '../core/data-dir-lock';
import type { ApiHandlers, ApiMethod, Envelope } from '../shared/api';
import { UserError } from '../shared/errors';

/** Longer than any import a script would wait for; the app keeps working if the CLI gives up. */
const FORWARD_TIMEOUT_MS = 10 * 60_000;

/** POSTs one contract call to the running app; resolves to its value, or rejects with its one-line reason. */
export function forwardCall(address: LockAddress, method: ApiMethod, args: unknown): Promise<unknown> {
  const body = JSON.stringify(args ?? {});
  return new Promise((resolve, reject) => {
    const req = request(
      `${address.url}/api/${method}`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'X-Hamish-Token': address.token,
        },
        timeout: FORWARD_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          let envelope: Envelope<unknown>;
          try {
            envelope = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope<unknown>;
          } catch {
            return reject(new UserError(`the running Hamish did not answer as expected (HTTP ${res.statusCode})`));
          }
          if (envelope.ok) resolve(envelope.value);
          else reject(new UserError(envelope.error));
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer in time')));
    req.on('error', (error) =>
      reject(new UserError(`the data folder is in use by a running Hamish that could not be reached (${error.message})`)),
    );
    req.end(body);
  });
}

/** Contract handlers that forward every call to the running app. */
export function forwardingHandlers(address: LockAddress): ApiHandlers {
  return new Proxy({} as ApiHandlers, {
    get: (_target, method) => (args: unknown) => forwardCall(address, method as ApiMethod, args),
  });
}
