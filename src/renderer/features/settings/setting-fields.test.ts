import { describe, expect, it } from 'vitest';
import { SETTINGS, type SettingKey } from '../../../shared/model/settings';
import { ar, en } from '../../i18n/resources';
import { SETTING_FIELDS } from './setting-fields';

describe('the settings dialog’s controls', () => {
  it('offer exactly the table’s options, bounds and steps', () => {
    for (const field of SETTING_FIELDS) {
      if (field.kind === 'choice') expect(field.options.map((o) => o.value)).toEqual(SETTINGS[field.key].options);
      if (field.kind === 'range') {
        const { min, max, step } = SETTINGS[field.key];
        expect([field.min, field.max, field.step]).toEqual([min, max, step]);
      }
      if (field.kind === 'toggle') expect(typeof SETTINGS[field.key].default).toBe('boolean');
    }
  });

  it('show every setting but linked scrolling (Ctrl/Cmd+L), once each', () => {
    const shown = SETTING_FIELDS.map((f) => f.key);
    expect(new Set(shown).size).toBe(shown.length);
    expect([...shown, 'linkedScrolling'].sort()).toEqual((Object.keys(SETTINGS) as SettingKey[]).sort());
  });

  it('are named by strings both interface languages have, a distinct one for each option', () => {
    for (const field of SETTING_FIELDS) {
      const labels = [field.label, ...(field.kind === 'choice' ? field.options.map((o) => o.label) : [])];
      for (const label of labels) {
        expect(en[label], label).toBeTruthy();
        expect(ar[label], label).toBeTruthy();
      }
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
