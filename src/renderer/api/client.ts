// The renderer's one way to reach the app: window.hamish in Electron, HTTP and
// Server-Sent Events in the web shell. Both are built from the contract.
import type { ApiEvent, ApiEvents, ApiMethod, Envelope, HamishApi, HamishBridge } from '../../shared/api';
import { createApiClient } from '../../shared/rpc';

declare global {
  interface Window {
    hamish?: HamishBridge;
  }
}

type Subscribe = <E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void) => () => void;

/** The web shell's session is an HttpOnly cookie (traded for the URL's one-time code before the page loads). */
function webTransport(): { invoke: (method: ApiMethod, args: unknown) => Promise<Envelope<unknown>>; on: Subscribe } {
  // The shell redirects the code away; should one still be in the URL, it leaves the address bar and history.
  const url = new URL(window.location.href);
  if (url.searchParams.has('code')) {
    url.searchParams.delete('code');
    window.history.replaceState(window.history.state, '', url.href);
  }
  let source: EventSource | null = null;
  return {
    async invoke(method, args) {
      let response: Response;
      try {
        const body = JSON.stringify(args);
        response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body,
          // A save made as the page closes or reloads (a note being typed) still reaches the app;
          // browsers allow this for small bodies only.
          keepalive: body.length < 32_000,
        });
      } catch {
        return { ok: false, code: 'failed', error: 'Hamish is not running: start it again and reopen the URL it prints' };
      }
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return { ok: false, code: 'failed', error: `Hamish answered ${response.status} ${response.statusText}` };
      }
    },
    on(event, listener) {
      source ??= new EventSource('/api/events');
      const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data) as ApiEvents[typeof event]);
      source.addEventListener(event, handler);
      return () => source?.removeEventListener(event, handler);
    },
  };
}

const bridge = window.hamish;
const transport = bridge
  ? { invoke: bridge.invoke as (m: ApiMethod, a: unknown) => Promise<Envelope<unknown>>, on: bridge.on }
  : webTransport();

export const api: HamishApi = createApiClient(transport.invoke);
export const onAppEvent: Subscribe = transport.on;
export const shellKind: 'electron' | 'web' = bridge ? 'electron' : 'web';
