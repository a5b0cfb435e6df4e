import { describe, expect, it } from 'vitest';
import { apiContract } from '../api';
import {
  clampSetting,
  defaultSettings,
  RANGE_SETTING_KEYS,
  SETTINGS,
  settingsSchema,
  type RangeSettingKey,
  type SettingKey,
} from './settings';

const keys = Object.keys(SETTINGS) as SettingKey[];

/** Every value a range input over the table's bounds and step can give. */
function stepsOf(key: RangeSettingKey): number[] {
  const { min, max, step } = SETTINGS[key];
  const values: number[] = [];
  for (let i = 0; min + i * step <= max + step / 2; i++) values.push(Number((min + i * step).toFixed(6)));
  return values;
}

const accepts = (key: SettingKey, value: unknown) => settingsSchema.shape[key].safeParse(value).success;

describe('the settings table', () => {
  it('gives the schema exactly its settings', () => {
    expect(Object.keys(settingsSchema.shape).sort()).toEqual([...keys].sort());
  });

  it('lists the range settings', () => {
    expect(RANGE_SETTING_KEYS).toEqual(['fontSize', 'lineHeight', 'columnWidth']);
  });

  it.each(RANGE_SETTING_KEYS)('%s: the schema accepts every step from min to max and nothing else', (key) => {
    const { min, max, step } = SETTINGS[key];
    const values = stepsOf(key);
    expect(values[0]).toBe(min);
    expect(values.at(-1)).toBe(max); // max is on a step, so the slider reaches it
    for (const value of values) expect(accepts(key, value), `${key} ${value}`).toBe(true);
    expect(accepts(key, min - step)).toBe(false);
    expect(accepts(key, max + step)).toBe(false);
    expect(accepts(key, min + step / 2)).toBe(false);
    expect(accepts(key, Number.NaN)).toBe(false);
    expect(accepts(key, String(min))).toBe(false);
  });

  it('accepts the floating-point sums a stepping control produces', () => {
    expect(1.4 + 2 * 0.1).not.toBe(1.6);
    expect(accepts('lineHeight', 1.4 + 2 * 0.1)).toBe(true);
  });

  it.each(['theme', 'readingFont', 'uiLanguage'] as const)('%s: the schema accepts exactly the options', (key) => {
    for (const option of SETTINGS[key].options) expect(accepts(key, option)).toBe(true);
    expect(accepts(key, 'bogus')).toBe(false);
    expect(settingsSchema.shape[key].options).toEqual(SETTINGS[key].options);
  });

  it('takes the defaults from the table, and they satisfy the schema', () => {
    expect(defaultSettings).toEqual(Object.fromEntries(keys.map((key) => [key, SETTINGS[key].default])));
    expect(settingsSchema.strict().parse(defaultSettings)).toEqual(defaultSettings);
    expect(defaultSettings).toMatchObject({ fontSize: 20, lineHeight: 2, columnWidth: 44, theme: 'system' });
  });

  it('bounds saveSettings by the table', async () => {
    const save = apiContract.saveSettings.args;
    expect(save.safeParse({ fontSize: SETTINGS.fontSize.max }).success).toBe(true);
    expect(save.safeParse({ fontSize: 12 }).success).toBe(false); // the contract's old bounds were 12–40
    expect(save.safeParse({ fontSize: 40 }).success).toBe(false);
    expect(save.safeParse({ lineHeight: 1.2 }).success).toBe(false);
    expect(save.safeParse({ columnWidth: 80 }).success).toBe(false);
    expect(save.safeParse({ bogus: true }).success).toBe(false);
    expect(save.parse({})).toEqual({}); // a partial change fills in nothing
  });
});

describe('clampSetting', () => {
  it('keeps a value within the bounds', () => {
    expect(clampSetting('fontSize', 33)).toBe(32);
    expect(clampSetting('fontSize', 13)).toBe(14);
    expect(clampSetting('columnWidth', -Infinity)).toBe(30);
    expect(clampSetting('columnWidth', Infinity)).toBe(70);
  });

  it('moves a value onto the nearest step and drops floating-point noise', () => {
    expect(clampSetting('columnWidth', 43)).toBe(44);
    expect(clampSetting('columnWidth', 42.9)).toBe(42);
    expect(clampSetting('fontSize', 20.4)).toBe(20);
    expect(clampSetting('lineHeight', 1.4 + 3 * 0.1)).toBe(1.7);
    expect(clampSetting('lineHeight', 2.04)).toBe(2);
    expect(clampSetting('lineHeight', 2.600000000000001)).toBe(2.6);
  });

  it('gives the default for NaN', () => {
    expect(clampSetting('lineHeight', Number.NaN)).toBe(SETTINGS.lineHeight.default);
  });

  it.each(RANGE_SETTING_KEYS)('%s: always gives a value the schema accepts', (key) => {
    const { min, max } = SETTINGS[key];
    for (let value = min - 5; value <= max + 5; value += 0.037) {
      expect(accepts(key, clampSetting(key, value)), `${key} ${value}`).toBe(true);
    }
    for (const value of stepsOf(key)) expect(clampSetting(key, value)).toBe(value);
  });
});
