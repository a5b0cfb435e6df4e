import { useEffect, useRef, type KeyboardEvent, type ReactElement } from 'react';
import { cleanTitle } from '../../../shared/text-direction';
import type { SearchHit } from '../../../shared/types';
import { Modal } from '../../components/Modal';
import { SnippetText } from '../../components/SnippetText';
import { formatDate } from '../../i18n/format';
import { strings } from '../../i18n/strings';
import { openDocumentHref } from '../../routing';
import { closeSearch, moveSelection, searchStore, setSearchQuery, setStemming } from '../../stores/search-store';

function openHit(hit: SearchHit, snippetIndex = 0): void {
  const snippet = hit.snippets[snippetIndex];
  const match = snippet?.matches[0];
  window.location.hash = match
    ? openDocumentHref(hit.docId, snippet.start + match.start, match.end - match.start)
    : openDocumentHref(hit.docId);
  closeSearch();
}

/** Library search (Ctrl/Cmd+K): results as you type, one group per document. */
export function SearchPanel(): ReactElement | null {
  const { open, query, stemming, status, response, error, selected } = searchStore.use((s) => s);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) input.current?.select();
  }, [open]);

  if (!open) return null;
  const hits = response?.hits ?? [];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') moveSelection(1);
    else if (event.key === 'ArrowUp') moveSelection(-1);
    else if (event.key === 'Enter' && hits[selected]) openHit(hits[selected]!);
    else return;
    event.preventDefault();
  };

  return (
    <Modal label={strings.searchTitle} onClose={closeSearch} onKeyDown={onKeyDown}>
      <div className="search-input-row">
        <input
          ref={input}
          type="search"
          dir="auto"
          aria-label={strings.searchTitle}
          placeholder={strings.searchPlaceholder}
          value={query}
          onChange={(e) => setSearchQuery(e.target.value)}
          aria-controls="search-results"
          aria-activedescendant={hits[selected] ? `hit-${selected}` : undefined}
        />
        <label className="checkbox">
          <input type="checkbox" checked={stemming} onChange={(e) => setStemming(e.target.checked)} />
          {strings.stemming}
        </label>
      </div>
      <p className="search-status" role="status">
        {status === 'error'
          ? error
          : response && query.trim()
            ? strings.searchCount(response.total, response.indexing)
            : strings.searchHint}
      </p>
      <ul id="search-results" className="search-results" role="listbox" aria-label={strings.searchResults}>
        {hits.map((hit, i) => (
          <li
            key={hit.docId}
            id={`hit-${i}`}
            role="option"
            aria-selected={i === selected}
            className="search-hit"
            data-doc-id={hit.docId}
            onClick={() => openHit(hit)}
          >
            <div className="hit-head">
              <span className="hit-title" dir="auto">
                {cleanTitle(hit.title)}
              </span>
              <span className="hit-meta">
                {hit.outlet && <bdi dir="auto">{hit.outlet}</bdi>}
                {hit.date && <span>{formatDate(hit.date)}</span>}
                <span className="badge">{strings.matches(hit.matchCount)}</span>
              </span>
            </div>
            {hit.snippets.map((snippet, k) => (
              <div
                key={snippet.start}
                className="hit-snippet"
                onClick={(e) => {
                  e.stopPropagation();
                  openHit(hit, k);
                }}
              >
                <SnippetText snippet={snippet} leading={snippet.start > 0} trailing />
              </div>
            ))}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
