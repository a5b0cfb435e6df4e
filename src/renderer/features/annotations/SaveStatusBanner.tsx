import { useEffect, type ReactElement } from 'react';
import type { MessageKey } from '../../i18n/resources';
import { strings } from '../../i18n/strings';
import { annotationsStore } from '../../stores/annotations-store';

/** Says when changes are not on disk yet (they are kept and retried), and confirms quiet actions. */
export function SaveStatusBanner(): ReactElement {
  const status = annotationsStore.use((s) => s.saveStatus);
  const message = annotationsStore.use((s) => s.message);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => annotationsStore.set({ message: null }), 2500);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <>
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
