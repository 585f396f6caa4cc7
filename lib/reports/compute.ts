import {
  addDays,
  addMonths,
  cohort,
  daysBetween,
  durationStats,
  escalationsByDepartment,
  firstResponseTimes,
  inWindow,
  isDayKey,
  labelShare,
  localClock,
  overdueComments,
  resolutionTimes,
  slaCompliance,
  templateUses,
  volumes,
  type LocalClock,
  type Window,
} from '../kpi';
import { findWatchlistEntry } from '../identity/watchlist';
import type { AuthorRow } from '../schema/author';
import type { Brand } from '../schema/brand';
import type { KpiRow } from '../schema/interaction';
import { DEFAULT_SETTINGS } from '../schema/settings';
import { reportTitle } from './title';
import type {
  DailyPoint,
  EngagedInfluencer,
  PeriodStats,
  Report,
  ReportChanges,
  ReportData,
  ReportOptions,
  TemplateRank,
} from './types';

export const DEFAULT_INFLUENCER_FOLLOWERS = 10_000;
/**
 * Replies that come after the period still count for its comments' response times, up to this
 * many days after its end (bounds what `loadReportData` reads for a report on an old period).
 */
export const FOLLOW_UP_DAYS = 31;
const ENGAGING_KINDS = new Set(['inserted', 'replied', 'copied', 'escalated', 'resolved']);

export interface PeriodBounds {
  firstDay: string;
  /** Exclusive. */
  endDay: string;
  previousFirstDay: string;
  start: string;
  end: string;
  previousStart: string;
  /** Latest log time the report reads. */
  readUntil: string;
}

/** Where the period and the previous one start and end, as local days and UTC instants. */
export function periodBounds(options: Pick<ReportOptions, 'period' | 'start' | 'timeZone' | 'now'>, clock: LocalClock = localClock(options.timeZone)): PeriodBounds {
  const firstDay = isDayKey(options.start) ? options.start : clock.dayKey(Date.parse(options.start));
  const step = options.period === 'week' ? (d: string, n: number) => addDays(d, 7 * n) : addMonths;
  const endDay = step(firstDay, 1);
  const previousFirstDay = step(firstDay, -1);
  const iso = (day: string) => new Date(clock.startOfDay(day)).toISOString();
  const end = iso(endDay);
  const followUpEnd = iso(addDays(endDay, FOLLOW_UP_DAYS));
  const now = new Date(options.now).toISOString();
  return {
    firstDay,
    endDay,
    previousFirstDay,
    start: iso(firstDay),
    end,
    previousStart: iso(previousFirstDay),
    readUntil: now < followUpEnd ? now : followUpEnd,
  };
}

/** The report, from data already loaded. Pure: same data and options, same report. */
export function computeReport(data: ReportData, options: ReportOptions): Report {
  const timeZone = options.timeZone ?? 'UTC';
  const clock = localClock(timeZone);
  const bounds = periodBounds(options, clock);
  const now = new Date(options.now).toISOString();
  const settings = data.settings ?? DEFAULT_SETTINGS;
  const slaMinutes = options.slaMinutes ?? settings.slaMinutes;
  // Frozen: every KPI below folds these rows into timelines, and lib/kpi folds a frozen array once.
  const rows = Object.freeze(
    data.interactions.filter((r) => r.brandId === options.brandId && r.at >= bounds.previousStart && r.at <= bounds.readUntil),
  );

  const current: Window = { from: bounds.start, to: bounds.end };
  const previous: Window = { from: bounds.previousStart, to: bounds.start };
  const currentStats = periodStats(rows, current, bounds.firstDay, addDays(bounds.endDay, -1), slaMinutes, now);
  const previousStats = periodStats(rows, previous, bounds.previousFirstDay, addDays(bounds.firstDay, -1), slaMinutes, now);

  const titles = new Map((data.templates ?? []).map((t) => [t.id, t.title]));
  const topTemplates: TemplateRank[] = templateUses(rows, current)
    .slice(0, options.topTemplates ?? 5)
    .map((u) => ({ ...u, ...(titles.has(u.templateId) ? { title: titles.get(u.templateId) } : {}) }));

  const names = new Map(settings.departments.map((d) => [d.id, d.name]));
  return {
    kind: 'riposte-report',
    version: 1,
    brandId: options.brandId,
    ...(data.brand ? { brandName: data.brand.name } : {}),
    period: options.period,
    language: options.language,
    timeZone,
    generatedAt: now,
    partial: now < bounds.end,
    title: reportTitle(options.period, bounds.firstDay, addDays(bounds.endDay, -1), options.language),
    slaMinutes,
    current: currentStats,
    previous: previousStats,
    changes: changes(currentStats, previousStats),
    daily: daily(rows, current, bounds.firstDay, addDays(bounds.endDay, -1), clock),
    topTemplates,
    influencers: influencers(rows, current, data.authors ?? [], data.brand, options.influencerFollowers ?? DEFAULT_INFLUENCER_FOLLOWERS),
    escalations: escalationsByDepartment(rows, current).map((e) => ({ ...e, name: names.get(e.department) ?? e.department })),
    overdue: overdueComments(rows, slaMinutes, now, current).length,
  };
}

function periodStats(
  rows: readonly KpiRow[],
  window: Window,
  firstDay: string,
  lastDay: string,
  slaMinutes: number,
  now: string,
): PeriodStats {
  let replies = 0;
  let escalations = 0;
  for (const r of rows) {
    if (!inWindow(r.at, window)) continue;
    if (r.kind === 'replied') replies += 1;
    if (r.kind === 'escalated') escalations += 1;
  }
  return {
    start: window.from as string,
    end: window.to as string,
    firstDay,
    lastDay,
    volumes: volumes(rows, window),
    complaintShare: labelShare(rows, 'complaint', window),
    responseTime: durationStats(firstResponseTimes(rows, window)),
    resolutionTime: durationStats(resolutionTimes(rows, window)),
    sla: slaCompliance(rows, slaMinutes, now, window),
    replies,
    escalations,
  };
}

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

function changes(current: PeriodStats, previous: PeriodStats): ReportChanges {
  return {
    comments: previous.volumes.total ? (current.volumes.total - previous.volumes.total) / previous.volumes.total : null,
    complaintShare: diff(current.complaintShare, previous.complaintShare),
    medianResponseMs: diff(current.responseTime.medianMs, previous.responseTime.medianMs),
    p90ResponseMs: diff(current.responseTime.p90Ms, previous.responseTime.p90Ms),
    slaShare: diff(current.sla.share, previous.sla.share),
    escalations: current.escalations - previous.escalations,
  };
}

function daily(rows: readonly KpiRow[], window: Window, firstDay: string, lastDay: string, clock: LocalClock): DailyPoint[] {
  const points = new Map<string, DailyPoint>(
    daysBetween(firstDay, lastDay).map((date) => [date, { date, comments: 0, complaints: 0, negative: 0, neutral: 0, positive: 0, unknown: 0 }]),
  );
  for (const t of cohort(rows, window)) {
    if (!t.seenAt) continue;
    const point = points.get(clock.dayKey(Date.parse(t.seenAt)));
    if (!point) continue;
    point.comments += 1;
    if (t.labels.includes('complaint')) point.complaints += 1;
    point[t.sentiment ?? 'unknown'] += 1;
  }
  return [...points.values()];
}

function influencers(
  rows: readonly KpiRow[],
  window: Window,
  authors: readonly AuthorRow[],
  brand: Brand | undefined,
  threshold: number,
): EngagedInfluencer[] {
  const actions = new Map<string, number>();
  for (const r of rows) {
    if (ENGAGING_KINDS.has(r.kind) && inWindow(r.at, window)) actions.set(r.authorKey, (actions.get(r.authorKey) ?? 0) + 1);
  }
  const out: EngagedInfluencer[] = [];
  for (const author of authors) {
    const count = actions.get(author.key);
    if (!count) continue;
    const watch = author.watch ?? brandWatch(author, brand);
    const big = author.followers !== undefined && author.followers >= threshold;
    if (!big && !watch) continue;
    out.push({
      authorKey: author.key,
      name: author.name,
      platform: author.platform,
      ...(author.handle ? { handle: author.handle } : {}),
      ...(author.followers !== undefined ? { followers: author.followers } : {}),
      verified: author.verified,
      ...(watch ? { watch } : {}),
      reason: big && watch ? 'both' : big ? 'followers' : 'watchlist',
      actions: count,
    });
  }
  return out.sort((a, b) => (b.followers ?? -1) - (a.followers ?? -1) || b.actions - a.actions || a.name.localeCompare(b.name));
}

/** The brand's watchlist kind for this author: lib/identity's rule, the one the panel uses. */
function brandWatch(author: AuthorRow, brand: Brand | undefined) {
  return findWatchlistEntry(brand?.watchlist, author, author.platform)?.kind;
}
