// The library panel: its controls (brand, Search and Settings, adding, watched folders,
// saved searches, the filter) stay in place; only the list of documents scrolls, and it
// is virtualised (LibraryList), so a library of 30,000 opens and filters at once.
import { useMemo, useRef, type ReactElement } from 'react';
import { commandById, runCommand } from '../../commands';
import { strings } from '../../i18n/strings';
import { ariaKeyShortcuts } from '../../shortcuts';
import { libraryStore } from '../../stores/library-store';
import { LibraryContextMenu } from '../context-menu/LibraryContextMenu';
import { ImportControls } from './ImportControls';
import { LibraryFilters } from './LibraryFilters';
import { LibraryList } from './LibraryList';
import { SavedSearches } from './SavedSearches';
import { WatchedFolders } from './WatchedFolders';
import { facets, isDefaultQuery, queryLibrary } from './library-query';
import './library.css';

export function LibraryPanel({ openIds }: { openIds: string[] }): ReactElement {
  const status = libraryStore.use((s) => s.status);
  const copies = libraryStore.use((s) => s.copies);
  const documents = libraryStore.use((s) => s.documents);
  const query = libraryStore.use((s) => s.query);
  // The list's index (folded keys, sort orders) is built once per list; a keystroke only filters.
  const shown = useMemo(() => queryLibrary(documents, query), [documents, query]);
  const { outlets, folders, missing } = useMemo(() => facets(documents), [documents]);
  const scroller = useRef<HTMLDivElement>(null);

  return (
    <nav className="library" aria-label={strings.library} data-state={status}>
      <div className="library-controls">
        <header className="library-header">
          <h1 className="brand">
            <span lang="ar" dir="rtl">
              هامش
            </span>{' '}
            <span lang="en" dir="ltr">
              Hamish
            </span>
          </h1>
          <div className="header-actions">
            <button
              type="button"
              className="secondary"
              onClick={() => runCommand('search')}
              aria-keyshortcuts={ariaKeyShortcuts(commandById('search'))}
            >
              {strings.searchButton}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => runCommand('settings')}
              aria-keyshortcuts={ariaKeyShortcuts(commandById('settings'))}
            >
              {strings.t('settings')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => runCommand('help')}
              aria-label={strings.t('shortcuts')}
              aria-keyshortcuts={ariaKeyShortcuts(commandById('help'))}
            >
              ?
            </button>
          </div>
          <p className="count" data-testid="library-count">
            {strings.documentsCount(documents.length)}
            {missing > 0 && <span className="missing-count"> · {strings.missingCount(missing)}</span>}
          </p>
        </header>
        <ImportControls />
        <WatchedFolders />
        <SavedSearches />
        {/* Shown while any filter is set, even when the list it filters has shrunk to one. */}
        {(documents.length > 1 || !isDefaultQuery(query)) && <LibraryFilters query={query} outlets={outlets} folders={folders} />}
        {status === 'loading' && <p className="hint">{strings.loadingLibrary}</p>}
        {status === 'ready' && documents.length === 0 && <p className="hint">{strings.emptyLibrary}</p>}
        {documents.length > 0 && shown.length === 0 && <p className="hint">{strings.noMatches}</p>}
        {shown.length > 0 && shown.length < documents.length && (
          <p className="hint" data-testid="library-shown">
            {strings.shownCount(shown.length, documents.length)}
          </p>
        )}
      </div>
      <LibraryList documents={shown} openIds={openIds} copies={copies} scroller={scroller} queryKey={JSON.stringify(query)} />
      <LibraryContextMenu list={scroller} openIds={openIds} />
    </nav>
  );
}
