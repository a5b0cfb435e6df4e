// Where opening a passage (a search result) goes: side by side it stays side by side, the passage
// shown in the pane already holding its document, else in the pane that had focus; otherwise the
// document alone.
import { compareHref, comparePassageHref, openDocumentHref, type Route } from '../../../shared/routes';

export function passageHref(route: Route, activePane: 0 | 1, docId: string, at?: number, len?: number): string {
  const left = route.params.get('left');
  const right = route.params.get('right');
  if (route.name !== 'compare' || !left || !right) return openDocumentHref(docId, at, len);
  const pane: 0 | 1 = docId === left ? 0 : docId === right ? 1 : activePane;
  const [l, r] = pane === 0 ? [docId, right] : [left, docId];
  // The other pane's document opened in this one too: the pair would be one document twice.
  if (l === r) return openDocumentHref(docId, at, len);
  return at === undefined ? compareHref(l, r) : comparePassageHref(l, r, pane, at, len);
}
