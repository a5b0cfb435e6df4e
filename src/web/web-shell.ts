// The web shell: the same renderer and contract over loopback HTTP, for
// machines where Electron's binary is missing. Every API call needs a session
// (traded for the one-time code in the URL it prints, see web-sessions.ts);
// requests from other origins or hosts are refused, and no file of it may be
// loaded by another site (Cross-Origin-Resource-Policy).
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join } from 'node:path';
import type { ApiHandlers, ErrorCode } from '../shared/api';
import { dispatch } from '../shared/rpc';
import { webShellLinkToHash } from '../shared/routes';
import type { EventHub } from '../core/event-hub';
import { RENDERER_FILE_HEADERS, resolveRendererFile } from '../core/renderer-files';
import { WebSessions } from './web-sessions';

export interface WebShellOptions {
  handlers: ApiHandlers;
  events: EventHub;
  rendererDir: string;
  port?: number;
  /** Fixed token for tests (sent as X-Hamish-Token, never in a URL); a random one otherwise. */
  token?: string;
  log?: (message: string) => void;
}

const MAX_BODY_BYTES = 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** Sent with every answer: no other site may load or probe what the shell serves. */
const COMMON_HEADERS = { 'Cross-Origin-Resource-Policy': 'same-origin', 'Referrer-Policy': 'no-referrer' } as const;

const STATUS_OF: Record<ErrorCode, number> = { 'unknown-method': 404, 'invalid-args': 400, failed: 422, internal: 500 };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class WebShell {
  readonly token: string;
  readonly sessions: WebSessions;
  #server: Server;
  #sockets = new Set<Socket>();
  #port = 0;
  #firstCode: string;

  constructor(private readonly options: WebShellOptions) {
    this.token = options.token ?? randomBytes(24).toString('base64url');
    this.sessions = new WebSessions(this.token);
    this.#firstCode = this.sessions.newCode();
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        const message = error instanceof Error ? error.message : String(error);
        if (!res.headersSent) this.#json(res, status, { ok: false, error: message });
        else res.end();
      });
    });
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  /** The URL to print: its one-time code works once, whenever it is opened. */
  get url(): string {
    return `http://127.0.0.1:${this.#port}/?code=${this.#firstCode}`;
  }

  /** Another one-time URL (for the browser this shell opens: its command line is public, so it expires soon). */
  loginUrl(ttlMs?: number): string {
    return `http://127.0.0.1:${this.#port}/?code=${this.sessions.newCode(ttlMs)}`;
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(this.options.port ?? 0, '127.0.0.1', () => resolve());
    });
    this.#port = (this.#server.address() as AddressInfo).port;
    return this.url;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const socket of this.#sockets) socket.destroy();
    await closed;
  }

  // --- requests ------------------------------------------------------------

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.#checkHost(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/api/events') return this.#events(req, res);
    if (url.pathname.startsWith('/api/')) return this.#api(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
    if (url.searchParams.has('code')) return this.#login(req, res, url);
    const hash = webShellLinkToHash(url.pathname, url.search);
    if (hash) return this.#redirect(res, `/${hash}`);
    return this.#static(res, url.pathname);
  }

  /** A hamish:// link's place at the web shell's address: the page, at its route (the session cookie still applies). */
  #redirect(res: ServerResponse, location: string): void {
    res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', ...COMMON_HEADERS });
    res.end();
  }

  /** Refuses DNS-rebinding: the Host must be our loopback address. */
  #checkHost(req: IncomingMessage): void {
    const allowed = [`127.0.0.1:${this.#port}`, `localhost:${this.#port}`];
    if (!allowed.includes(req.headers.host ?? '')) throw new HttpError(403, 'Forbidden host');
  }

  #checkCaller(req: IncomingMessage): void {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://127.0.0.1:${this.#port}` && origin !== `http://localhost:${this.#port}`) {
      throw new HttpError(403, 'Requests from other origins are refused');
    }
    if (!this.sessions.allows(req, this.#port)) {
      throw new HttpError(401, 'No session: open Hamish from the URL it printed (each link works once)');
    }
  }

  /**
   * Trades the URL's one-time code for a session cookie and sends the browser on to the same
   * page without the code (the fragment, which holds the route, is kept by the browser). A used
   * code is refused, unless the browser already has a session (a reload of the first page).
   */
  #login(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const session = this.sessions.trade(url.searchParams.get('code') ?? '');
    if (!session && !this.sessions.allows(req, this.#port)) {
      res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...COMMON_HEADERS });
      res.end('This Hamish link has already been used or has expired. Restart `hamish serve` for a new one.\n');
      return;
    }
    url.searchParams.delete('code');
    res.writeHead(303, {
      Location: `${url.pathname}${url.search}`,
      'Cache-Control': 'no-store',
      ...COMMON_HEADERS,
      ...(session ? { 'Set-Cookie': this.sessions.setCookie(this.#port, session) } : {}),
    });
    res.end();
  }

  async #api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') throw new HttpError(405, 'API calls use POST');
    this.#checkCaller(req);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpError(415, 'API calls send JSON (Content-Type: application/json)');
    }
    const body = await readBody(req);
    let args: unknown;
    try {
      args = body.length ? JSON.parse(body) : {};
    } catch {
      throw new HttpError(400, 'The request body is not valid JSON');
    }
    const envelope = await dispatch(this.options.handlers, method, args, (error) =>
      this.options.log?.(`internal error in ${method}: ${error instanceof Error ? error.stack : String(error)}`),
    );
    this.#json(res, envelope.ok ? 200 : STATUS_OF[envelope.code], envelope);
  }

  #events(req: IncomingMessage, res: ServerResponse): void {
    // EventSource sends the session cookie like any same-origin request.
    this.#checkCaller(req);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      ...COMMON_HEADERS,
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const unsubscribe = this.options.events.subscribe((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  async #static(res: ServerResponse, pathname: string): Promise<void> {
    const root = this.options.rendererDir;
    const found = resolveRendererFile(root, pathname);
    if (!found.ok) throw found.status === 400 ? new HttpError(400, 'Bad path') : new HttpError(403, 'Forbidden path');
    const { file, relative } = found;
    const info = await stat(file).catch(() => null);
    const target = info?.isFile() ? file : join(root, 'index.html');
    const isIndex = target.endsWith('index.html');
    if (!info?.isFile() && extname(relative)) throw new HttpError(404, 'Not found');
    res.writeHead(200, {
      'Content-Type': MIME[extname(target)] ?? 'application/octet-stream',
      ...RENDERER_FILE_HEADERS,
      ...COMMON_HEADERS,
      'Cache-Control': isIndex ? 'no-store' : 'max-age=3600',
    });
    createReadStream(target).pipe(res);
  }

  #json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...COMMON_HEADERS });
    res.end(JSON.stringify(body));
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
