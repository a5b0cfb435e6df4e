// Library search (Ctrl/Cmd+K): results as you type, one per document, every one of
// them reachable (the list pages as it scrolls), sorted by relevance, date or outlet
// (grouped); the query can be saved under a name or its results exported.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { SearchHit, SearchSort } from '../../../shared/types';
import { Modal } from '../../components/Modal';
import { formatNumber, strings } from '../../i18n/strings';
import { passageHref } from '../reader/passage-href';
import { parseRouteHash } from '../../../shared/routes';
import { workspaceStore } from '../../stores/workspace-store';
import { closeSearch, moveSelection, searchStore, setSearchQuery, setSearchSort, setStemming } from '../../stores/search-store';
import { SearchResults } from './SearchResults';
import { ExportSearchForm, SaveSearchForm } from './SearchTools';
import './search.css';

function openHit(hit: SearchHit, snippetIndex = 0): void {
  const snippet = hit.snippets[snippetIndex];
  const match = snippet?.matches[0];
  // Side by side, the result opens in a pane and the comparison stays.
  const route = parseRouteHash(window.location.hash);
  const { activePane } = workspaceStore.get();
  window.location.hash = match
    ? passageHref(route, activePane, hit.docId, snippet.start + match.start, match.end - match.start)
    : passageHref(route, activePane, hit.docId);
  closeSearch();
}

const SORTS: readonly SearchSort[] = ['relevance', 'date', 'outlet'];

export function SearchPanel(): ReactElement | null {
  const open = searchStore.use((s) => s.open);
  // A fresh dialog (no save or export form open) each time it opens.
  return open ? <SearchDialog /> : null;
}

function SearchDialog(): ReactElement {
  const { query, stemming, sort, status, hits, total, indexing, loadingMore, error, selected } = searchStore.use((s) => s);
  const input = useRef<HTMLInputElement>(null);
  const [tool, setTool] = useState<'save' | 'export' | null>(null);

  useEffect(() => input.current?.select(), []);

  const hasQuery = !!query.trim();
  // Back to the query when a form closes, so the keys (arrows, Enter, Escape) work on.
  const closeTool = () => {
    setTool(null);
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // The save and export forms keep their own keys.
    if (tool && (event.target as HTMLElement).closest('.search-tool')) return;
    if (event.key === 'ArrowDown') moveSelection(1);
    else if (event.key === 'ArrowUp') moveSelection(-1);
    else if (event.key === 'Enter' && hits[selected]) openHit(hits[selected]!);
    else return;
    event.preventDefault();
  };

  return (
    <Modal label={strings.searchTitle} onClose={closeSearch} onKeyDown={onKeyDown} className="search-dialog">
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
      <div className="search-toolbar">
        <label>
          {strings.sortBy}
          <select value={sort} onChange={(e) => setSearchSort(e.target.value as SearchSort)}>
            {SORTS.map((key) => (
              <option key={key} value={key}>
                {strings.t(`searchSort_${key}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="secondary"
          disabled={!hasQuery}
          aria-expanded={tool === 'save'}
          onClick={() => setTool(tool === 'save' ? null : 'save')}
        >
          {strings.t('search_save')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!hasQuery || !total}
          aria-expanded={tool === 'export'}
          onClick={() => setTool(tool === 'export' ? null : 'export')}
        >
          {strings.t('search_export')}
        </button>
      </div>
      {tool === 'save' && <SaveSearchForm onDone={closeTool} />}
      {tool === 'export' && <ExportSearchForm onDone={closeTool} />}
      <p className="search-status" role="status">
        {status === 'error'
          ? error
          : hasQuery && (status === 'ready' || (status === 'searching' && hits.length > 0))
            ? strings.searchCount(total, indexing) +
              (hits.length < total
                ? ` · ${strings.t('search_loaded', { shown: formatNumber(hits.length), total: formatNumber(total) })}`
                : '') +
              (loadingMore ? ` · ${strings.t('search_loadingMore')}` : '')
            : strings.searchHint}
      </p>
      <SearchResults hits={hits} total={total} sort={sort} selected={selected} onOpen={openHit} />
    </Modal>
  );
}
