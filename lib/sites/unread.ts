import type { UnreadField } from '../schema/comment';

/**
 * Degrading by field: a comment whose author cannot be read keeps its text under this name (the
 * schema needs one), and `unread` says the author is missing, so nothing downstream takes it for a
 * person's name.
 */
export const UNKNOWN_AUTHOR = '?';

/** Per-field tally of what a page's comments could not show, for the drift report. */
export function unreadSummary(comments: ReadonlyArray<{ unread?: readonly UnreadField[] }>): Partial<Record<UnreadField, number>> {
  const tally: Partial<Record<UnreadField, number>> = {};
  for (const c of comments) countUnread(tally, c, 1);
  return tally;
}

/**
 * Adds (by = 1) or takes back (by = -1) one comment's missing fields in a running tally: the live
 * watcher keeps one as comments are read and replaced, instead of summing every known comment again.
 */
export function countUnread(tally: Partial<Record<UnreadField, number>>, comment: { unread?: readonly UnreadField[] } | undefined, by: 1 | -1): void {
  for (const field of comment?.unread ?? []) tally[field] = (tally[field] ?? 0) + by;
}
