/** The UTC calendar day of `date`, "YYYY-MM-DD": one snapshot per account per day. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative: earlier). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}
