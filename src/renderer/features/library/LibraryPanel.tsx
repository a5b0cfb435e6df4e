import { useMemo, useRef, useState, type ReactElement } from 'react';
import { commandById, runCommand } from '../../commands';
import { DocumentListItem } from '../../components/DocumentListItem';
import { strings } from '../../i18n/strings';
import { compareHref, openDocumentHref } from '../../routing';
import { ariaKeyShortcuts } from '../../shortcuts';
import { askToRemove, libraryStore } from '../../stores/library-store';
import { LibraryContextMenu } from '../context-menu/LibraryContextMenu';
import { useRovingList } from '../keyboard/roving-list';
import { ImportControls } from './ImportControls';
import { LibraryFilters } from './LibraryFilters';
import { WatchedFolders } from './WatchedFolders';
import { facets, isDefaultQuery, queryLibrary } from './library-query';

const PAGE = 300;

export function LibraryPanel({ openIds }: { openIds: string[] }): ReactElement {
  const status = libraryStore.use((s) => s.status);
  const copies = libraryStore.use((s) => s.copies);
  const documents = libraryStore.use((s) => s.documents);
  const query = libraryStore.use((s) => s.query);
  const shown = useMemo(() => queryLibrary(documents, query), [documents, query]);
  const { outlets, folders, missing } = useMemo(() => facets(documents), [documents]);
  // Thousands of rows at once would make the window sluggish; more come on request.
  const [limit, setLimit] = useState(PAGE);
  const list = useRef<HTMLUListElement>(null);
  // One Tab stop for the whole list; arrows inside.
  useRovingList(list);

  return (
    <nav className="library" aria-label={strings.library} data-state={status}>
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
      {/* Shown while any filter is set, even when the list it filters has shrunk to one. */}
      {(documents.length > 1 || !isDefaultQuery(query)) && <LibraryFilters query={query} outlets={outlets} folders={folders} />}
      {status === 'loading' && <p className="hint">{strings.loadingLibrary}</p>}
      {status === 'ready' && documents.length === 0 && <p className="hint">{strings.emptyLibrary}</p>}
      {documents.length > 0 && shown.length === 0 && <p className="hint">{strings.noMatches}</p>}
      {shown.length > 0 && shown.length < documents.length && (
        <p className="hint">{strings.shownCount(shown.length, documents.length)}</p>
      )}
      <ul className="doc-list" ref={list}>
        {shown.slice(0, limit).map((doc) => (
          <DocumentListItem
            key={doc.id}
            document={doc}
            href={openDocumentHref(doc.id)}
            besideHref={openIds.length === 1 && openIds[0] !== doc.id ? compareHref(openIds[0]!, doc.id) : undefined}
            selected={openIds.includes(doc.id)}
            copies={copies[doc.id]}
            onRemove={() => askToRemove(doc.id)}
          />
        ))}
      </ul>
      {shown.length > limit && (
        <button type="button" className="secondary show-more" onClick={() => setLimit((n) => n + PAGE)}>
          {strings.showMore(Math.min(PAGE, shown.length - limit))}
        </button>
      )}
      <LibraryContextMenu list={list} openIds={openIds} />
    </nav>
  );
}
