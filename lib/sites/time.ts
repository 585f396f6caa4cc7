/**
 * Dates as the sites show them. X and Instagram give `time[datetime]` (ISO); Facebook and
 * LinkedIn's 2026 layout only print a relative age ("2 h", "3 j", "1 sem", "9mo", "Just now"),
 * which we turn into an approximate ISO date against the scan time.
 */

/** ISO string from a `datetime` attribute, or undefined when it is not a date. */
export function isoFromDatetime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Unit words after the number, FR and EN, long and abbreviated. Order matters: "mo" before "m",
// "min" before "m", "sem" before "s".
const UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(s|sec|secs|second|seconds|seconde|secondes)$/u, 1000],
  [/^(min|mins|minute|minutes|mn|m)$/u, MINUTE],
  [/^(h|hr|hrs|hour|hours|heure|heures)$/u, HOUR],
  [/^(d|day|days|j|jour|jours)$/u, DAY],
  [/^(w|wk|wks|week|weeks|sem|semaine|semaines)$/u, 7 * DAY],
  [/^(mo|mos|month|months|mois)$/u, 30 * DAY],
  [/^(y|yr|yrs|year|years|a|an|ans|année|années)$/u, 365 * DAY],
];

const JUST_NOW = /^(just now|now|à l’instant|à l'instant|maintenant)$/iu;

/**
 * Approximate ISO date for a relative age ("2 h", "il y a 3 jours", "3d ago", "1 sem", "9mo"),
 * or undefined when the text is not one. `now` is injected so scans are reproducible in tests.
 */
export function isoFromRelativeAge(text: string | null | undefined, now: number): string | undefined {
  if (!text) return undefined;
  const clean = text
    .toLowerCase()
    .replace(/[\u00a0\u202f]/gu, ' ')
    .replace(/^il y a\s+/u, '')
    .replace(/\s+ago$/u, '')
    .replace(/[·•.]/gu, '')
    .trim();
  if (JUST_NOW.test(clean)) return new Date(now).toISOString();
  const match = /^(\d{1,3})\s*([a-zéû]+)$/u.exec(clean);
  if (!match) return undefined;
  const unit = UNITS.find(([re]) => re.test(match[2] ?? ''))?.[1];
  if (unit === undefined) return undefined;
  return new Date(now - Number(match[1]) * unit).toISOString();
}
