import type { KpiRow } from '../schema/interaction';
import { median, percentile } from './percentile';
import { cohort, type CommentTimeline, type Window } from './timeline';

const MINUTE = 60_000;

export interface Duration {
  commentId: string;
  ms: number;
}

function durations(timelines: CommentTimeline[], end: (t: CommentTimeline) => string | undefined): Duration[] {
  const out: Duration[] = [];
  for (const t of timelines) {
    const stop = end(t);
    if (!t.seenAt || !stop) continue;
    // Clamped: a reply logged a few ms before the sighting (two contexts' clocks) is a zero wait.
    out.push({ commentId: t.commentId, ms: Math.max(0, Date.parse(stop) - Date.parse(t.seenAt)) });
  }
  return out;
}

/**
 * First response time per comment first seen in the window: seen → first real answer (`replied`).
 * An inserted draft is not an answer; a reply already on the page before the sighting has no
 * measured wait and is left out.
 */
export function firstResponseTimes(rows: readonly KpiRow[], window: Window = {}): Duration[] {
  return durations(cohort(rows, window).filter((t) => !t.answeredBeforeSeen), (t) => t.firstRepliedAt);
}

/** Time to resolution per comment first seen in the window: seen → first `resolved`. */
export function resolutionTimes(rows: readonly KpiRow[], window: Window = {}): Duration[] {
  return durations(cohort(rows, window), (t) => t.firstResolvedAt);
}

export interface DurationStats {
  count: number;
  /** Milliseconds; null when count is 0. Percentiles: see ./percentile.ts. */
  medianMs: number | null;
  p90Ms: number | null;
  meanMs: number | null;
}

export function durationStats(values: readonly Duration[]): DurationStats {
  const ms = values.map((v) => v.ms);
  return {
    count: ms.length,
    medianMs: median(ms),
    p90Ms: percentile(ms, 0.9),
    meanMs: ms.length ? ms.reduce((a, b) => a + b, 0) / ms.length : null,
  };
}

export interface SlaResult {
  slaMinutes: number;
  /** Replied within the target. */
  onTime: number;
  /** Replied after the target, or still unanswered with the target passed at `now`. */
  late: number;
  /** Unanswered but still within the target at `now`: not counted either way yet. */
  pending: number;
  /** Closed (ignored, or resolved) without a reply, or answered before Riposte saw it: not counted. */
  excluded: number;
  /** onTime / (onTime + late), in [0, 1]; null when nothing is due yet. */
  share: number | null;
}

/**
 * Share of comments answered within the SLA, among the comments first seen in the window that
 * needed an answer and whose fate is known at `now`.
 */
export function slaCompliance(rows: readonly KpiRow[], slaMinutes: number, now: string, window: Window = {}): SlaResult {
  const limit = slaMinutes * MINUTE;
  const nowMs = Date.parse(now);
  const result: SlaResult = { slaMinutes, onTime: 0, late: 0, pending: 0, excluded: 0, share: null };
  for (const t of cohort(rows, window)) {
    if (!t.seenAt) continue;
    const seen = Date.parse(t.seenAt);
    if (t.answeredBeforeSeen) result.excluded += 1;
    else if (t.firstRepliedAt) {
      if (Date.parse(t.firstRepliedAt) - seen <= limit) result.onTime += 1;
      else result.late += 1;
    } else if (t.closedWithoutReply) result.excluded += 1;
    else if (nowMs - seen > limit) result.late += 1;
    else result.pending += 1;
  }
  const due = result.onTime + result.late;
  result.share = due ? result.onTime / due : null;
  return result;
}

export interface OverdueComment {
  commentId: string;
  brandId: string;
  platform: CommentTimeline['platform'];
  authorKey: string;
  seenAt: string;
  /** How far past the target, at `now`. */
  overdueMs: number;
}

/**
 * Comments still waiting for a reply beyond the SLA at `now` (not replied, not closed), most
 * overdue first. Escalated comments stay on the list: the customer is still waiting in public.
 */
export function overdueComments(rows: readonly KpiRow[], slaMinutes: number, now: string, window: Window = {}): OverdueComment[] {
  const limit = slaMinutes * MINUTE;
  const nowMs = Date.parse(now);
  const out: OverdueComment[] = [];
  for (const t of cohort(rows, window)) {
    if (!t.seenAt || t.firstRepliedAt || t.status === 'ignored' || t.status === 'resolved') continue;
    const over = nowMs - Date.parse(t.seenAt) - limit;
    if (over > 0) {
      out.push({ commentId: t.commentId, brandId: t.brandId, platform: t.platform, authorKey: t.authorKey, seenAt: t.seenAt, overdueMs: over });
    }
  }
  return out.sort((a, b) => b.overdueMs - a.overdueMs);
}
