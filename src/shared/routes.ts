// The app's places, built and parsed in one file: the renderer's hash routes (which keep the web
// shell's ?token= in place) and the hamish:// deep links that Obsidian exports, other apps and the
// command line use to reach them.
//   #/open?doc=ID[&at=OFFSET&len=N]        hamish://open?doc=ID[&at=OFFSET&len=N]
//   #/compare?left=ID&right=ID[&link=ID]   hamish://compare?left=ID&right=ID[&link=ID]
//   #/compare?left=ID&right=ID&pane=0|1&at=OFFSET[&len=N]  (a passage in one pane: a search result)
// Anything else is the library (#/). The web shell answers the same links at its own address:
//   http://127.0.0.1:PORT/open?doc=ID…  and  http://127.0.0.1:PORT/link?to=hamish%3A%2F%2Fopen%3Fdoc%3DID
// redirect to the page's #/open?doc=ID… (webShellLinkToHash).

/** Each route's parameters: which a link may carry, and which it must. */
const ROUTES = {
  open: { params: ['doc', 'at', 'len'], required: ['doc'] },
  compare: { params: ['left', 'right', 'link', 'pane', 'at', 'len'], required: ['left', 'right'] },
} as const;

export type RouteName = 'library' | keyof typeof ROUTES;

export interface Route {
  name: RouteName;
  params: URLSearchParams;
}

const DEEP_LINK_SCHEME = 'hamish:';
/** Longest parameter value a deep link may bring in (ids and offsets are far shorter). */
const MAX_PARAM = 200;

function isRouteName(name: string): name is keyof typeof ROUTES {
  return Object.hasOwn(ROUTES, name);
}

/** A location hash (with or without its '#') to the route it names. */
export function parseRouteHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const name = /^\/(\w+)$/.exec(path)?.[1] ?? '';
  return { name: isRouteName(name) ? name : 'library', params: new URLSearchParams(query) };
}

/** The documents a route shows: none, one, or two side by side (left first). */
export function routeDocuments(route: Route): string[] {
  const ids =
    route.name === 'open'
      ? [route.params.get('doc')]
      : route.name === 'compare'
        ? [route.params.get('left'), route.params.get('right')]
        : [];
  return ids.filter((id): id is string => !!id);
}

function query(params: Record<string, string | number | undefined>): string {
  return Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
}

function openQuery(id: string, at?: number, len?: number): string {
  return query({ doc: id, at, len: at === undefined || !len ? undefined : len });
}

function compareQuery(left: string, right: string, link?: string): string {
  return query({ left, right, link });
}

/** #/open?doc=ID, and &at=OFFSET&len=N to scroll to and highlight a passage. */
export function openDocumentHref(id: string, at?: number, len?: number): string {
  return `#/open?${openQuery(id, at, len)}`;
}

/** #/compare?left=ID&right=ID: two documents side by side. */
export function compareHref(left: string, right: string): string {
  return `#/compare?${compareQuery(left, right)}`;
}

/** Two documents side by side, one pane (0: left, 1: right) opened on a passage. */
export function comparePassageHref(left: string, right: string, pane: 0 | 1, at: number, len?: number): string {
  return `#/compare?${query({ left, right, pane, at, len: len || undefined })}`;
}

/** Two documents side by side, opened on a cross-document link's passages. */
export function linkHref(left: string, right: string, linkId: string): string {
  return `#/compare?${compareQuery(left, right, linkId)}`;
}

/** hamish://open?doc=ID[&at=OFFSET]: a document, at a passage, from outside the app. */
export function openDeepLink(docId: string, at?: number): string {
  return `hamish://open?${openQuery(docId, at)}`;
}

/** hamish://compare?left=ID&right=ID[&link=ID]: both documents side by side (aligned on a link's passages). */
export function compareDeepLink(left: string, right: string, linkId?: string): string {
  return `hamish://compare?${compareQuery(left, right, linkId)}`;
}

/** The route hash for a deep link, or null when it is not one Hamish knows. Unknown parameters are dropped. */
export function deepLinkToHash(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== DEEP_LINK_SCHEME) return null;
  // hamish://open?… parses with "open" as the host; hamish:open?… with it as the path.
  const name = (url.host || url.pathname).replace(/^\/+|\/+$/g, '');
  if (!isRouteName(name)) return null;
  const route = ROUTES[name];
  const params = new URLSearchParams();
  for (const key of route.params) {
    const value = url.searchParams.get(key);
    if (value !== null) params.set(key, value.slice(0, MAX_PARAM));
  }
  if (route.required.some((key) => !params.get(key))) return null;
  return `#/${name}?${params.toString()}`;
}

/**
 * The route hash for a web shell address that stands for a deep link: /open?… and /compare?…
 * (a hamish:// link's host and query on the web shell's origin), or /link?to=hamish://… (the
 * whole link). Null for any other path.
 */
export function webShellLinkToHash(pathname: string, search: string): string | null {
  if (pathname === '/link') {
    const to = new URLSearchParams(search).get('to');
    return to ? deepLinkToHash(to) : null;
  }
  const name = /^\/(\w+)\/?$/.exec(pathname)?.[1] ?? '';
  return isRouteName(name) ? deepLinkToHash(`hamish://${name}${search}`) : null;
}
