import { useEffect, useState, type ReactElement } from 'react';
import { api } from '../../api/client';
import type { MessageKey } from '../../i18n/resources';
import { strings } from '../../i18n/strings';
import { annotationsStore } from '../../stores/annotations-store';

/**
 * Says what happened to the data at start (a damaged file moved aside and restored), when
 * changes are not on disk yet (they are kept and retried), and confirms quiet actions.
 */
export function SaveStatusBanner(): ReactElement {
  const status = annotationsStore.use((s) => s.saveStatus);
  const message = annotationsStore.use((s) => s.message);
  const [notices, setNotices] = useState<string[]>([]);

  useEffect(() => {
    void api.getAppInfo({}).then(
      (info) => setNotices(info.notices),
      () => {},
    );
  }, []);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => annotationsStore.set({ message: null }), 2500);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <>
      {notices.length > 0 && (
        <div className="save-banner notices" role="alert">
          {notices.map((notice) => (
            <p key={notice} dir="auto">
              {notice}
            </p>
          ))}
          <button type="button" className="secondary" onClick={() => setNotices([])}>
            {strings.t('dismiss')}
          </button>
        </div>
      )}
      {status.unsaved && (
        <p className="save-banner error" role="alert">
          {strings.t('unsavedChanges', { reason: status.error ?? '' })}
        </p>
      )}
      <p className="toast" role="status" aria-live="polite">
        {message ? strings.t(message as MessageKey) : ''}
      </p>
    </>
  );
}
