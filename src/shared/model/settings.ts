// Every setting once: its default, and its bounds and step or its options. The
// zod schema, the defaults, the settings dialog and the zoom shortcuts all read
// this table, so they cannot disagree (as Joplin's setting metadata does).
import { z } from 'zod';

interface RangeSpec {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}
interface ChoiceSpec {
  readonly default: string;
  readonly options: readonly [string, ...string[]];
}
interface ToggleSpec {
  readonly default: boolean;
}

export const SETTINGS = {
  theme: { default: 'system', options: ['system', 'light', 'dark', 'sepia'] },
  readingFont: { default: 'naskh', options: ['naskh', 'sans'] },
  /** Reading text size in CSS pixels. */
  fontSize: { default: 20, min: 14, max: 32, step: 1 },
  lineHeight: { default: 2, min: 1.4, max: 2.6, step: 0.1 },
  /** Column width in rem. */
  columnWidth: { default: 44, min: 30, max: 70, step: 2 },
  justify: { default: false },
  uiLanguage: { default: 'system', options: ['system', 'en', 'ar'] },
  linkedScrolling: { default: true },
  /** The style "Copy with citation" writes its reference in. */
  citationStyle: { default: 'apa', options: ['apa', 'chicago'] },
} as const satisfies Record<string, RangeSpec | ChoiceSpec | ToggleSpec>;

type Table = typeof SETTINGS;
export type SettingKey = keyof Table;
type KeysOf<Spec> = { [K in SettingKey]: Table[K] extends Spec ? K : never }[SettingKey];
export type RangeSettingKey = KeysOf<RangeSpec>;
export type ChoiceSettingKey = KeysOf<ChoiceSpec>;
export type ToggleSettingKey = KeysOf<ToggleSpec>;
/** The values a choice setting may take. */
export type SettingOption<K extends ChoiceSettingKey> = Table[K]['options'][number];

/** The settings with bounds and a step, in the table's order. */
export const RANGE_SETTING_KEYS: readonly RangeSettingKey[] = (Object.keys(SETTINGS) as SettingKey[]).filter(
  (key): key is RangeSettingKey => 'min' in SETTINGS[key],
);

/** Decimal places of a number as written (0.1 → 1), to undo floating-point noise in min + n × step. */
function decimals(n: number): number {
  return String(n).split('.')[1]?.length ?? 0;
}

function stepsFromMin(key: RangeSettingKey, value: number): number {
  const { min, step } = SETTINGS[key];
  return (value - min) / step;
}

function isOnStep(key: RangeSettingKey, value: number): boolean {
  const steps = stepsFromMin(key, value);
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

/** A range setting's schema: within its bounds and on its steps, as a range input would give. */
function range(key: RangeSettingKey) {
  const { min, max, step } = SETTINGS[key];
  return z
    .number()
    .min(min)
    .max(max)
    .refine((value) => isOnStep(key, value), `must be ${min} plus a multiple of ${step}`);
}

export const settingsSchema = z.object({
  theme: z.enum(SETTINGS.theme.options),
  readingFont: z.enum(SETTINGS.readingFont.options),
  fontSize: range('fontSize'),
  lineHeight: range('lineHeight'),
  columnWidth: range('columnWidth'),
  justify: z.boolean(),
  uiLanguage: z.enum(SETTINGS.uiLanguage.options),
  linkedScrolling: z.boolean(),
  // Optional: settings saved before it existed stay valid (its default applies).
  citationStyle: z.enum(SETTINGS.citationStyle.options).optional(),
} satisfies Record<SettingKey, z.ZodType>);
export type Settings = z.infer<typeof settingsSchema>;
export type Theme = Settings['theme'];

/** The table's defaults, checked by the schema when this module loads. */
export const defaultSettings: Settings = settingsSchema.parse(
  Object.fromEntries(Object.entries(SETTINGS).map(([key, spec]) => [key, spec.default])),
);

/** The nearest value a range setting accepts: within its bounds, on its steps (NaN gives the default). */
export function clampSetting(key: RangeSettingKey, value: number): number {
  const { default: fallback, min, max, step } = SETTINGS[key];
  if (Number.isNaN(value)) return fallback;
  const steps = Math.round(stepsFromMin(key, Math.min(max, Math.max(min, value))));
  const places = Math.max(decimals(min), decimals(step));
  return Math.min(max, Number((min + steps * step).toFixed(places)));
}
