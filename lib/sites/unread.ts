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
  for (const c of comments) for (const field of c.unread ?? []) tally[field] = (tally[field] ?? 0) + 1;
  return tally;
}
