import type { MessageOf } from '@/lib/messaging/protocol';
import { recordSeen } from '@/lib/db/seen';
import { recordPageAnswers, type PageComment } from '@/lib/db/answers';
import { watchedAccount } from '@/lib/audience/accounts';
import { classify } from '@/lib/triage';
import { splitCompetitorThreads } from '@/lib/audience/threads';
import { aggregateCompetitorThreads } from './audience';
import { activeContext } from './db';

/**
 * Logs the comments a page reports, once each, under the active brand, with the triage snapshot
 * the reports need. Runs in the background so the log is complete even while the panel is closed.
 * Before the first brand exists there is nothing to log under. Comments under a competitor's post
 * are not logged: they only feed that thread's counts (no personal data about its commenters).
 * The brand's own replies on the page (marked by the site, or written by one of its accounts) then
 * answer the comments they reply to: that, not an inserted draft, is what counts as a reply.
 */
export async function logReportedComments(message: MessageOf<'page/comments'>): Promise<void> {
  if (message.comments.length === 0) return;
  const { db, brand } = await activeContext();
  if (!brand) return;
  const now = new Date();
  const { logged, competitorThreads } = splitCompetitorThreads(brand, message.comments, message.postAuthors);
  await aggregateCompetitorThreads(db, brand, competitorThreads, now);
  if (logged.length === 0) return;
  const seen = logged.map((comment) => {
    const result = classify(comment, { brand });
    return { ...comment, labels: result.labels, sentiment: result.sentiment.value };
  });
  await recordSeen(db, brand.id, seen, now);
  const isOwn = (comment: PageComment): boolean =>
    comment.isOwnBrand === true || (comment.author.handle !== undefined && watchedAccount(brand, comment.platform, comment.author.handle)?.relation === 'own');
  await recordPageAnswers(db, brand.id, logged, now, isOwn);
}
