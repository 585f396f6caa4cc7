import type { Comment } from '../schema/comment';
import type { CommentStatusSummary } from '../db/interactions';
import { isInfluential } from '../triage/influence';

/** What the panel needs from triage for one comment (lib/panel/triage-comments.ts builds it). */
export interface TriageView {
  labels: readonly string[];
  sentiment: 'negative' | 'neutral' | 'positive';
  language: 'fr' | 'en' | 'other';
  /**
   * Why each label fired: the rule (lib/triage's id, for lib/panel/explain.ts to say it in the UI
   * language) and the data it carries, the words matched and the English detail as a fallback.
   */
  reasons: readonly {
    rule?: string;
    label?: string;
    polarity?: string;
    confidence?: number;
    /** Links, @mentions or hashtags counted, for the rules that count them. */
    count?: number;
    /** A brand correction's term and the labels it adds and removes. */
    correction?: { term: string; addLabels: readonly string[]; removeLabels: readonly string[] };
    detail: string;
    match: string;
  }[];
  /** Competitor names mentioned in the text. */
  competitors: readonly string[];
  influence: {
    tier?: string;
    /** Watchlist kind when the author is on the brand's watchlist. */
    watch?: string;
    /** The author is one of a competitor's accounts. */
    competitorAccount?: string;
  };
  /** Each part's key and parameters let the panel say it in the UI language; `factor` is the English fallback. */
  priority: { score: number; parts: readonly { key?: string; factor: string; points: number; params?: Record<string, string | number> }[] };
  /**
   * Not final yet: `unclassified` (no labels, ranked on its author, age and likes alone) or `rules`
   * (the rules' reading, before the learned model). Absent once final.
   */
  provisional?: 'unclassified' | 'rules';
}

export interface QueueItem {
  comment: Comment;
  triage: TriageView;
  /** From the log: answered, escalated… Absent for a comment never logged. */
  status?: CommentStatusSummary;
  /** The brand's own account already replied under this comment on the page. */
  answeredOnPage: boolean;
  /** The brand's own replies under this comment read on the page, to show as its answers. */
  brandReplies?: readonly Comment[];
}

export const QUEUE_FILTERS = [
  'all',
  'unanswered',
  'complaint',
  'question',
  'lead',
  'influencer',
  'toxic',
  'spam',
  'competitor',
  'praise',
  'done',
] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

/**
 * Handled: answered (the brand's reply read on the page, or marked answered), resolved, ignored.
 * An inserted draft (`drafted`) and an escalation still wait: nothing public has been said yet.
 */
export function isHandled(item: QueueItem): boolean {
  if (item.comment.isOwnBrand) return true;
  if (item.answeredOnPage) return true;
  const status = item.status?.status;
  return status === 'replied' || status === 'resolved' || status === 'ignored';
}

/**
 * The brand's own comments are its answers, not comments to handle: they appear under "all" only
 * and count in no other chip (no complaint, question, influencer… however they are worded).
 */
export function matchesFilter(item: QueueItem, filter: QueueFilter): boolean {
  if (item.comment.isOwnBrand) return filter === 'all';
  switch (filter) {
    case 'all':
      return true;
    case 'unanswered':
      return !isHandled(item);
    case 'done':
      return isHandled(item);
    case 'influencer':
      return isInfluential({ ...item.triage.influence, verified: item.comment.author.verified });
    case 'competitor':
      return item.triage.competitors.length > 0 || Boolean(item.triage.influence.competitorAccount);
    default:
      return item.triage.labels.includes(filter);
  }
}

/** The chips a label of the same name stands for (`matchesFilter`'s default case). */
const LABEL_FILTERS: ReadonlySet<string> = new Set(QUEUE_FILTERS.filter((f) => !['all', 'unanswered', 'done', 'influencer', 'competitor'].includes(f)));

/**
 * How many items each chip shows: `matchesFilter` counted for every filter, in one pass over the
 * queue (the first render counts 2,000 comments; eleven tests each were a tenth of its work).
 */
export function filterCounts(items: readonly QueueItem[]): Record<QueueFilter, number> {
  const counts = Object.fromEntries(QUEUE_FILTERS.map((f) => [f, 0])) as Record<QueueFilter, number>;
  for (const item of items) {
    counts.all += 1;
    if (item.comment.isOwnBrand) continue;
    counts[isHandled(item) ? 'done' : 'unanswered'] += 1;
    const { labels, influence, competitors } = item.triage;
    if (isInfluential({ tier: influence.tier, watch: influence.watch, verified: item.comment.author.verified })) counts.influencer += 1;
    if (competitors.length > 0 || influence.competitorAccount) counts.competitor += 1;
    // Each label once, as `includes` counts it, however often it is listed.
    labels.forEach((label, index) => {
      if (LABEL_FILTERS.has(label) && labels.indexOf(label) === index) counts[label as QueueFilter] += 1;
    });
  }
  return counts;
}

/**
 * The triage queue: what still needs an answer first, by priority; then the oldest first (it has
 * waited longest); handled comments and the brand's own replies sink to the bottom.
 */
export function orderQueue(items: readonly QueueItem[]): QueueItem[] {
  // Each date parsed once, not at every comparison: a 2,000-comment queue is sorted on first render.
  const time = (c: Comment) => (c.createdAt ? Date.parse(c.createdAt) : Number.POSITIVE_INFINITY);
  return items
    .map((item, index) => ({ item, index, handled: Number(isHandled(item)), score: item.triage.priority.score, time: time(item.comment) }))
    .sort((a, b) => a.handled - b.handled || b.score - a.score || a.time - b.time || a.index - b.index)
    .map((entry) => entry.item);
}

/** The brand's own replies on the page, by the id of the comment each answers. */
export function brandRepliesByParent(comments: Iterable<Comment>): Map<string, Comment[]> {
  const byParent = new Map<string, Comment[]>();
  for (const comment of comments) {
    if (!comment.isOwnBrand || !comment.parentId) continue;
    const list = byParent.get(comment.parentId);
    if (list) list.push(comment);
    else byParent.set(comment.parentId, [comment]);
  }
  return byParent;
}

/** Ids of comments under which the brand's own account has replied on the page. */
export function answeredOnPageIds(comments: Iterable<Comment>): Set<string> {
  const answered = new Set<string>();
  for (const comment of comments) if (comment.isOwnBrand && comment.parentId) answered.add(comment.parentId);
  return answered;
}

/** The bad-buzz state of the page's post, for the panel's banner. */
export interface BuzzView {
  level: 'none' | 'watch' | 'alert' | 'crisis';
  /** What was compared, in words ("12 negative of 20 in the last hour vs 10% before"). */
  explanation: string;
  /** The comments behind the alert. */
  commentIds: readonly string[];
}
