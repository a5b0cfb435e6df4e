// Who may call the web shell's API. The browser is opened with a one-time code
// (a URL is readable in the process list and stays in the browser's history), which
// the first page load trades for a session: an HttpOnly, SameSite=Strict cookie that
// page scripts can't read and other sites' requests don't carry. A used or expired
// code is worthless. Programmatic callers (tests) may send the shell's token in the
// X-Hamish-Token header; it is never printed or put in a URL.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

function secret(): string {
  return randomBytes(24).toString('base64url');
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export class WebSessions {
  /** One-time codes and when each stops working (Infinity: until used). */
  #codes = new Map<string, number>();
  #sessions = new Set<string>();

  constructor(
    readonly token: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh one-time code, valid once and, when given, for `ttlMs` only. */
  newCode(ttlMs = Number.POSITIVE_INFINITY): string {
    const code = secret();
    this.#codes.set(code, this.now() + ttlMs);
    return code;
  }

  /** Trades a code for a session credential; null when the code is unknown, used or expired. */
  trade(code: string): string | null {
    let found: string | null = null;
    for (const [known, expires] of this.#codes) {
      if (same(known, code)) {
        this.#codes.delete(known);
        if (expires >= this.now()) found = known;
      }
    }
    if (!found) return null;
    const session = secret();
    this.#sessions.add(session);
    return session;
  }

  /** The cookie's name carries the port: cookies are shared by every port of a host. */
  cookieName(port: number): string {
    return `hamish-session-${port}`;
  }

  setCookie(port: number, session: string): string {
    return `${this.cookieName(port)}=${session}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** Whether a request carries a session cookie or the shell's token. */
  allows(req: IncomingMessage, port: number): boolean {
    const header = req.headers['x-hamish-token'];
    const token = Array.isArray(header) ? header[0] : header;
    if (token !== undefined && same(token, this.token)) return true;
    const session = cookieValue(req.headers.cookie, this.cookieName(port));
    if (session === null) return false;
    for (const known of this.#sessions) if (same(known, session)) return true;
    return false;
  }
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}
