// Dates as files declare them (meta tags, OPF, DOCX properties) come in many
// shapes; the document model keeps ISO 8601 only.

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO 8601 date or date-time, or undefined when the value is not a date. */
export function toIsoDate(value: string | null | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  // Already ISO: keep it as given (its time zone included), only fixing a space separator.
  if (ISO_DATE.test(raw)) return raw;
  if (ISO_DATE_TIME.test(raw)) return raw.replace(' ', 'T').replace(/z$/, 'Z');
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  // "12 October 2025" has no time: say only the day, not a midnight that shifts with the time zone.
  if (!/\d:\d/.test(raw)) return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return date.toISOString();
}
