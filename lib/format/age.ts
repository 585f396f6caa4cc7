import type { Language } from '../schema/platform';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// One formatter per language: every card shows an age, and building an Intl object costs far more
// than using one.
const formats = new Map<Language, Intl.RelativeTimeFormat>();

/** "il y a 3 heures" / "3 hours ago" for an ISO date; "à l'instant" / "now" under a minute. */
export function formatAge(iso: string, now: Date, language: Language): string {
  const seconds = Math.round((now.getTime() - new Date(iso).getTime()) / 1000);
  let format = formats.get(language);
  if (!format) formats.set(language, (format = new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' })));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(-Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}
