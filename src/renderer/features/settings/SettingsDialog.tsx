import type { ReactElement } from 'react';
import type { Settings } from '../../../shared/types';
import { Modal } from '../../components/Modal';
import { strings } from '../../i18n/strings';
import { dialogsStore, openDialog } from '../../stores/dialogs-store';
import { settingsStore, updateSettings } from '../../stores/settings-store';

function Choice<K extends keyof Settings>({ name, options }: { name: K; options: Settings[K][] }): ReactElement {
  const value = settingsStore.use((s) => s.settings[name]);
  return (
    <label className="setting">
      <span>{strings.t(name as never)}</span>
      <select value={String(value)} onChange={(e) => void updateSettings({ [name]: e.target.value } as Partial<Settings>)}>
        {options.map((option) => (
          <option key={String(option)} value={String(option)}>
            {strings.t(`${name === 'readingFont' ? 'font' : name}_${String(option)}` as never)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Range({
  name,
  min,
  max,
  step,
}: {
  name: 'fontSize' | 'lineHeight' | 'columnWidth';
  min: number;
  max: number;
  step: number;
}): ReactElement {
  const value = settingsStore.use((s) => s.settings[name]);
  return (
    <label className="setting">
      <span>{strings.t(name)}</span>
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => void updateSettings({ [name]: Number(e.target.value) })}
      />
      <output>{value}</output>
    </label>
  );
}

/** Reading comfort and interface language (Ctrl/Cmd+,). Changes apply at once and persist. */
export function SettingsDialog(): ReactElement | null {
  const open = dialogsStore.use((s) => s.open === 'settings');
  const justify = settingsStore.use((s) => s.settings.justify);
  if (!open) return null;
  return (
    // The Modal focuses the first field, the interface language.
    <Modal label={strings.t('settingsTitle')} onClose={() => openDialog(null)} className="settings-panel">
      <h2>{strings.t('settingsTitle')}</h2>
      <Choice name="uiLanguage" options={['system', 'en', 'ar']} />
      <Choice name="theme" options={['system', 'light', 'dark', 'sepia']} />
      <Choice name="readingFont" options={['naskh', 'sans']} />
      <Range name="fontSize" min={14} max={32} step={1} />
      <Range name="lineHeight" min={1.4} max={2.6} step={0.1} />
      <Range name="columnWidth" min={30} max={70} step={2} />
      <label className="setting checkbox">
        <input type="checkbox" checked={justify} onChange={(e) => void updateSettings({ justify: e.target.checked })} />
        {strings.t('justify')}
      </label>
      <button type="button" onClick={() => openDialog(null)}>
        {strings.close}
      </button>
    </Modal>
  );
}
