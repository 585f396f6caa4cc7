import type { AccountRelation, ProfileSnapshot } from '../schema/audience';
import type { Platform } from '../schema/platform';
import { addDays } from '../calendar';

/** Who an account is: the fields every audience figure carries. */
export interface AccountIdentity {
  key: string;
  platform: Platform;
  handle: string;
  name: string;
  relation: AccountRelation;
  competitor?: string;
}

/** One account's follower counts over time, oldest first. */
export interface FollowerSeries extends AccountIdentity {
  points: Array<{ day: string; followers: number }>;
}

export const accountKey = (s: Pick<ProfileSnapshot, 'platform' | 'handle'>): string => `${s.platform}:${s.handle}`;

/** Snapshots grouped per account (own accounts first, then competitors), skipping those without a follower count. */
export function followerSeries(snapshots: readonly ProfileSnapshot[]): FollowerSeries[] {
  const byAccount = new Map<string, FollowerSeries>();
  const sorted = [...snapshots].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (const s of sorted) {
    if (s.followers === undefined) continue;
    const key = accountKey(s);
    const series = byAccount.get(key) ?? {
      key,
      platform: s.platform,
      handle: s.handle,
      name: s.name,
      relation: s.relation,
      ...(s.competitor ? { competitor: s.competitor } : {}),
      points: [],
    };
    series.name = s.name; // the latest name wins (renames)
    series.points.push({ day: s.day, followers: s.followers });
    byAccount.set(key, series);
  }
  return [...byAccount.values()].sort((a, b) => (a.relation === b.relation ? a.key.localeCompare(b.key) : a.relation === 'own' ? -1 : 1));
}

/** Latest count and its change over 7 and 30 days; a change is absent without a snapshot that old. */
export interface FollowerDelta extends AccountIdentity {
  day: string;
  followers: number;
  weekly?: number;
  monthly?: number;
}

/** The newest point on or before `day`, in a series sorted oldest first. */
function pointOnOrBefore(points: FollowerSeries['points'], day: string): FollowerSeries['points'][number] | undefined {
  let found: FollowerSeries['points'][number] | undefined;
  for (const p of points) {
    if (p.day > day) break;
    found = p;
  }
  return found;
}

/**
 * Weekly and monthly follower deltas as of `today`: the latest count minus the count on the
 * latest snapshot at least 7 (30) days before it. Snapshots are taken when the user visits, so
 * the reference day may be older than exactly 7 (30) days — the table shows which day it is from.
 */
export function followerDeltas(snapshots: readonly ProfileSnapshot[], today: string): FollowerDelta[] {
  return followerSeries(snapshots).flatMap((series) => {
    const latest = pointOnOrBefore(series.points, today);
    if (!latest) return [];
    const week = pointOnOrBefore(series.points, addDays(latest.day, -7));
    const month = pointOnOrBefore(series.points, addDays(latest.day, -30));
    const { points: _points, ...account } = series;
    return [
      {
        ...account,
        day: latest.day,
        followers: latest.followers,
        ...(week ? { weekly: latest.followers - week.followers } : {}),
        ...(month ? { monthly: latest.followers - month.followers } : {}),
      },
    ];
  });
}

/** Days from `from` to `to` inclusive. */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(day);
  return out;
}

/**
 * Series on a common day axis for a line chart. Snapshots come when the user visits, so a day
 * without one carries the last known count forward (and the first count back to the axis start):
 * the line stays flat where nothing was observed rather than dropping to zero.
 */
export function growthChartData(series: readonly FollowerSeries[], from: string, to: string): { days: string[]; lines: Array<{ key: string; values: number[] }> } {
  const days = daysBetween(from, to);
  const lines = series.flatMap((s) => {
    const inRange = s.points.filter((p) => p.day <= to);
    if (inRange.length === 0) return [];
    let i = 0;
    let current = (inRange.find((p) => p.day >= from) ?? inRange[inRange.length - 1]!).followers;
    const values = days.map((day) => {
      while (i < inRange.length && inRange[i]!.day <= day) current = inRange[i++]!.followers;
      return current;
    });
    return [{ key: s.key, values }];
  });
  return { days, lines };
}
