import type { ReactElement } from 'react';
import type { MessageKey } from '../../i18n/resources';
import { strings } from '../../i18n/strings';
import { dialogsStore, openDialog } from '../../stores/dialogs-store';

const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

export const SHORTCUTS: [MessageKey, string][] = [
  ['shortcut_open', `${mod}+O`],
  ['shortcut_search', `${mod}+K · ${mod}+Shift+F`],
  ['shortcut_find', `${mod}+F`],
  ['shortcut_compare', `${mod}+\\`],
  ['shortcut_pane', 'F6'],
  ['shortcut_link', `${mod}+L`],
  ['shortcut_paragraph', 'Alt+↓ · Alt+↑'],
  ['shortcut_zoom', `${mod}+= · ${mod}+- · ${mod}+0`],
  ['shortcut_bookmark', `${mod}+B`],
  ['shortcut_undoDelete', `${mod}+Z`],
  ['shortcut_settings', `${mod}+,`],
  ['shortcut_help', '?'],
];

export function ShortcutsSheet(): ReactElement | null {
  const open = dialogsStore.use((s) => s.open === 'shortcuts');
  if (!open) return null;
  return (
    <div className="search-backdrop" onMouseDown={(e) => e.target === e.currentTarget && openDialog(null)}>
      <div
        className="search-panel"
        role="dialog"
        aria-modal="true"
        aria-label={strings.t('shortcuts')}
        onKeyDown={(e) => e.key === 'Escape' && openDialog(null)}
      >
        <h2>{strings.t('shortcuts')}</h2>
        <dl className="shortcuts">
          {SHORTCUTS.map(([key, keys]) => (
            <div key={key}>
              <dt>{strings.t(key)}</dt>
              <dd>
                <kbd dir="ltr">{keys}</kbd>
              </dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={() => openDialog(null)} autoFocus>
          {strings.close}
        </button>
      </div>
    </div>
  );
}
