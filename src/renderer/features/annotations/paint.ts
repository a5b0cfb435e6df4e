// Highlights are painted with the CSS Custom Highlight API, one highlight per
// colour and style, gathering every pane's ranges (the registry is global).
import { HIGHLIGHT_COLORS } from '../../../shared/types';
import { paintHighlight } from '../reader/highlights';

const byPane = new Map<string, Map<string, Range[]>>();

/** Sets one pane's ranges per highlight name (e.g. "hl-yellow", "ul-green") and repaints. */
export function paintPane(pane: string, ranges: Map<string, Range[]> | null): void {
  if (ranges) byPane.set(pane, ranges);
  else byPane.delete(pane);
  for (const color of HIGHLIGHT_COLORS) {
    for (const kind of ['hl', 'ul']) {
      const name = `${kind}-${color}`;
      paintHighlight(
        name,
        [...byPane.values()].flatMap((m) => m.get(name) ?? []),
      );
    }
  }
}
