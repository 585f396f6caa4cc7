import { statusAfter, type CommentStatus, type KpiRow, type Sentiment } from '../schema/interaction';
import type { Platform } from '../schema/platform';

/** One comment's story, folded from its log rows. */
export interface CommentTimeline {
  commentId: string;
  brandId: string;
  platform: Platform;
  authorKey: string;
  /** First `seen` row; undefined when the log holds actions but not the sighting (purged, or outside the rows given). */
  seenAt?: string;
  /** First real answer: the brand's reply read on the page, or marked answered. Never an inserted draft. */
  firstRepliedAt?: string;
  firstResolvedAt?: string;
  /** Status after the last status-changing action (`statusAfter`). */
  status: CommentStatus;
  /** Closed (ignored or resolved) before any reply: it needed no public answer. */
  closedWithoutReply: boolean;
  /**
   * The brand's reply is dated (by the page) well before Riposte first saw the comment: it was
   * answered before Riposte could time the wait, so it has no response time (not a zero one).
   */
  answeredBeforeSeen: boolean;
  /** Latest correction, else the snapshot taken when seen. */
  labels: string[];
  sentiment?: Sentiment;
}

/**
 * How far before the sighting a reply may be dated and still count as a (zero) wait: two contexts'
 * clocks, or a page's coarse "1 min" date. Earlier than that, the reply was already there.
 */
const CLOCK_SKEW_MS = 60_000;

const byTimeSeenFirst = (a: KpiRow, b: KpiRow) => (a.at < b.at ? -1 : a.at > b.at ? 1 : Number(b.kind === 'seen') - Number(a.kind === 'seen'));

/** Time orders already made of frozen arrays of rows, kept weakly (gone with the array). */
const ordered = new WeakMap<readonly KpiRow[], readonly KpiRow[]>();

/**
 * The rows oldest first, a `seen` row before the other rows of its millisecond, the rest of a
 * millisecond in the order given (a stable sort). Of a frozen array the order is made once, for
 * the fold and for a report's other passes in time order.
 */
export function inTimeOrder(rows: readonly KpiRow[]): readonly KpiRow[] {
  if (!Object.isFrozen(rows)) return [...rows].sort(byTimeSeenFirst);
  let sorted = ordered.get(rows);
  if (!sorted) {
    sorted = Object.freeze([...rows].sort(byTimeSeenFirst));
    ordered.set(rows, sorted);
  }
  return sorted;
}

/** Fold log rows (any order, any mix of comments) into one timeline per comment. */
export function buildTimelines(rows: readonly KpiRow[]): Map<string, CommentTimeline> {
  const sorted = inTimeOrder(rows);
  const timelines = new Map<string, CommentTimeline>();
  // Each comment's first answer as it stood before its latest `replied` row, for a reopen that takes that answer back.
  const answerBefore = new Map<string, string | undefined>();
  for (const row of sorted) {
    let t = timelines.get(row.commentId);
    if (!t) {
      t = {
        commentId: row.commentId,
        brandId: row.brandId,
        platform: row.platform,
        authorKey: row.authorKey,
        status: 'new',
        closedWithoutReply: false,
        answeredBeforeSeen: false,
        labels: [],
      };
      timelines.set(row.commentId, t);
    }
    switch (row.kind) {
      case 'seen':
        t.seenAt ??= row.at;
        // A correction made earlier must not be overwritten by a (duplicate) later sighting.
        if (!t.sentiment && t.labels.length === 0) {
          t.labels = row.labels ?? [];
          t.sentiment = row.sentiment;
        }
        break;
      case 'corrected':
        if (row.labels) t.labels = row.labels;
        if (row.sentiment) t.sentiment = row.sentiment;
        break;
      case 'replied':
        answerBefore.set(row.commentId, t.firstRepliedAt);
        t.firstRepliedAt ??= row.at;
        break;
      case 'resolved':
        t.firstResolvedAt ??= row.at;
        if (!t.firstRepliedAt) t.closedWithoutReply = true;
        break;
      case 'ignored':
        if (!t.firstRepliedAt) t.closedWithoutReply = true;
        break;
      case 'reopened':
        t.closedWithoutReply = false;
        // Reopening an answered comment takes the answer back ("Annuler" after marking it answered):
        // it was not one, so it has no response time.
        if (t.status === 'replied') t.firstRepliedAt = answerBefore.get(row.commentId);
        break;
      default:
        break;
    }
    t.status = statusAfter(t.status, row.kind);
  }
  for (const t of timelines.values()) {
    t.answeredBeforeSeen = Boolean(t.seenAt && t.firstRepliedAt && Date.parse(t.seenAt) - Date.parse(t.firstRepliedAt) > CLOCK_SKEW_MS);
  }
  return timelines;
}

/** Half-open time window [from, to) on ISO UTC strings; either end may be open. */
export interface Window {
  from?: string;
  to?: string;
  /**
   * When each comment was written, as its page states it (UTC ISO, by comment id). A comment listed
   * here belongs to the window by that date instead of its first sighting: a thread read a week
   * late is counted in the week it was written. Waits are still measured from the sighting.
   */
  writtenAt?: ReadonlyMap<string, string>;
}

/**
 * The date a comment counts under: the date its page states, else when Riposte first saw it. A
 * stated date after the sighting is not believed (a page's clock or a misread "1 h").
 */
export function commentDate(t: Pick<CommentTimeline, 'commentId' | 'seenAt'>, window: Pick<Window, 'writtenAt'> = {}): string | undefined {
  const written = window.writtenAt?.get(t.commentId);
  if (written === undefined || t.seenAt === undefined) return t.seenAt;
  return written < t.seenAt ? written : t.seenAt;
}

export function inWindow(at: string | undefined, window: Window): at is string {
  if (at === undefined) return false;
  if (window.from !== undefined && at < window.from) return false;
  if (window.to !== undefined && at >= window.to) return false;
  return true;
}

/**
 * Timelines already folded from a frozen array of rows. A report asks a dozen KPIs of the same
 * rows, and each KPI's cohort would sort and fold them again (12 folds of 110,000 rows for a
 * monthly report): a frozen array cannot change, so its fold is kept (weakly, gone with the array)
 * and shared, its timelines frozen too so that no caller can alter another's.
 */
const folded = new WeakMap<readonly KpiRow[], Map<string, CommentTimeline>>();

function timelinesOf(rows: readonly KpiRow[]): Map<string, CommentTimeline> {
  if (!Object.isFrozen(rows)) return buildTimelines(rows);
  let timelines = folded.get(rows);
  if (!timelines) {
    timelines = buildTimelines(rows);
    for (const t of timelines.values()) Object.freeze(t);
    folded.set(rows, timelines);
  }
  return timelines;
}

/**
 * Timelines of the comments written (`commentDate`) within the window: the cohort a period's KPIs
 * describe. Only comments Riposte saw count. Pass a frozen array (`Object.freeze`) to fold the
 * rows once for several KPIs.
 */
export function cohort(rows: readonly KpiRow[], window: Window = {}): CommentTimeline[] {
  const out: CommentTimeline[] = [];
  for (const t of timelinesOf(rows).values()) if (t.seenAt !== undefined && inWindow(commentDate(t, window), window)) out.push(t);
  return out;
}
