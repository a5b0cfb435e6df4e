import { useState, type FormEvent, type ReactElement } from 'react';
import { DocumentListItem } from '../../components/DocumentListItem';
import { strings } from '../../i18n/strings';
import { openDocumentHref } from '../../routing';
import { addPaths, libraryStore } from '../../stores/library-store';

export function LibraryPanel({ selectedId }: { selectedId: string | null }): ReactElement {
  const { status, documents, progress, lastReport, error } = libraryStore.use((s) => s);
  const [path, setPath] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim();
    if (!trimmed) return;
    void addPaths([trimmed]).then(() => setPath(''));
  };

  return (
    <nav className="library" aria-label={strings.library} data-state={status}>
      <header className="library-header">
        <h1 className="brand">
          <span lang="ar" dir="rtl">
            هامش
          </span>{' '}
          {strings.appName}
        </h1>
        <p className="count">{strings.documentsCount(documents.length)}</p>
      </header>
      <form className="add-form" onSubmit={submit}>
        <label htmlFor="add-path">{strings.addPathLabel}</label>
        <div className="add-row">
          <input
            id="add-path"
            dir="auto"
            value={path}
            placeholder={strings.addPathPlaceholder}
            onChange={(e) => setPath(e.target.value)}
            disabled={progress !== null}
          />
          <button type="submit" disabled={progress !== null || !path.trim()}>
            {strings.addButton}
          </button>
        </div>
        {progress && (
          <div className="progress" role="status">
            <progress
              max={progress.total || 1}
              value={progress.done}
              aria-label={strings.importing(progress.done, progress.total)}
            />
            <span>{strings.importing(progress.done, progress.total)}</span>
          </div>
        )}
        {lastReport && (
          <div className="report" role="status" data-testid="import-report">
            <p>{strings.importReport(lastReport.added, lastReport.updated, lastReport.skipped, lastReport.errors.length)}</p>
            {lastReport.errors.length > 0 && (
              <ul>
                {lastReport.errors.map((e) => (
                  <li key={e.path}>
                    <bdi>{e.path}</bdi>: {e.reason}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {status === 'loading' && <p className="hint">{strings.loadingLibrary}</p>}
      {status === 'ready' && documents.length === 0 && <p className="hint">{strings.emptyLibrary}</p>}
      <ul className="doc-list">
        {documents.map((doc) => (
          <DocumentListItem key={doc.id} document={doc} href={openDocumentHref(doc.id)} selected={doc.id === selectedId} />
        ))}
      </ul>
    </nav>
  );
}
