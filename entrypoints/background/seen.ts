import type { MessageOf } from '@/lib/messaging/protocol';
import { recordSeen } from '@/lib/db/seen';
import { recordPageAnswers, type PageComment } from '@/lib/db/answers';
import { isBrandComment } from '@/lib/audience/own-brand';
import { classify } from '@/lib/triage';
import { splitCompetitorThreads } from '@/lib/audience/threads';
import { aggregateCompetitorThreads } from './audience';
import { activeContext } from './db';
import { loadBundledModel } from '@/lib/triage/model/bundled';

/**
 * Logs the comments a page reports, once each, under the active brand, with the triage snapshot
 * the reports need. Runs in the background so the log is complete even while the panel is closed.
 * Before the first brand exists there is nothing to log under. Comments under a competitor's post
 * are not logged: they only feed that thread's counts (no personal data about its commenters).
 * The brand's own comments and replies (written by one of its accounts: `isBrandComment`) are
 * not comments to handle: they are not logged (so they never wait, late, in the response-time
 * figures), and each answers the comment it replies to — that, not an inserted draft, is a reply.
 */
export async function logReportedComments(message: MessageOf<'page/comments'>): Promise<void> {
  if (message.comments.length === 0) return;
  const { db, brand } = await activeContext();
  if (!brand) return;
  const now = new Date();
  const { logged, competitorThreads } = splitCompetitorThreads(brand, message.comments, message.postAuthors);
  await aggregateCompetitorThreads(db, brand, competitorThreads, now);
  if (logged.length === 0) return;
  // Written by one of the brand's configured accounts, or badged by the site when none is configured there.
  const isOwn = (comment: PageComment): boolean => isBrandComment(brand, comment);
  const seen = logged
    .filter((comment) => !isOwn(comment))
    .map((comment) => {
      const result = classify(comment, { brand, model: loadBundledModel() });
      return { ...comment, labels: result.labels, sentiment: result.sentiment.value };
    });
  if (seen.length > 0) await recordSeen(db, brand.id, seen, now);
  await recordPageAnswers(db, brand.id, logged, now, isOwn);
}
