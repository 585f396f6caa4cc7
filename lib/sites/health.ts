import type { Comment, UnreadField } from '../schema/comment';
import type { PageHealth } from '../schema/page';
import type { SiteAdapter } from './types';
import { unreadSummary } from './unread';

const FIELD_NAMES: Record<string, string> = {
  author: 'author',
  profile: 'author link',
  text: 'text',
  date: 'date',
  id: 'comment id',
  likes: 'like count',
};

/** "2 without date, 1 without author link": what the page's comments lacked, field by field. */
export function describeUnread(comments: readonly Comment[]): string | undefined {
  return describeTally(unreadSummary(comments));
}

function describeTally(unread: Partial<Record<UnreadField, number>>): string | undefined {
  const parts = Object.entries(unread)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([field, n]) => `${n} without ${FIELD_NAMES[field] ?? field}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** How many comments a page holds and what they lacked, field by field: all the health check needs of them. */
export interface CommentTally {
  count: number;
  unread: Partial<Record<UnreadField, number>>;
}

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
  return assessTalliedPageHealth(adapter, root, url, { count: comments.length, unread: unreadSummary(comments) }, unreadable, now);
}

/** `assessPageHealth` from a tally kept up to date as comments are read (the watcher's: no pass over the page's comments). */
export function assessTalliedPageHealth(
  adapter: SiteAdapter,
  root: ParentNode,
  url: string,
  comments: CommentTally,
  unreadable: number,
  now: number = Date.now(),
): PageHealth {
  const base = { platform: adapter.platform, url, commentCount: comments.count, unreadable, checkedAt: new Date(now).toISOString() };
  if (comments.count > 0) {
    // Degrade by field: comments missing a field were kept; the report names the field.
    const missing = describeTally(comments.unread);
    const notes = [
      unreadable > 0 ? `${unreadable} comment container(s) could not be read` : '',
      missing ? `comments kept with missing fields: ${missing}` : '',
    ].filter(Boolean);
    return {
      ...base,
      status: 'ok',
      detail: notes.length > 0 ? `${notes.join('; ')}: the ${adapter.platform} layout may have changed.` : undefined,
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
