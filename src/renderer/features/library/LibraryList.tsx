// The library's documents, virtualised: only the rows in view (and a few either side)
// are in the page, so a list of 30,000 scrolls as one of 30, and every document is
// reachable by scrolling (no "show more"). Rows are measured as they render, as a
// row's title may wrap.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactElement, type RefObject } from 'react';
import type { DocumentSummary } from '../../../shared/types';
import { DocumentListItem } from '../../components/DocumentListItem';
import { strings } from '../../i18n/strings';
import { compareHref, openDocumentHref } from '../../routing';
import { askToRemove } from '../../stores/library-store';
import { useRovingList } from '../keyboard/roving-list';

/** A row's height before it is measured: a title line and a line of details. */
const ROW_ESTIMATE = 62;

interface Props {
  documents: readonly DocumentSummary[];
  openIds: string[];
  copies: Record<string, number>;
  /** The scrolling element (the context menu listens on it). */
  scroller: RefObject<HTMLDivElement | null>;
  /** Changes whenever the filter or order does: the list goes back to its top. */
  queryKey: string;
}

export function LibraryList({ documents, openIds, copies, scroller, queryKey }: Props): ReactElement {
  // The virtualizer's functions change as it scrolls: the compiler leaves this component unmemoized, as it must.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: documents.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => documents[index]!.id,
    overscan: 8,
  });
  const list = useRef<HTMLUListElement>(null);
  // One Tab stop for the whole list; arrows inside (Down past the last row in the page scrolls it in).
  useRovingList(list);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else virtualizer.scrollToOffset(0);
  }, [queryKey, virtualizer]);

  return (
    <div className="doc-scroll" ref={scroller} tabIndex={-1} data-testid="library-scroll">
      <ul
        ref={list}
        className="doc-list"
        aria-label={strings.library}
        style={{ height: virtualizer.getTotalSize() }}
        data-count={documents.length}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const doc = documents[row.index]!;
          return (
            <DocumentListItem
              key={row.key}
              rowRef={virtualizer.measureElement}
              index={row.index}
              setSize={documents.length}
              top={row.start}
              document={doc}
              href={openDocumentHref(doc.id)}
              besideHref={openIds.length === 1 && openIds[0] !== doc.id ? compareHref(openIds[0]!, doc.id) : undefined}
              selected={openIds.includes(doc.id)}
              copies={copies[doc.id]}
              onRemove={() => askToRemove(doc.id)}
            />
          );
        })}
      </ul>
    </div>
  );
}
