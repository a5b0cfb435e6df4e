import { useEffect, useMemo, type KeyboardEvent, type ReactElement, type RefObject } from 'react';
import { findInText } from '../../../shared/search/find-in-text';
import { tokenize } from '../../../shared/search/tokenize';
import type { Block, DocumentView } from '../../../shared/types';
import { strings, uiDirection } from '../../i18n/strings';
import { closeFind, findStore, setFindQuery, stepFind } from '../../stores/find-store';
import { domRanges, paintHighlight, scrollRangeIntoView } from './highlights';

/** Find in document (Ctrl/Cmd+F): the search engine's matching, every match highlighted, the current one distinct. */
interface Props {
  document: DocumentView;
  /** The blocks on the page, with their offsets (a title that is not one of them has none). */
  shownBlocks: Block[];
  body: RefObject<HTMLElement | null>;
}

export function FindBar({ document, shownBlocks, body }: Props): ReactElement | null {
  const { open, query, current } = findStore.use((s) => s);
  // The document's words, once per document (not per keystroke).
  const tokens = useMemo(() => (open ? tokenize(document.text) : []), [open, document.text]);
  // Only what is on the page counts.
  const matches = useMemo(() => {
    if (!open || !query.trim()) return [];
    return findInText(document.text, query, { tokens }).filter((m) =>
      shownBlocks.some((b) => m.start >= b.start && m.end <= b.end),
    );
  }, [open, query, document.text, shownBlocks, tokens]);

  useEffect(() => {
    const container = body.current;
    if (!container || !open) return;
    const ranges = domRanges(container, matches);
    paintHighlight('find', ranges);
    const active = matches[current] ? domRanges(container, [matches[current]!]) : [];
    paintHighlight('find-current', active);
    if (active[0]) scrollRangeIntoView(active[0]);
    return () => {
      paintHighlight('find', []);
      paintHighlight('find-current', []);
    };
  }, [matches, current, open, body]);

  if (!open) return null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') stepFind(event.shiftKey ? -1 : 1, matches.length);
    else if (event.key === 'Escape') closeFind();
    else return;
    event.preventDefault();
  };
  return (
    // In the interface's direction (not the document's), so its counter reads "4 of 10" in either language.
    <div className="find-bar" role="search" aria-label={strings.findLabel} dir={uiDirection()}>
      <input
        id="find-input"
        type="search"
        dir="auto"
        autoFocus
        aria-label={strings.findLabel}
        placeholder={strings.findPlaceholder}
        value={query}
        onChange={(e) => setFindQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="find-count" role="status" data-testid="find-count">
        {query.trim() ? strings.findCount(matches.length ? current + 1 : 0, matches.length) : ''}
      </span>
      <button type="button" className="secondary" aria-label={strings.findPrevious} onClick={() => stepFind(-1, matches.length)}>
        ↑
      </button>
      <button type="button" className="secondary" aria-label={strings.findNext} onClick={() => stepFind(1, matches.length)}>
        ↓
      </button>
      <button type="button" className="secondary" aria-label={strings.close} onClick={closeFind}>
        ×
      </button>
    </div>
  );
}
