// Highlights are painted with the CSS Custom Highlight API, one highlight per
// name ("hl-yellow", "ul-green", "link", "search-hit"...), gathering every pane's
// ranges (the registry is global, and two panes may paint the same name).
import type { Annotation } from '../../../shared/types';
import { paintHighlight } from '../reader/highlights';

/** The names a highlight is painted with: its style and colour, and "noted" over it when it has a note. */
export function paintNames(annotation: Pick<Annotation, 'style' | 'color' | 'note'>): string[] {
  const name = `${annotation.style === 'underline' ? 'ul' : 'hl'}-${annotation.color}`;
  return annotation.note.trim() ? [name, 'noted'] : [name];
}

const byPane = new Map<string, Map<string, Range[]>>();

/** Sets one pane's ranges per highlight name and repaints every name it touches. */
export function paintPane(pane: string, ranges: Map<string, Range[]> | null): void {
  const touched = new Set([...(byPane.get(pane)?.keys() ?? []), ...(ranges?.keys() ?? [])]);
  if (ranges) byPane.set(pane, ranges);
  else byPane.delete(pane);
  for (const name of touched) {
    paintHighlight(
      name,
      [...byPane.values()].flatMap((m) => m.get(name) ?? []),
    );
  }
}
