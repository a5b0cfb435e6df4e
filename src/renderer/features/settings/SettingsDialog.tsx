import type { ReactElement } from 'react';
import { settingsSchema } from '../../../shared/model/settings';
import { Modal } from '../../components/Modal';
import { strings } from '../../i18n/strings';
import { dialogsStore, openDialog } from '../../stores/dialogs-store';
import { settingsStore, updateSettings } from '../../stores/settings-store';
import { BackupSection } from './BackupSection';
import { SETTING_FIELDS, type ChoiceField, type RangeField, type SettingField, type ToggleField } from './setting-fields';

/** A change from a control, checked against the settings schema (which also gives it its type). */
const changeSchema = settingsSchema.partial();

function Choice({ field }: { field: ChoiceField }): ReactElement {
  const value = settingsStore.use((s) => s.settings[field.key]);
  return (
    <label className="setting">
      <span>{strings.t(field.label)}</span>
      <select value={value} onChange={(e) => void updateSettings(changeSchema.parse({ [field.key]: e.target.value }))}>
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {strings.t(option.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Range({ field }: { field: RangeField }): ReactElement {
  const value = settingsStore.use((s) => s.settings[field.key]);
  return (
    <label className="setting">
      <span>{strings.t(field.label)}</span>
      <input
        type="range"
        min={field.min}
        max={field.max}
        step={field.step}
        value={value}
        onChange={(e) => void updateSettings({ [field.key]: Number(e.target.value) })}
      />
      <output>{value}</output>
    </label>
  );
}

function Toggle({ field }: { field: ToggleField }): ReactElement {
  const checked = settingsStore.use((s) => s.settings[field.key]);
  return (
    <label className="setting checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => void updateSettings({ [field.key]: e.target.checked })} />
      {strings.t(field.label)}
    </label>
  );
}

function Field({ field }: { field: SettingField }): ReactElement {
  switch (field.kind) {
    case 'choice':
      return <Choice field={field} />;
    case 'range':
      return <Range field={field} />;
    case 'toggle':
      return <Toggle field={field} />;
  }
}

/** Reading comfort and interface language (Ctrl/Cmd+,), and backups. Changes apply at once and persist. */
export function SettingsDialog(): ReactElement | null {
  const open = dialogsStore.use((s) => s.open === 'settings');
  if (!open) return null;
  return (
    // The Modal focuses the first field, the interface language.
    <Modal label={strings.t('settingsTitle')} onClose={() => openDialog(null)} className="settings-panel">
      <h2>{strings.t('settingsTitle')}</h2>
      {SETTING_FIELDS.map((field) => (
        <Field key={field.key} field={field} />
      ))}
      <BackupSection />
      <button type="button" onClick={() => openDialog(null)}>
        {strings.close}
      </button>
    </Modal>
  );
}
