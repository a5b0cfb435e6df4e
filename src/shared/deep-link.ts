// hamish:// deep links (from Obsidian exports, other apps, the command line) to the
// renderer's routes: hamish://open?doc=ID&at=OFFSET and hamish://compare?left=ID&right=ID[&link=ID].

const ROUTES: Record<string, string[]> = { open: ['doc', 'at', 'len'], compare: ['left', 'right', 'link'] };

/** The route hash for a deep link, or null when it is not one Hamish knows. */
export function deepLinkToHash(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'hamish:') return null;
  // hamish://open?… parses with "open" as the host; hamish:open?… with it as the path.
  const name = (url.host || url.pathname).replace(/^\/+|\/+$/g, '');
  const allowed = ROUTES[name];
  if (!allowed) return null;
  const params = new URLSearchParams();
  for (const key of allowed) {
    const value = url.searchParams.get(key);
    if (value !== null) params.set(key, value.slice(0, 200));
  }
  const required = name === 'open' ? ['doc'] : ['left', 'right'];
  if (required.some((key) => !params.get(key))) return null;
  return `#/${name}?${params.toString()}`;
}
