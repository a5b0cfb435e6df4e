// A document whose file is gone opens from the text Hamish saved for search; this says so and offers
// Locate…: the system's file dialog in the desktop app, a path box in the web shell. The file found is
// added as any file is, and the library knows it for the same document by its text (its notes stay).
import { useState, type FormEvent, type ReactElement } from 'react';
import { api, shellKind } from '../../api/client';
import { strings, uiDirection, uiLanguage } from '../../i18n/strings';
import { addPaths } from '../../stores/library-store';

export function LocateFile(): ReactElement {
  const [typing, setTyping] = useState(false);
  const [path, setPath] = useState('');
  const locate = async () => {
    if (shellKind !== 'electron') return setTyping(true);
    const [file] = await api.choosePaths({ kind: 'files' }).catch(() => []);
    if (file) await addPaths([file]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) void addPaths([path.trim()]);
  };
  return (
    // Interface text inside the article: in the interface's language and direction, not the document's.
    <div className="saved-copy" role="status" lang={uiLanguage()} dir={uiDirection()}>
      <p>{strings.t('savedCopy')}</p>
      {typing ? (
        <form className="add-row" onSubmit={submit}>
          <input
            dir="ltr"
            aria-label={strings.t('locatePath')}
            placeholder={strings.addPathPlaceholder}
            value={path}
            onChange={(e) => setPath(e.target.value)}
            autoFocus
            required
          />
          <button type="submit">{strings.t('locateButton')}</button>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => void locate()}>
          {strings.t('locate')}
        </button>
      )}
    </div>
  );
}
