import { uiLanguage } from './strings';

/** A date for display: the day, in the interface's language (so an Arabic interface reads it in Arabic). */
export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(uiLanguage() === 'ar' ? 'ar' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' });
}
