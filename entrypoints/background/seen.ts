import type { MessageOf } from '@/lib/messaging/protocol';
import { reclassifyBrand, recordSeen, type RecordSeenResult } from '@/lib/db/seen';
import { needsClassification } from '@/lib/triage/engine-version';
import { getBrand } from '@/lib/db/brands';
import type { Brand } from '@/lib/schema/brand';
import { recordPageAnswers, type PageComment } from '@/lib/db/answers';
import { isBrandComment } from '@/lib/audience/own-brand';
import { splitCompetitorThreads } from '@/lib/audience/threads';
import { aggregateCompetitorThreads } from './audience';
import { activeContext } from './db';
import { classifierFor, engineFor, type LogClassifier } from './classification';
import type { RiposteDB } from '@/lib/db/database';
import type { Comment } from '@/lib/schema/comment';
import type { SeenCommentInput } from '@/lib/schema/interaction';

/**
 * Logs the comments a page reports, once each, under the active brand, with the classification
 * the panel, the reports and the export all show. Runs in the background so the log is complete even while the panel is closed.
 * Before the first brand exists there is nothing to log under. Comments under a competitor's post
 * are not logged: they only feed that thread's counts (no personal data about its commenters).
 * The brand's own comments and replies (written by one of its accounts: `isBrandComment`) are
 * not comments to handle: they are not logged (so they never wait, late, in the response-time
 * figures), and each answers the comment it replies to — that, not an inserted draft, is a reply.
 */
/**
 * The comments with the classification to store, made only for those the log does not have under
 * the current engine version and text: a comment seen again, unchanged, is not classified again
 * (its stored classification stays the one every view shows).
 */
export async function withClassifications(db: RiposteDB, classifier: LogClassifier, comments: readonly Comment[]): Promise<SeenCommentInput[]> {
  const stored = await db.comments.bulkGet(comments.map((c) => c.id));
  return comments.map((comment, i) => {
    const row = stored[i];
    if (row && !needsClassification(row, classifier.engine, comment.text)) return comment;
    return { ...comment, triage: classifier.classifyText(comment.text) };
  });
}

/**
 * Logs comments as seen under `brand`, each with its classification (made only where needed). When
 * the brand's version changed while they were being classified (a correction saved meanwhile), they
 * are brought up to date with the rest of its log at once rather than left for their next sighting.
 */
export async function recordClassified(db: RiposteDB, brand: Brand, comments: readonly Comment[], now: Date | string): Promise<RecordSeenResult> {
  const classifier = await classifierFor(brand);
  const result = await recordSeen(db, brand.id, await withClassifications(db, classifier, comments), now);
  const current = await getBrand(db, brand.id);
  if (current && (await engineFor(current)) !== classifier.engine) {
    const latest = await classifierFor(current);
    await reclassifyBrand(db, brand.id, latest.engine, latest.classifyText);
  }
  return result;
}

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
  const seen = logged.filter((comment) => !isOwn(comment));
  if (seen.length > 0) await recordClassified(db, brand, seen, now);
  await recordPageAnswers(db, brand.id, logged, now, isOwn);
}
