import type { ReactElement } from 'react';
import { Modal } from '../../components/Modal';
import { strings } from '../../i18n/strings';
import { shortcutSheetRows } from '../../shortcuts';
import { dialogsStore, openDialog } from '../../stores/dialogs-store';

/** Every shortcut (?), listed from the command table in commands.ts. */
export function ShortcutsSheet(): ReactElement | null {
  const open = dialogsStore.use((s) => s.open === 'shortcuts');
  if (!open) return null;
  return (
    <Modal label={strings.t('shortcuts')} onClose={() => openDialog(null)}>
      <h2>{strings.t('shortcuts')}</h2>
      <dl className="shortcuts">
        {shortcutSheetRows().map(({ label, keys }) => (
          <div key={label}>
            <dt>{strings.t(label)}</dt>
            <dd>
              <kbd dir="ltr">{keys.join(' · ')}</kbd>
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => openDialog(null)} autoFocus>
        {strings.close}
      </button>
    </Modal>
  );
}
