import { useState, type FormEvent, type ReactElement } from 'react';
import { shellKind } from '../../api/client';
import { strings } from '../../i18n/strings';
import { addPaths, cancelImport, choosePaths, dismissReport, libraryStore } from '../../stores/library-store';

export function ImportControls(): ReactElement {
  const { progress, importing, lastReport, error } = libraryStore.use((s) => s);
  const [path, setPath] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim();
    if (!trimmed) return;
    void addPaths([trimmed]).then(() => setPath(''));
  };

  return (
    <section className="import" aria-label={strings.importSection}>
      {shellKind === 'electron' && (
        <div className="add-buttons">
          <button type="button" onClick={() => void choosePaths('files')} disabled={importing > 0}>
            {strings.addFiles}
          </button>
          <button type="button" onClick={() => void choosePaths('folder')} disabled={importing > 0}>
            {strings.addFolder}
          </button>
        </div>
      )}
      <form className="add-form" onSubmit={submit}>
        <label htmlFor="add-path">{strings.addPathLabel}</label>
        <div className="add-row">
          <input
            id="add-path"
            dir="auto"
            value={path}
            placeholder={strings.addPathPlaceholder}
            onChange={(e) => setPath(e.target.value)}
            disabled={importing > 0}
          />
          <button type="submit" disabled={importing > 0 || !path.trim()}>
            {strings.addButton}
          </button>
        </div>
      </form>
      {progress && (
        <div className="progress" role="status">
          <progress
            max={progress.total || 1}
            value={progress.total ? progress.done : undefined}
            aria-label={strings.importing(progress.done, progress.total)}
          />
          <div className="progress-row">
            <span>{strings.importing(progress.done, progress.total)}</span>
            <button type="button" className="secondary" onClick={cancelImport}>
              {strings.cancel}
            </button>
          </div>
          {progress.current && (
            <bdi className="progress-file" title={progress.current}>
              {progress.current.split(/[\\/]/).pop()}
            </bdi>
          )}
        </div>
      )}
      {(lastReport || error) && (
        <div className="report" role="status" data-testid="import-report">
          {lastReport && (
            <p>{strings.importReport(lastReport.added, lastReport.updated, lastReport.skipped, lastReport.errors.length)}</p>
          )}
          {lastReport?.cancelled && <p>{strings.importCancelled}</p>}
          {lastReport && lastReport.errors.length > 0 && (
            <ul>
              {lastReport.errors.map((e) => (
                <li key={e.path}>{strings.refusedFile(e.path, e.reason)}</li>
              ))}
            </ul>
          )}
          {error && (
            <p className="error" role="alert">
              {strings.error(error)}
            </p>
          )}
          <button type="button" className="link-button" onClick={dismissReport}>
            {strings.dismiss}
          </button>
        </div>
      )}
    </section>
  );
}
