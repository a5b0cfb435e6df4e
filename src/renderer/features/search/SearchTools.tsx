// What a researcher does with a search besides reading its results: save it under a
// name (listed in the library panel, re-run on click) or export every result as CSV
// or Markdown into a folder, chosen as the other exports choose theirs.
import { useRef, useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../../api/client';
import { strings } from '../../i18n/strings';
import { saveCurrentSearch, savedSearchesStore } from '../../stores/saved-searches-store';
import { searchStore } from '../../stores/search-store';
import { ExportFooter, FolderField, useExportRun } from '../export/ExportFields';

export function SaveSearchForm({ onDone }: { onDone: () => void }): ReactElement {
  const query = searchStore.use((s) => s.query);
  const error = savedSearchesStore.use((s) => s.error);
  const [name, setName] = useState(query.trim().slice(0, 60));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saveCurrentSearch(name).then((saved) => saved && onDone());
  };
  return (
    <form className="search-tool" onSubmit={submit} aria-label={strings.t('search_save')}>
      <label className="field">
        {strings.t('search_saveName')}
        <span className="field-row">
          <input dir="auto" value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
          <button type="submit">{strings.t('search_saveButton')}</button>
          <button type="button" className="secondary" onClick={onDone}>
            {strings.cancel}
          </button>
        </span>
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function ExportSearchForm({ onDone }: { onDone: () => void }): ReactElement {
  const [format, setFormat] = useState<'csv' | 'md'>('csv');
  const [out, setOut] = useState('');
  const { busy, outcome, run } = useExportRun();
  const form = useRef<HTMLFormElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { query, stemming, sort } = searchStore.get();
    void run(() => api.exportSearch({ query, stemming, sort, prefix: true, format, out: out.trim() })).then(() =>
      // The button was disabled while it ran, which left focus nowhere: back on it, so Escape still closes.
      setTimeout(() => form.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus()),
    );
  };
  return (
    <form ref={form} className="search-tool export-dialog" onSubmit={submit} aria-label={strings.t('search_export')}>
      <fieldset>
        <legend>{strings.t('exportFormat')}</legend>
        <label>
          <input type="radio" name="search-format" checked={format === 'csv'} onChange={() => setFormat('csv')} />
          CSV
        </label>
        <label>
          <input type="radio" name="search-format" checked={format === 'md'} onChange={() => setFormat('md')} />
          Markdown
        </label>
      </fieldset>
      <FolderField value={out} onChange={setOut} autoFocus />
      <ExportFooter outcome={outcome} busy={busy} onClose={onDone} />
    </form>
  );
}
