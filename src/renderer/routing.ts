import { useSyncExternalStore } from 'react';

// Hash routes keep the web shell's ?token= in place: #/ and #/open?doc=ID.
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

export function openDocumentHref(id: string): string {
  return `#/open?doc=${encodeURIComponent(id)}`;
}
