import { useState, type ReactElement } from 'react';
import { api, shellKind } from '../../api/client';
import { EXPORT_LANGUAGES, type ExportLanguage } from '../../../shared/citation-formats';
import { strings } from '../../i18n/strings';

/** Which language an export's headings, labels and dates are written in. */
export function LanguageField({
  value,
  onChange,
}: {
  value: ExportLanguage;
  onChange: (lang: ExportLanguage) => void;
}): ReactElement {
  return (
    <label className="field">
      {strings.t('exportLanguage')}
      <select value={value} onChange={(e) => onChange(e.target.value as ExportLanguage)}>
        {EXPORT_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {strings.t(`exportLanguage_${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The folder an export writes to: typed, or chosen with the system's dialog in the desktop app. */
export function FolderField({
  value,
  onChange,
  autoFocus,
}: {
  value: string;
  onChange: (folder: string) => void;
  autoFocus?: boolean;
}): ReactElement {
  const choose = async () => {
    const [folder] = await api.choosePaths({ kind: 'folder' }).catch(() => []);
    if (folder) onChange(folder);
  };
  return (
    <label className="field">
      {strings.t('exportFolder')}
      <span className="field-row">
        <input
          dir="ltr"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required
          placeholder="/home/…/notes"
          autoFocus={autoFocus}
        />
        {shellKind === 'electron' && (
          <button type="button" className="secondary" onClick={() => void choose()}>
            {strings.t('choose')}
          </button>
        )}
      </span>
    </label>
  );
}

export type ExportOutcome = { files: string[] } | { error: string } | null;

/** An export's state: busy while it runs, then the files written or why it failed. */
export function useExportRun(): {
  busy: boolean;
  outcome: ExportOutcome;
  run: (work: () => Promise<{ files: string[] }>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome>(null);
  const run = async (work: () => Promise<{ files: string[] }>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome({ error: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, run };
}

/** What an export did (the files written, or why it could not), and its buttons. */
export function ExportFooter({
  outcome,
  busy,
  onClose,
}: {
  outcome: ExportOutcome;
  busy: boolean;
  onClose: () => void;
}): ReactElement {
  return (
    <>
      {outcome && 'error' in outcome && (
        <p className="error" role="alert">
          {strings.error(outcome.error)}
        </p>
      )}
      {outcome && 'files' in outcome && (
        <div role="status" className="export-result">
          <p>{strings.exported(outcome.files.length)}</p>
          <ul>
            {outcome.files.map((f) => (
              <li key={f}>
                <bdi dir="ltr">{f}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="dialog-actions">
        <button type="submit" disabled={busy}>
          {strings.t(busy ? 'exporting' : 'exportButton')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {strings.close}
        </button>
      </div>
    </>
  );
}
