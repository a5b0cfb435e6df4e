import { useEffect, type ReactElement } from 'react';
import { formatNumber, strings } from '../../i18n/strings';
import { followFolders, foldersStore, removeFolder } from '../../stores/folders-store';

/** The library's watched folders, each with a Remove button (stops watching; its documents stay). */
export function WatchedFolders(): ReactElement | null {
  const { folders, error } = foldersStore.use((s) => s);
  useEffect(() => followFolders(), []);
  if (!folders.length && !error) return null;
  return (
    <details className="watched-folders" data-testid="watched-folders">
      <summary>
        {strings.t('watchedFolders')} ({formatNumber(folders.length)})
      </summary>
      <p className="hint">{strings.t('watchedFoldersHint')}</p>
      <ul>
        {folders.map((folder) => (
          <li key={folder.path}>
            <bdi className="folder-path" dir="ltr" title={folder.path}>
              {folder.path}
            </bdi>
            <span className="folder-count">
              {strings.t('folderDocuments', { count: formatNumber(folder.documents) })}
              {folder.missing && ` · ${strings.t('folderMissing')}`}
            </span>
            <button
              type="button"
              className="link-button"
              aria-label={strings.label('stopWatching', { path: folder.path })}
              onClick={() => void removeFolder(folder.path)}
            >
              {strings.remove}
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
