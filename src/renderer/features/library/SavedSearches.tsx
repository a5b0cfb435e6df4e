// The saved searches, in the library panel: each re-runs its query (with its filters,
// order and stemming) in the search panel on click; × forgets it.
import { useEffect, type ReactElement } from 'react';
import { formatNumber, strings } from '../../i18n/strings';
import { loadSavedSearches, removeSavedSearch, runSavedSearch, savedSearchesStore } from '../../stores/saved-searches-store';

export function SavedSearches(): ReactElement | null {
  const { items, error } = savedSearchesStore.use((s) => s);
  useEffect(() => void loadSavedSearches(), []);
  if (!items.length && !error) return null;
  return (
    <details className="saved-searches" open data-testid="saved-searches">
      <summary>
        {strings.t('savedSearches')} ({formatNumber(items.length)})
      </summary>
      <ul>
        {items.map((search) => (
          <li key={search.id}>
            <button
              type="button"
              className="link-button saved-search"
              title={search.query}
              onClick={() => runSavedSearch(search)}
            >
              <bdi>{search.name}</bdi>
            </button>
            <bdi className="saved-query" dir="auto">
              {search.query}
            </bdi>
            <button
              type="button"
              className="icon-button"
              aria-label={strings.t('forgetSavedSearch', { name: search.name })}
              onClick={() => void removeSavedSearch(search.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
