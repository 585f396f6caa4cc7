import type { z } from 'zod';
import type { ReportAudience } from '../audience/report';
import type { AuthorRow } from '../schema/author';
import type { Brand, WatchKindSchema } from '../schema/brand';
import type { KpiRow } from '../schema/interaction';
import type { Language, Platform } from '../schema/platform';
import type { Settings } from '../schema/settings';
import type { Template } from '../schema/template';
import type { DurationStats, SlaResult, Volumes } from '../kpi';
import type { InfluenceTier } from '../triage/config';

export type ReportPeriod = 'week' | 'month';

export interface ReportOptions {
  brandId: string;
  period: ReportPeriod;
  /** First day of the period: a local `YYYY-MM-DD`, or any ISO instant (its local day is used). */
  start: string;
  /** Current time (ISO). SLA and overdue figures are evaluated at this instant. */
  now: string;
  language: Language;
  /** IANA zone that defines "days"; default UTC. The UI passes the browser's zone. */
  timeZone?: string;
  /** How many templates to list. Default 5. */
  topTemplates?: number;
  /** How many influencers to list (the most followed first). Default 20. */
  topInfluencers?: number;
  /** How many sample comments of each kind (complaints, praise) to quote. Default 3. */
  samples?: number;
  /** Overrides Settings.slaMinutes. */
  slaMinutes?: number;
}

/** Everything a report is computed from; `loadReportData` reads it from the database. */
export interface ReportData {
  /** Log rows; rows of other brands are ignored. */
  interactions: readonly KpiRow[];
  authors?: readonly ReportAuthor[];
  templates?: readonly Template[];
  brand?: Brand;
  settings?: Settings;
  /** What the page showed of the logged comments, by id: dates comments and gives the samples. */
  comments?: ReadonlyMap<string, ReportComment>;
}

/** What a report reads of an author row: who they are, their reach and the watchlist. */
export type ReportAuthor = Pick<AuthorRow, 'key' | 'platform' | 'name' | 'handle' | 'profileUrl' | 'verified' | 'followers' | 'watch'>;

/** The little a report needs of a logged comment besides its log rows. */
export interface ReportComment {
  /** When the page says it was written (UTC ISO), when it said: for data made in memory; from the database it comes on the `seen` log row. */
  writtenAt?: string;
  text: string;
  likes?: number;
}

export interface PeriodStats {
  /** ISO instants, end exclusive. */
  start: string;
  end: string;
  /** Local days, inclusive. */
  firstDay: string;
  lastDay: string;
  /** Comments written in the period (the date the page states, else first seen), and their breakdowns. */
  volumes: Volumes;
  /** Share of the period's comments labelled `complaint`; null with no comments. */
  complaintShare: number | null;
  responseTime: DurationStats;
  resolutionTime: DurationStats;
  sla: SlaResult;
  /** Answers in the period (`replied`: the brand's reply read on the page, or marked answered); inserted drafts are not. */
  replies: number;
  /** Escalation actions in the period. */
  escalations: number;
}

export interface DailyPoint {
  /** Local day, `YYYY-MM-DD`. */
  date: string;
  comments: number;
  complaints: number;
  negative: number;
  neutral: number;
  positive: number;
  unknown: number;
}

export interface TemplateRank {
  templateId: string;
  /** Missing when the template was deleted since. */
  title?: string;
  uses: number;
}

export interface EngagedInfluencer {
  authorKey: string;
  name: string;
  platform: Platform;
  handle?: string;
  followers?: number;
  verified: boolean;
  /** From the author row or a brand watchlist entry. */
  watch?: z.infer<typeof WatchKindSchema>;
  /** Follower tier above `none`, by the settings' tiers (the panel's). */
  tier?: InfluenceTier;
  /** Their comments written in the period. */
  comments: number;
  /** Replies, copies, escalations and resolutions on their comments in the period. */
  actions: number;
}

/** One network's share of the period. */
export interface NetworkRow {
  platform: Platform;
  /** Comments written in the period on this network. */
  comments: number;
  complaints: number;
  negative: number;
  /** Comments answered, and the median time to the answer from the sighting (null when none). */
  answered: number;
  medianResponseMs: number | null;
}

/** A comment quoted in the report, as its author wrote it (render it as text). */
export interface SampleComment {
  commentId: string;
  platform: Platform;
  text: string;
  /** The date it counts under: stated by the page, else first seen. */
  date: string;
  likes?: number;
}

export interface DepartmentRow {
  department: string;
  /** From Settings.departments; the id when the department was removed since. */
  name: string;
  escalations: number;
  comments: number;
}

/** Change from the previous period: null when either side has no data. */
export interface ReportChanges {
  /** Relative change in comment volume (0.25 = +25 %). */
  comments: number | null;
  /** Difference in complaint share, in points of share (0.05 = +5 points). */
  complaintShare: number | null;
  medianResponseMs: number | null;
  p90ResponseMs: number | null;
  /** Difference in SLA share. */
  slaShare: number | null;
  escalations: number;
}

/** A weekly or monthly report: plain, JSON-serialisable data for the options page to render. */
export interface Report {
  kind: 'riposte-report';
  version: 1;
  brandId: string;
  brandName?: string;
  period: ReportPeriod;
  language: Language;
  timeZone: string;
  generatedAt: string;
  /** The period is not over at `now`: figures cover it up to `now`. */
  partial: boolean;
  /** "Rapport hebdomadaire · 2 – 8 mars 2026" / "Weekly report · 2 – 8 March 2026". */
  title: string;
  slaMinutes: number;
  current: PeriodStats;
  previous: PeriodStats;
  changes: ReportChanges;
  /** One point per local day of the period, zeros included (for charts). */
  daily: DailyPoint[];
  topTemplates: TemplateRank[];
  /** The most followed influencers of the period (`topInfluencers`)… */
  influencers: EngagedInfluencer[];
  /** …out of this many. */
  influencerCount: number;
  /** Networks with comments in the period, most comments first. */
  networks: NetworkRow[];
  /** A few comments a client can read: the most liked complaints and praise of the period. */
  samples: { complaints: SampleComment[]; praise: SampleComment[] };
  escalations: DepartmentRow[];
  /** Comments unanswered beyond the SLA at `now`, among those seen in the period. */
  overdue: number;
  /** Follower changes and competitor thread health in the period, when the database has any. */
  audience?: ReportAudience;
}
