/**
 * Days and calendars, written once for the whole extension, with only `Intl` (no date library):
 * reports count comments per *local* day, the CSV shows local times and audience snapshots are
 * kept once per local day, while the log stores UTC.
 *
 * A day is a `DayKey`, "YYYY-MM-DD". Arithmetic on day keys (`addDays`, `addMonths`, `weekStart`)
 * involves no time zone; `localClock(zone)` maps instants to days in an IANA zone, `localDayOf`
 * in the browser's own zone.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `YYYY-MM-DD`. */
export type DayKey = string;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function assertTimeZone(timeZone: string): void {
  // Throws RangeError("Invalid time zone specified") for unknown zones.
  new Intl.DateTimeFormat('en-US', { timeZone });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A clock for one time zone. The zone's UTC offset is looked up once per UTC hour and cached:
 * offsets only change on hour boundaries in today's tz database, and `formatToParts` is too slow
 * to call for each of 100,000 CSV rows.
 */
export function localClock(timeZone = 'UTC') {
  assertTimeZone(timeZone);
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const cache = new Map<number, number>();

  /** Local time minus UTC, in ms, at the instant `ms`. */
  function offsetAt(ms: number): number {
    const hour = Math.floor(ms / HOUR);
    const cached = cache.get(hour);
    if (cached !== undefined) return cached;
    const probe = hour * HOUR;
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(probe)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    const offset = asUtc - probe;
    cache.set(hour, offset);
    return offset;
  }

  /** A Date whose UTC fields read as the local wall-clock time. */
  const wall = (ms: number) => new Date(ms + offsetAt(ms));

  return {
    timeZone,
    offsetAt,
    /** Local calendar day of an instant. */
    dayKey(ms: number): DayKey {
      const d = wall(ms);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    },
    /** `YYYY-MM-DD HH:mm:ss` local: the form Excel and LibreOffice read as a date in any locale. */
    dateTime(ms: number): string {
      const d = wall(ms);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    },
    /** The instant local midnight starts `day` (the first instant of the day when DST skips midnight). */
    startOfDay(day: DayKey): number {
      const guess = dayKeyToUtcMs(day);
      const first = guess - offsetAt(guess);
      const second = guess - offsetAt(first);
      return first === second ? first : Math.min(first, second);
    },
  };
}
export type LocalClock = ReturnType<typeof localClock>;

function dayKeyToUtcMs(day: DayKey): number {
  const m = DAY_KEY.exec(day);
  if (!m) throw new RangeError(`Expected a YYYY-MM-DD day, got ${day}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`No such day: ${day}`);
  return ms;
}

/**
 * The calendar day of `date` in the browser's time zone: one audience snapshot per account per
 * day, date stamps in file names, the report period that contains today.
 */
export function localDayOf(date: Date = new Date()): DayKey {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function isDayKey(value: string): boolean {
  return DAY_KEY.test(value);
}

export function addDays(day: DayKey, days: number): DayKey {
  return new Date(dayKeyToUtcMs(day) + days * DAY).toISOString().slice(0, 10);
}

/** Same day of the month `months` later, clamped to the month's end (Jan 31 + 1 → Feb 28/29). */
export function addMonths(day: DayKey, months: number): DayKey {
  const d = new Date(dayKeyToUtcMs(day));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** The Monday that starts the week (Monday-based, as in France) containing `day`. */
export function weekStart(day: DayKey): DayKey {
  const sinceMonday = (new Date(dayKeyToUtcMs(day)).getUTCDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

/** The first day of the month containing `day`. */
export function monthStart(day: DayKey): DayKey {
  dayKeyToUtcMs(day);
  return `${day.slice(0, 8)}01`;
}

/** Every day from `first` to `last` inclusive. */
export function daysBetween(first: DayKey, last: DayKey): DayKey[] {
  const out: DayKey[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) out.push(day);
  return out;
}
