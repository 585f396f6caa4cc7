import type { Comment } from '../schema/comment';
import type { PageHealth } from '../schema/page';
import type { SiteAdapter } from './types';

/**
 * Drift report for a page: "no comments" must never be said of a page whose comments we merely
 * failed to read. A page plainly has a thread when loose, structural signals (reply buttons, nested
 * articles, comment links) are there; if nothing was read from it, the layout changed.
 */
export function assessPageHealth(
  adapter: SiteAdapter,
  root: ParentNode,
  url: string,
  comments: readonly Comment[],
  unreadable: number,
  now: number = Date.now(),
): PageHealth {
  const base = { platform: adapter.platform, url, commentCount: comments.length, unreadable, checkedAt: new Date(now).toISOString() };
  if (comments.length > 0) {
    return {
      ...base,
      status: 'ok',
      detail: unreadable > 0 ? `${unreadable} comment container(s) could not be read: the ${adapter.platform} layout may have changed.` : undefined,
    };
  }
  const signals = adapter.threadSignals(root);
  if (unreadable > 0 || signals.containers > 0 || signals.replyButtons > 0) {
    const evidence = [
      unreadable > 0 ? `${unreadable} comment container(s) without the expected hooks` : '',
      signals.replyButtons > 0 ? `${signals.replyButtons} reply button(s)` : '',
      signals.containers > 0 ? `${signals.containers} comment-like element(s)` : '',
    ].filter(Boolean);
    return {
      ...base,
      status: 'layout-not-recognised',
      detail: `The page shows ${evidence.join(', ')}, but no comment could be read: the ${adapter.platform} layout has probably changed.`,
    };
  }
  return { ...base, status: 'no-comments' };
}
