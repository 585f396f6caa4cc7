/**
 * Bad-buzz detection: for each post, and for the brand across posts, compare the negative
 * comments of a recent window with the baseline window just before it — both the rate (negatives
 * per hour) and the share (negatives over all comments). Pure: the caller passes `now`, so the same
 * events always give the same report, and a tracker can feed it incrementally.
 */
import type { Classification } from '@/lib/schema/classification';
import type { Comment } from '@/lib/schema/comment';
import { DEFAULT_BUZZ_THRESHOLDS, type BuzzLevel, type BuzzThresholds } from './config';

export interface BuzzEvent {
  /** Comment id, reported back so the panel can list the comments behind an alert. */
  id: string;
  postUrl: string;
  /** When the comment was posted (epoch milliseconds). */
  at: number;
  /** The classifier found it negative (a complaint, toxic, or negative sentiment). */
  negative: boolean;
}

export interface BuzzWindow {
  from: number;
  to: number;
  comments: number;
  negatives: number;
  /** negatives / comments, 0 when empty. */
  share: number;
  negativesPerHour: number;
}

export interface BuzzAssessment {
  scope: 'post' | 'brand';
  /** Set for `post` scope. */
  postUrl?: string;
  level: BuzzLevel;
  recent: BuzzWindow;
  baseline: BuzzWindow;
  /** Recent negative rate over the (floored) baseline rate. */
  rateRatio: number;
  /** Recent negative share minus the (smoothed) baseline share, -1 … 1. */
  shareRise: number;
  /** Ids of the negative comments in the recent window, newest first. */
  commentIds: string[];
  /** What was compared, in words, for the panel. */
  explanation: string;
}

export interface BuzzReport {
  brand: BuzzAssessment;
  /** One entry per post that has comments in either window, most worrying first. */
  posts: BuzzAssessment[];
}

export interface BuzzOptions {
  /** The current time (epoch ms). Never read from the clock inside: keeps this pure and testable. */
  now: number;
  thresholds?: Partial<BuzzThresholds>;
}

const HOUR = 3_600_000;
const LEVEL_RANK: Record<BuzzLevel, number> = { none: 0, watch: 1, alert: 2, crisis: 3 };

const fmtRate = (r: number) => (r >= 10 ? r.toFixed(0) : r.toFixed(1));
const fmtPct = (x: number) => `${Math.round(x * 100)}%`;
const fmtMinutes = (m: number) => (m % 60 === 0 ? `${m / 60} h` : `${m} min`);

function windowOf(from: number, to: number): BuzzWindow {
  return { from, to, comments: 0, negatives: 0, share: 0, negativesPerHour: 0 };
}

function finish(w: BuzzWindow): void {
  w.share = w.comments > 0 ? w.negatives / w.comments : 0;
  w.negativesPerHour = w.negatives / ((w.to - w.from) / HOUR);
}

function assess(scope: 'post' | 'brand', postUrl: string | undefined, events: readonly BuzzEvent[], now: number, t: BuzzThresholds): BuzzAssessment {
  const recentFrom = now - t.recentMinutes * 60_000;
  const baselineFrom = recentFrom - t.baselineMinutes * 60_000;
  const recent = windowOf(recentFrom, now);
  const baseline = windowOf(baselineFrom, recentFrom);
  const negatives: BuzzEvent[] = [];
  for (const e of events) {
    if (e.at > now || e.at < baselineFrom) continue;
    const w = e.at >= recentFrom ? recent : baseline;
    w.comments++;
    if (e.negative) {
      w.negatives++;
      if (w === recent) negatives.push(e);
    }
  }
  finish(recent);
  finish(baseline);
  const rateRatio = recent.negativesPerHour / Math.max(baseline.negativesPerHour, t.baselineFloorPerHour);
  // Laplace smoothing: an empty baseline counts as "one in two", not as 0 %.
  const baselineShare = (baseline.negatives + 1) / (baseline.comments + 2);
  const shareRise = recent.comments > 0 ? recent.share - baselineShare : 0;

  let level: BuzzLevel = 'none';
  if (recent.negatives >= t.minNegatives) {
    if (rateRatio >= t.crisisRatio && recent.negatives >= t.crisisMinNegatives) level = 'crisis';
    else if (rateRatio >= t.alertRatio || shareRise >= t.alertShareRise) level = 'alert';
    else if (rateRatio >= t.watchRatio || shareRise >= t.watchShareRise) level = 'watch';
  }

  const where = scope === 'post' ? 'this post' : 'all posts';
  const explanation =
    `${recent.negatives} negative of ${recent.comments} comments on ${where} in the last ${fmtMinutes(t.recentMinutes)} ` +
    `(${fmtRate(recent.negativesPerHour)}/h, ${fmtPct(recent.share)}) vs ${baseline.negatives} of ${baseline.comments} ` +
    `in the ${fmtMinutes(t.baselineMinutes)} before (${fmtRate(baseline.negativesPerHour)}/h, ${fmtPct(baseline.share)}): ` +
    `rate ×${rateRatio.toFixed(1)}, share ${shareRise >= 0 ? '+' : ''}${Math.round(shareRise * 100)} pts → ${level}` +
    (level === 'none' && recent.negatives < t.minNegatives ? ` (fewer than ${t.minNegatives} negatives)` : '');

  negatives.sort((a, b) => b.at - a.at);
  return { scope, postUrl, level, recent, baseline, rateRatio, shareRise, commentIds: negatives.map((e) => e.id), explanation };
}

/**
 * Whether a comment counts as negative for the bad-buzz watch and the priority's buzz part: a
 * complaint, a toxic comment, or negative sentiment. The one definition (panel, background, priority).
 */
export function isNegative(classification: Pick<Classification, 'labels' | 'sentiment'>): boolean {
  return classification.sentiment.value === 'negative' || classification.labels.includes('complaint') || classification.labels.includes('toxic');
}

/**
 * The buzz event for a classified comment. `seenAt` (epoch ms, when the extension read it) stands
 * in for sites that show no timestamp. Complaints, toxic and negative comments count as negative.
 */
export function buzzEventOf(
  comment: Pick<Comment, 'id' | 'postUrl' | 'createdAt'>,
  classification: Pick<Classification, 'labels' | 'sentiment'>,
  seenAt: number,
): BuzzEvent {
  const at = comment.createdAt ? Date.parse(comment.createdAt) : Number.NaN;
  return { id: comment.id, postUrl: comment.postUrl, at: Number.isNaN(at) ? seenAt : at, negative: isNegative(classification) };
}

/** Bad-buzz report for the brand (all events) and for each post. */
export function detectBuzz(events: readonly BuzzEvent[], options: BuzzOptions): BuzzReport {
  const t: BuzzThresholds = { ...DEFAULT_BUZZ_THRESHOLDS, ...options.thresholds };
  const byPost = new Map<string, BuzzEvent[]>();
  for (const e of events) {
    let list = byPost.get(e.postUrl);
    if (!list) byPost.set(e.postUrl, (list = []));
    list.push(e);
  }
  const posts = [...byPost].map(([url, list]) => assess('post', url, list, options.now, t));
  posts.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || b.rateRatio - a.rateRatio);
  return { brand: assess('brand', undefined, events, options.now, t), posts };
}
