import {
  addDays,
  addMonths,
  cohort,
  commentDate,
  daysBetween,
  durationStats,
  escalationsByDepartment,
  firstResponseTimes,
  inTimeOrder,
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
import type { Brand } from '../schema/brand';
import type { KpiRow } from '../schema/interaction';
import { PLATFORMS } from '../schema/platform';
import { DEFAULT_SETTINGS } from '../schema/settings';
import type { FollowerTiers } from '../triage/config';
import { assessAuthor, isInfluential } from '../triage/influence';
import { reportTitle } from './title';
import type {
  DailyPoint,
  EngagedInfluencer,
  NetworkRow,
  PeriodStats,
  Report,
  ReportChanges,
  ReportData,
  ReportAuthor,
  ReportComment,
  ReportOptions,
  SampleComment,
  TemplateRank,
} from './types';

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

  // Comments count in the period their page says they were written in, when it says (else first
  // seen): the date their `seen` row carries, else (data made in memory) the comment's own.
  const writtenAt = new Map<string, string>();
  for (const [id, c] of data.comments ?? []) if (c.writtenAt) writtenAt.set(id, c.writtenAt);
  for (const r of rows) if (r.kind === 'seen' && r.writtenAt !== undefined) writtenAt.set(r.commentId, r.writtenAt);
  const current: Window = { from: bounds.start, to: bounds.end, writtenAt };
  const previous: Window = { from: bounds.previousStart, to: bounds.start, writtenAt };
  const takenBack = answersTakenBack(rows);
  const currentStats = periodStats(rows, current, bounds.firstDay, addDays(bounds.endDay, -1), slaMinutes, now, takenBack);
  const previousStats = periodStats(rows, previous, bounds.previousFirstDay, addDays(bounds.firstDay, -1), slaMinutes, now, takenBack);

  const titles = new Map((data.templates ?? []).map((t) => [t.id, t.title]));
  const topTemplates: TemplateRank[] = templateUses(rows, current)
    .slice(0, options.topTemplates ?? 5)
    .map((u) => ({ ...u, ...(titles.has(u.templateId) ? { title: titles.get(u.templateId) } : {}) }));

  const names = new Map(settings.departments.map((d) => [d.id, d.name]));
  const engaged = influencers(rows, current, data.authors ?? [], data.brand, settings.triage.tiers);
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
    influencers: engaged.slice(0, options.topInfluencers ?? 20),
    influencerCount: engaged.length,
    networks: networks(rows, current),
    samples: samples(rows, current, data.comments, options.samples ?? 3),
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
  /** Answers marked by mistake and taken back (`answersTakenBack`), worked out once per report. */
  takenBack: ReadonlySet<KpiRow>,
): PeriodStats {
  let replies = 0;
  let escalations = 0;
  for (const r of rows) {
    if (!inWindow(r.at, window)) continue;
    if (r.kind === 'replied' && !takenBack.has(r)) replies += 1;
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

/**
 * Answers marked by mistake: a `replied` row followed, for the same comment, by a reopen with no
 * other status change between ("Annuler" after "Marquer comme répondu"). They count as no answer,
 * as in the response times (lib/kpi/timeline.ts).
 */
function answersTakenBack(rows: readonly KpiRow[]): Set<KpiRow> {
  const lastAnswer = new Map<string, KpiRow>();
  const takenBack = new Set<KpiRow>();
  // The fold's own time order, made once for both (a sighting first in its millisecond changes
  // nothing here: only answers, reopens and closings count).
  for (const row of inTimeOrder(rows)) {
    if (row.kind === 'replied') lastAnswer.set(row.commentId, row);
    else if (row.kind === 'reopened') {
      const answer = lastAnswer.get(row.commentId);
      if (answer) takenBack.add(answer);
      lastAnswer.delete(row.commentId);
    } else if (row.kind === 'resolved' || row.kind === 'ignored' || row.kind === 'escalated') lastAnswer.delete(row.commentId);
  }
  return takenBack;
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
    const date = commentDate(t, window);
    if (!date) continue;
    const point = points.get(clock.dayKey(Date.parse(date)));
    if (!point) continue;
    point.comments += 1;
    if (t.labels.includes('complaint')) point.complaints += 1;
    point[t.sentiment ?? 'unknown'] += 1;
  }
  return [...points.values()];
}

/**
 * The influencers of the period: the authors of its comments, and of comments the brand acted on
 * in it, who count as influencers by the panel's rule (`isInfluential`, with the settings' follower
 * tiers, the brand's watchlist and the verified badge), as the author rows last saw them.
 */
function influencers(
  rows: readonly KpiRow[],
  window: Window,
  authors: readonly ReportAuthor[],
  brand: Brand | undefined,
  tiers: FollowerTiers,
): EngagedInfluencer[] {
  const actions = new Map<string, number>();
  for (const r of rows) {
    if (ENGAGING_KINDS.has(r.kind) && inWindow(r.at, window)) actions.set(r.authorKey, (actions.get(r.authorKey) ?? 0) + 1);
  }
  const written = new Map<string, number>();
  for (const t of cohort(rows, window)) written.set(t.authorKey, (written.get(t.authorKey) ?? 0) + 1);
  const out: EngagedInfluencer[] = [];
  for (const author of authors) {
    const count = actions.get(author.key) ?? 0;
    const comments = written.get(author.key) ?? 0;
    if (count === 0 && comments === 0) continue;
    const assessed = assessAuthor(author, brand, tiers, author.platform);
    const watch = author.watch ?? assessed.watch?.kind;
    if (!isInfluential({ tier: assessed.tier, watch, verified: author.verified })) continue;
    out.push({
      authorKey: author.key,
      name: author.name,
      platform: author.platform,
      ...(author.handle ? { handle: author.handle } : {}),
      ...(author.followers !== undefined ? { followers: author.followers } : {}),
      verified: author.verified,
      ...(watch ? { watch } : {}),
      ...(assessed.tier && assessed.tier !== 'none' ? { tier: assessed.tier } : {}),
      comments,
      actions: count,
    });
  }
  return out.sort((a, b) => (b.followers ?? -1) - (a.followers ?? -1) || b.actions - a.actions || a.name.localeCompare(b.name));
}

/** The period per network: volume, complaints, negative comments, answers and their median wait. */
function networks(rows: readonly KpiRow[], window: Window): NetworkRow[] {
  const byPlatform = new Map<string, NetworkRow>();
  const platformOf = new Map<string, NetworkRow>();
  for (const t of cohort(rows, window)) {
    let row = byPlatform.get(t.platform);
    if (!row) {
      row = { platform: t.platform, comments: 0, complaints: 0, negative: 0, answered: 0, medianResponseMs: null };
      byPlatform.set(t.platform, row);
    }
    row.comments += 1;
    if (t.labels.includes('complaint')) row.complaints += 1;
    if (t.sentiment === 'negative') row.negative += 1;
    platformOf.set(t.commentId, row);
  }
  const waits = new Map<NetworkRow, number[]>();
  for (const d of firstResponseTimes(rows, window)) {
    const row = platformOf.get(d.commentId);
    if (!row) continue;
    const list = waits.get(row) ?? [];
    list.push(d.ms);
    waits.set(row, list);
  }
  for (const [row, ms] of waits) {
    const stats = durationStats(ms.map((value) => ({ commentId: '', ms: value })));
    row.answered = stats.count;
    row.medianResponseMs = stats.medianMs;
  }
  return [...byPlatform.values()].sort((a, b) => b.comments - a.comments || PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform));
}

/**
 * The comments `samples` may quote, for a loader to read only those: the ones sighted in the period
 * (by the date on their `seen` row, as the report dates them) that bear a complaint or praise label
 * on their sighting or a correction. A superset of what is quoted; none when no sample is asked for.
 */
export function quotableComments(rows: readonly KpiRow[], bounds: Pick<PeriodBounds, 'start' | 'end'>, count = 3): Set<string> {
  const quotable = new Set<string>();
  if (count <= 0) return quotable;
  const inPeriod = new Set<string>();
  const labelled = new Set<string>();
  for (const r of rows) {
    if (r.kind === 'seen') {
      const date = r.writtenAt !== undefined && r.writtenAt < r.at ? r.writtenAt : r.at;
      if (date >= bounds.start && date < bounds.end) inPeriod.add(r.commentId);
    }
    // The two labels `samples` quotes for.
    if (r.labels && (r.labels.includes('complaint') || r.labels.includes('praise'))) labelled.add(r.commentId);
  }
  for (const id of labelled) if (inPeriod.has(id)) quotable.add(id);
  return quotable;
}

/** Longest text quoted from a comment; the rest is cut at a word with "…". */
const SAMPLE_CHARS = 280;

/**
 * A few of the period's comments a client can read: complaints and praise (corrected labels win),
 * most liked first, then the latest; comments with no text (a sticker, a photo) are skipped.
 */
function samples(
  rows: readonly KpiRow[],
  window: Window,
  comments: ReadonlyMap<string, ReportComment> | undefined,
  count: number,
): Report['samples'] {
  const complaints: SampleComment[] = [];
  const praise: SampleComment[] = [];
  if (!comments || count <= 0) return { complaints, praise };
  for (const t of cohort(rows, window)) {
    const comment = comments.get(t.commentId);
    const text = comment?.text.trim();
    const date = commentDate(t, window);
    if (!comment || !text || !date) continue;
    const sample: SampleComment = { commentId: t.commentId, platform: t.platform, text: quote(text), date, ...(comment.likes !== undefined ? { likes: comment.likes } : {}) };
    if (t.labels.includes('complaint')) complaints.push(sample);
    else if (t.labels.includes('praise')) praise.push(sample);
  }
  const order = (a: SampleComment, b: SampleComment) => (b.likes ?? 0) - (a.likes ?? 0) || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
  return { complaints: complaints.sort(order).slice(0, count), praise: praise.sort(order).slice(0, count) };
}

function quote(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  // Never half an emoji: a cut between a surrogate pair drops the lone half.
  const cut = text.slice(0, SAMPLE_CHARS).replace(/[\uD800-\uDBFF]$/u, '');
  const space = cut.lastIndexOf(' ');
  return `${(space > SAMPLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
