const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The user's calendar day of `date`, "YYYY-MM-DD" (the browser's time zone): one snapshot per
 * account per day, and the same days the weekly and monthly reports count in.
 */
export function dayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Calendar arithmetic on a "YYYY-MM-DD" string: no time zone is involved. */
function utcDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative: earlier). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDayOf(date);
}
