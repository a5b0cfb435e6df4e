// The search panel's rows: its hits, each outlet's name before its first hit when the
// results are grouped (sorted by outlet). Pure, so it is tested without a browser.
import type { SearchHit } from '../../../shared/types';

export type ResultRow = { kind: 'group'; outlet: string } | { kind: 'hit'; hit: SearchHit; index: number };

/** The rows to show: the hits, with an outlet's name before its first hit when grouped. */
export function resultRows(hits: readonly SearchHit[], grouped: boolean): ResultRow[] {
  const rows: ResultRow[] = [];
  let outlet: string | null = null;
  hits.forEach((hit, index) => {
    if (grouped && (hit.outlet ?? '') !== outlet) {
      outlet = hit.outlet ?? '';
      rows.push({ kind: 'group', outlet });
    }
    rows.push({ kind: 'hit', hit, index });
  });
  return rows;
}
