// Which file of the built renderer a request path names, for both shells that serve it (the
// Electron app:// protocol and the web shell's HTTP server), so the traversal and bad-escape
// guards are written once. The shells keep their own policy for what to send when it refuses.
import { join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';

/** Headers every renderer file is sent with, by either shell. */
export const RENDERER_FILE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // No other site may load (or, by loading, probe for) the renderer's files.
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

export type RendererFile =
  /** `relative` is the path inside the renderer folder ('' for the root, which serves index.html). */
  | { ok: true; file: string; relative: string }
  /** 400: the path can't be decoded (a malformed % escape, a NUL); 403: it leaves the renderer folder. */
  | { ok: false; status: 400 | 403 };

/** The file under `root` (an absolute folder) that a URL's pathname names, or why there is none. */
export function resolveRendererFile(root: string, pathname: string): RendererFile {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 };
  // Leading slashes (or backslashes) go, so an absolute-looking path stays inside the root.
  const relative = normalize(decoded)
    .replace(/^([/\\])+/, '')
    .replace(/^\.$/, '');
  const file = join(root, relative || 'index.html');
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return { ok: false, status: 403 };
  return { ok: true, file, relative };
}
