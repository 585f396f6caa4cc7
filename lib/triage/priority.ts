/**
 * One explained score per comment, to order the panel's queue: what the comment says
 * (complaint, toxic, question, lead…), who wrote it (tier, verified, watchlist), how long it has
 * waited for an answer, and whether its post is in a bad buzz. Every point is itemised.
 */
import type { Classification } from '@/lib/schema/classification';
import type { Comment } from '@/lib/schema/comment';
import { DEFAULT_WEIGHTS, type BuzzLevel, type PriorityWeights } from './config';
import { isNegative } from './buzz';
import type { AuthorAssessment } from './influence';

export interface PriorityContext {
  /** Current time (epoch ms); passed in so the score is reproducible. */
  now: number;
  /** The brand already replied to this comment. */
  answered?: boolean;
  /** Bad-buzz level of the comment's post (or brand) from `detectBuzz`. */
  buzz?: BuzzLevel;
}

export interface PriorityPart {
  key: string;
  points: number;
  /** Short explanation for the panel ("Complaint", "Waiting 5 h", "Journalist on your watchlist"). */
  detail: string;
  /** What the explanation names (hours waited, competitor, tier…), for the panel to say it in the UI language. */
  params?: Record<string, string | number>;
}

export interface Priority {
  score: number;
  /** Contributions, largest first. They add up to `score`. */
  parts: PriorityPart[];
}

const HOUR = 3_600_000;
const round = (x: number) => Math.round(x * 10) / 10;

/** Labels whose comments wait for a reply from the brand. */
const NEEDS_REPLY = new Set(['complaint', 'question', 'lead']);

export function prioritise(
  comment: Pick<Comment, 'createdAt' | 'likes' | 'isOwnBrand'>,
  classification: Pick<Classification, 'labels' | 'sentiment' | 'competitors'>,
  author: AuthorAssessment | null,
  context: PriorityContext,
  weights: PriorityWeights = DEFAULT_WEIGHTS,
): Priority {
  if (comment.isOwnBrand) return { score: 0, parts: [{ key: 'own', points: 0, detail: 'Posted by the brand' }] };
  const parts: PriorityPart[] = [];
  const add = (key: string, points: number, detail: string, params?: Record<string, string | number>) => {
    if (points !== 0) parts.push({ key, points: round(points), detail, ...(params ? { params } : {}) });
  };
  const labels = new Set<string>(classification.labels);

  if (labels.has('complaint')) add('complaint', weights.complaint, 'Complaint');
  if (labels.has('toxic')) add('toxic', weights.toxic, 'Toxic: to moderate');
  if (labels.has('question')) add('question', weights.question, 'Question');
  if (labels.has('lead')) add('lead', weights.lead, 'Sales lead');
  if (labels.has('praise')) add('praise', weights.praise, 'Praise');
  if (labels.has('spam')) add('spam', weights.spam, 'Spam');
  if (classification.sentiment.score < 0) {
    add('negativity', weights.negativity * -classification.sentiment.score, `Negative tone (${classification.sentiment.score.toFixed(2)})`, {
      score: Math.round(classification.sentiment.score * 100) / 100,
    });
  }
  if (classification.competitors.length > 0) add('competitor-mention', weights.competitorMention, `Mentions ${classification.competitors.join(', ')}`, {
    names: classification.competitors.join(', '),
  });

  if (author) {
    if (author.tier !== null) add('tier', weights.tier[author.tier], author.reasons.find((r) => r.includes('influencer')) ?? `Tier ${author.tier}`, { tier: author.tier });
    if (author.verified) add('verified', weights.verified, 'Verified account');
    if (author.watch) add('watchlist', weights.watchlist[author.watch.kind], `${author.watch.kind} on your watchlist`, { kind: author.watch.kind });
    if (author.competitor) add('competitor-account', weights.competitorAccount, `Account of ${author.competitor}`, { name: author.competitor });
  }

  const needsReply = classification.labels.some((l) => NEEDS_REPLY.has(l));
  if (!context.answered && needsReply && comment.createdAt) {
    const hours = Math.max(0, (context.now - Date.parse(comment.createdAt)) / HOUR);
    add('waiting', Math.min(weights.ageMax, weights.agePerHour * hours), `Waiting ${hours < 1 ? `${Math.round(hours * 60)} min` : `${Math.round(hours)} h`} for a reply`, {
      ...(hours < 1 ? { minutes: Math.round(hours * 60) } : { hours: Math.round(hours) }),
    });
  }
  if (comment.likes) add('likes', weights.likes * Math.log2(1 + comment.likes), `${comment.likes} like(s): visible`, { count: comment.likes });

  const buzz = context.buzz ?? 'none';
  if (buzz !== 'none') {
    // A negative comment in a bad buzz is part of it; any other comment there is still watched.
    add('buzz', weights.buzz[buzz] * (isNegative(classification) ? 1 : 0.25), `Post in bad buzz (${buzz})`, { level: buzz });
  }

  let score = parts.reduce((sum, p) => sum + p.points, 0);
  if (context.answered && score > 0) {
    const cut = round(score * (1 - weights.answeredFactor));
    parts.push({ key: 'answered', points: -cut, detail: 'Already answered' });
    score -= cut;
  }
  parts.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return { score: round(score), parts };
}
