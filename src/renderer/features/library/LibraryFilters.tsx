import type { ReactElement } from 'react';
import type { Language } from '../../../shared/types';
import { strings } from '../../i18n/strings';
import { setQuery } from '../../stores/library-store';
import type { LibraryQuery, SortKey } from './library-query';

interface Props {
  query: LibraryQuery;
  outlets: string[];
  folders: string[];
}

export function LibraryFilters({ query, outlets, folders }: Props): ReactElement {
  return (
    <div className="filters" role="search">
      <input
        type="search"
        dir="auto"
        aria-label={strings.filterLabel}
        placeholder={strings.filterPlaceholder}
        value={query.text}
        onChange={(e) => setQuery({ text: e.target.value })}
      />
      <div className="filter-row">
        <label>
          {strings.languageFilter}
          <select value={query.lang} onChange={(e) => setQuery({ lang: e.target.value as Language | '' })}>
            <option value="">{strings.any}</option>
            {(['ar', 'en', 'mixed'] as const).map((lang) => (
              <option key={lang} value={lang}>
                {strings.language(lang)}
              </option>
            ))}
          </select>
        </label>
        {(outlets.length > 0 || query.outlet) && (
          <label>
            {strings.outletFilter}
            <select value={query.outlet} onChange={(e) => setQuery({ outlet: e.target.value })}>
              <option value="">{strings.any}</option>
              {outlets.map((outlet) => (
                <option key={outlet} value={outlet}>
                  {outlet}
                </option>
              ))}
            </select>
          </label>
        )}
        {(folders.length > 1 || query.folder) && (
          <label>
            {strings.folderFilter}
            <select value={query.folder} onChange={(e) => setQuery({ folder: e.target.value })}>
              <option value="">{strings.any}</option>
              {folders.map((folder) => (
                <option key={folder} value={folder} title={folder}>
                  {folder.split(/[\\/]/).pop()}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div className="filter-row">
        <label>
          {strings.sortBy}
          <select value={query.sort} onChange={(e) => setQuery({ sort: e.target.value as SortKey })}>
            {(['title', 'outlet', 'date', 'lang', 'words'] as const).map((key) => (
              <option key={key} value={key}>
                {strings.sortKey(key)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={query.descending} onChange={(e) => setQuery({ descending: e.target.checked })} />
          {strings.descending}
        </label>
      </div>
    </div>
  );
}
