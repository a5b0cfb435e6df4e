import { useSyncExternalStore } from 'react';

// Hash routes keep the web shell's ?token= in place: #/, #/open?doc=ID[&at=OFFSET&len=N]
// and #/compare?left=ID&right=ID.
export interface Route {
  name: 'library' | 'open' | 'compare';
  params: URLSearchParams;
}

function parse(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const name = path === '/open' ? 'open' : path === '/compare' ? 'compare' : 'library';
  return { name, params: new URLSearchParams(query) };
}

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}

/** #/open?doc=ID, and &at=OFFSET&len=N to scroll to and highlight a passage. */
export function openDocumentHref(id: string, at?: number, len?: number): string {
  const passage = at === undefined ? '' : `&at=${at}${len ? `&len=${len}` : ''}`;
  return `#/open?doc=${encodeURIComponent(id)}${passage}`;
}

export function compareHref(left: string, right: string): string {
  return `#/compare?left=${encodeURIComponent(left)}&right=${encodeURIComponent(right)}`;
}

/** Goes to a route (a hash from the helpers above). */
export function navigate(hash: string): void {
  window.location.hash = hash;
}

/** Two documents side by side, opened on a cross-document link's passages. */
export function linkHref(left: string, right: string, linkId: string): string {
  return `${compareHref(left, right)}&link=${encodeURIComponent(linkId)}`;
}
