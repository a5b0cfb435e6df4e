import { useSyncExternalStore } from 'react';

// Hash routes keep the web shell's ?token= in place: #/ and #/open?doc=ID[&at=OFFSET&len=N].
export interface Route {
  name: 'library' | 'open';
  params: URLSearchParams;
}

function parse(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  return { name: path === '/open' ? 'open' : 'library', params: new URLSearchParams(query) };
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
