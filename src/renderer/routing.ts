// The renderer's side of the routes in shared/routes.ts: the current route as React state, and
// navigation. Building and parsing the hashes lives there, beside the hamish:// links.
import { useSyncExternalStore } from 'react';
import { parseRouteHash, type Route } from '../shared/routes';

export { compareHref, linkHref, openDocumentHref, routeDocuments, type Route } from '../shared/routes';

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRouteHash(hash);
}

/** Goes to a route (a hash from the helpers above). */
export function navigate(hash: string): void {
  window.location.hash = hash;
}
