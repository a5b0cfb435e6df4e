// Where the Electron app takes the CLI's writes while it runs (the web shell takes
// them on its own server): a loopback HTTP listener for POST /api/<method> of the
// CLI's writing commands only, each call carrying a per-run secret token (kept in
// the 0600 lock file, see data-dir-lock.ts). Browsers are kept out twice over: a
// request with an Origin header is refused, and none could know the token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers, ApiMethod } from '../shared/api';
import { dispatch } from '../shared/rpc';
import type { LockAddress } from './data-dir-lock';

/** The methods `hamish add`, `notes add`, `remove`, `folders remove` and `import` call. */
export const FORWARDED_METHODS: readonly ApiMethod[] = [
  'addPaths',
  'addAnnotation',
  'removeDocuments',
  'removeFolder',
  'previewBackup',
  'importBackup',
];

const MAX_BODY_BYTES = 1024 * 1024;

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export class ForwardListener {
  readonly token = randomBytes(24).toString('base64url');
  #server: Server;
  #port = 0;

  constructor(private readonly handlers: ApiHandlers) {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => answer(res, 500, { ok: false, error: (error as Error).message }));
    });
  }

  /** Listens on a free loopback port; the address (with the token) goes into the lock file. */
  async listen(): Promise<LockAddress> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', () => resolve());
    });
    this.#port = (this.#server.address() as AddressInfo).port;
    return { url: `http://127.0.0.1:${this.#port}`, token: this.token };
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = /^\/api\/(\w+)$/.exec(req.url ?? '')?.[1] ?? '';
    const token = req.headers['x-hamish-token'];
    if (req.headers.host !== `127.0.0.1:${this.#port}` || req.headers.origin !== undefined) {
      return answer(res, 403, { ok: false, error: 'Forbidden' });
    }
    if (typeof token !== 'string' || !same(token, this.token)) return answer(res, 401, { ok: false, error: 'Wrong token' });
    if (req.method !== 'POST' || !FORWARDED_METHODS.includes(method as ApiMethod)) {
      return answer(res, 404, { ok: false, error: `${method || 'this'} is not taken from the command line` });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) return answer(res, 413, { ok: false, error: 'Request body too large' });
      chunks.push(chunk as Buffer);
    }
    let args: unknown;
    try {
      args = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      return answer(res, 400, { ok: false, error: 'The request body is not valid JSON' });
    }
    answer(res, 200, await dispatch(this.handlers, method, args, () => {}));
  }
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
