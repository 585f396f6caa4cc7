import type { ProfileSnapshot, ThreadAggregate } from '../schema/audience';
import { threadShares } from './aggregate';
import { followerSeries, type AccountIdentity } from './growth';

/** The audience part of a weekly or monthly report. */
export interface ReportAudience {
  /** Followers at the end of the period and their change over it, per watched account. */
  accounts: Array<
    AccountIdentity & {
      followers: number;
      /** Absent when the account has a single snapshot up to the period's end. */
      change?: number;
    }
  >;
  /** Competitor threads seen in the period, as shares of their comments. */
  competitors: Array<{ competitor: string; volume: number; complaint: number; negative: number }>;
}

/**
 * Audience figures for the period [firstDay, endDay): each account's last count in the period
 * against its last count before the period (or its first in it). Snapshot days are the user's local days, like the report's.
 */
export function audienceForPeriod(snapshots: readonly ProfileSnapshot[], threads: readonly ThreadAggregate[], firstDay: string, endDay: string): ReportAudience {
  const accounts = followerSeries(snapshots).flatMap((series) => {
    const inPeriod = series.points.filter((p) => p.day >= firstDay && p.day < endDay);
    const last = inPeriod[inPeriod.length - 1];
    if (!last) return [];
    const before = series.points.filter((p) => p.day < firstDay).pop() ?? inPeriod[0]!;
    const { points: _points, ...account } = series;
    return [{ ...account, followers: last.followers, ...(before !== last ? { change: last.followers - before.followers } : {}) }];
  });
  const byCompetitor = new Map<string, ThreadAggregate[]>();
  for (const t of threads) if (t.day >= firstDay && t.day < endDay) byCompetitor.set(t.competitor, [...(byCompetitor.get(t.competitor) ?? []), t]);
  const competitors = [...byCompetitor].map(([competitor, list]) => {
    const shares = threadShares(list);
    return { competitor, volume: shares.volume, complaint: shares.complaint, negative: shares.negative };
  });
  return { accounts, competitors };
}
