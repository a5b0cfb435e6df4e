// The search's results, virtualised: every matching document is reachable by scrolling,
// the next page fetched as the list nears the end of what is loaded. Sorted by outlet,
// the results are grouped under their outlet's name.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import { cleanTitle } from '../../../shared/text-direction';
import type { SearchHit, SearchSort } from '../../../shared/types';
import { SnippetText } from '../../components/SnippetText';
import { formatDate } from '../../i18n/format';
import { strings } from '../../i18n/strings';
import { loadMoreResults } from '../../stores/search-store';
import { resultRows } from './result-rows';

interface Props {
  hits: readonly SearchHit[];
  total: number;
  sort: SearchSort;
  selected: number;
  onOpen: (hit: SearchHit, snippetIndex?: number) => void;
}

export function SearchResults({ hits, total, sort, selected, onOpen }: Props): ReactElement {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => resultRows(hits, sort === 'outlet'), [hits, sort]);
  // The virtualizer's functions change as it scrolls: the compiler leaves this component unmemoized, as it must.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]!.kind === 'group' ? 32 : 120),
    getItemKey: (i) => {
      const row = rows[i]!;
      return row.kind === 'group' ? `group:${i}:${row.outlet}` : row.hit.docId;
    },
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? -1;

  // Near the end of what is loaded: the next page.
  useEffect(() => {
    if (hits.length < total && lastShown >= rows.length - 8) void loadMoreResults();
  }, [lastShown, rows.length, hits.length, total]);

  // The highlighted result stays in view as the arrow keys move it.
  useEffect(() => {
    const row = rows.findIndex((r) => r.kind === 'hit' && r.index === selected);
    if (row >= 0) virtualizer.scrollToIndex(row, { align: 'auto' });
  }, [selected, rows, virtualizer]);

  return (
    // Focusable, so the keyboard can scroll it too (Page Up/Down), besides the arrows on the query.
    <div className="search-scroll" ref={scroller} tabIndex={0} data-testid="search-scroll">
      <ul
        id="search-results"
        className="search-results"
        role="listbox"
        aria-label={strings.searchResults}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index]!;
          const place = {
            ref: virtualizer.measureElement,
            'data-index': item.index,
            style: { transform: `translateY(${item.start}px)` },
          };
          if (row.kind === 'group') {
            return (
              <li key={item.key} role="presentation" className="hit-group" {...place}>
                <bdi dir="auto">{row.outlet || strings.t('search_noOutlet')}</bdi>
              </li>
            );
          }
          const { hit, index } = row;
          return (
            <li
              key={item.key}
              {...place}
              id={`hit-${index}`}
              role="option"
              aria-selected={index === selected}
              aria-posinset={index + 1}
              aria-setsize={total}
              className="search-hit"
              data-doc-id={hit.docId}
              onClick={() => onOpen(hit)}
            >
              <div className="hit-head">
                <span className="hit-title" dir="auto">
                  {cleanTitle(hit.title)}
                </span>
                <span className="hit-meta">
                  {hit.outlet && <bdi dir="auto">{hit.outlet}</bdi>}
                  {hit.date && <span>{formatDate(hit.date)}</span>}
                  {hit.matchCount > 0 && <span className="badge">{strings.matches(hit.matchCount)}</span>}
                </span>
              </div>
              {hit.snippets.map((snippet, k) => (
                <div
                  key={snippet.start}
                  className="hit-snippet"
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(hit, k);
                  }}
                >
                  <SnippetText snippet={snippet} leading={snippet.start > 0} trailing />
                </div>
              ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
