// The settings dialog's controls. Bounds, steps, options and defaults come from
// the settings table (shared/model/settings.ts); this file only chooses which
// settings the dialog shows, in what order, and the interface strings naming them.
import {
  SETTINGS,
  type ChoiceSettingKey,
  type RangeSettingKey,
  type SettingOption,
  type ToggleSettingKey,
} from '../../../shared/model/settings';
import type { MessageKey } from '../../i18n/resources';

/** Each option's label: the compiler checks that every option in the table has one, and that it is a string we have. */
const OPTION_LABELS: { [K in ChoiceSettingKey]: Record<SettingOption<K>, MessageKey> } = {
  theme: { system: 'theme_system', light: 'theme_light', dark: 'theme_dark', sepia: 'theme_sepia' },
  readingFont: { naskh: 'font_naskh', sans: 'font_sans' },
  uiLanguage: { system: 'uiLanguage_system', en: 'uiLanguage_en', ar: 'uiLanguage_ar' },
  citationStyle: { apa: 'citationStyle_apa', chicago: 'citationStyle_chicago' },
};

export interface ChoiceField {
  kind: 'choice';
  key: ChoiceSettingKey;
  label: MessageKey;
  options: { value: string; label: MessageKey }[];
}

export interface RangeField {
  kind: 'range';
  key: RangeSettingKey;
  label: MessageKey;
  min: number;
  max: number;
  step: number;
}

export interface ToggleField {
  kind: 'toggle';
  key: ToggleSettingKey;
  label: MessageKey;
}

export type SettingField = ChoiceField | RangeField | ToggleField;

function choice<K extends ChoiceSettingKey>(key: K): ChoiceField {
  const labels: Record<SettingOption<K>, MessageKey> = OPTION_LABELS[key];
  const options: readonly SettingOption<K>[] = SETTINGS[key].options;
  return { kind: 'choice', key, label: key, options: options.map((value) => ({ value, label: labels[value] })) };
}

function range(key: RangeSettingKey): RangeField {
  const { min, max, step } = SETTINGS[key];
  return { kind: 'range', key, label: key, min, max, step };
}

/** The dialog's controls, in order (linked scrolling is toggled with Ctrl/Cmd+L instead). */
export const SETTING_FIELDS: readonly SettingField[] = [
  choice('uiLanguage'),
  choice('theme'),
  choice('readingFont'),
  range('fontSize'),
  range('lineHeight'),
  range('columnWidth'),
  { kind: 'toggle', key: 'justify', label: 'justify' },
  choice('citationStyle'),
];
