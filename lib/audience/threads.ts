import type { Brand } from '../schema/brand';
import type { Comment } from '../schema/comment';
import type { Platform } from '../schema/platform';
import { postAuthorHandle, watchedAccount } from './accounts';

/** The comments a page reported under one competitor post. */
export interface CompetitorThread {
  platform: Platform;
  postUrl: string;
  handle: string;
  competitor: string;
  comments: Comment[];
}

/**
 * Splits a page report: comments under a competitor's post go to aggregation only (no commenter's
 * name or text is logged), everything else is logged as usual.
 */
export function splitCompetitorThreads(
  brand: Brand,
  comments: readonly Comment[],
  /** Post URL → author handle, as the page showed it (needed where the URL does not say). */
  postAuthors: Readonly<Record<string, string>> = {},
): { logged: Comment[]; competitorThreads: CompetitorThread[] } {
  const logged: Comment[] = [];
  const threads = new Map<string, CompetitorThread>();
  for (const comment of comments) {
    const handle = postAuthorHandle(comment.platform, comment.postUrl) ?? postAuthors[comment.postUrl];
    const watched = handle ? watchedAccount(brand, comment.platform, handle) : undefined;
    if (!handle || watched?.relation !== 'competitor' || !watched.competitor) {
      logged.push(comment);
      continue;
    }
    const key = `${comment.platform}|${comment.postUrl}`;
    const thread = threads.get(key) ?? { platform: comment.platform, postUrl: comment.postUrl, handle, competitor: watched.competitor, comments: [] };
    thread.comments.push(comment);
    threads.set(key, thread);
  }
  return { logged, competitorThreads: [...threads.values()] };
}
