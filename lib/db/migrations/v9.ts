import type { Transaction } from 'dexie';

/**
 * Schema version 9 — FROZEN once released. The log loses its last per-comment index,
 * `[commentId+at]`: an entry in a second B-tree for every log row written, in no useful order
 * (rows of two thousand comments interleave), for one kind of question, a comment's history. Each
 * comment row now lists its log rows' ids (`logIds`), and that history is read by key. The upgrade
 * keeps every row and fills `logIds` in from the log. A log row whose comment row is gone is kept
 * as it was. The comments lose their `lastSeenAt` and `authorKey` indexes too, rewritten with
 * every action on a comment for two rare readers: the purge, which finds the comments it removes
 * and the authors left without one on [brandId+firstSeenAt] (a comment last seen before a date, or
 * by an author last seen before it, was first seen before it), and erasure, which reads the whole
 * log anyway. Migration code imports nothing from the app (habit 6).
 */
export const V9_STORES = {
  comments: 'id, [brandId+firstSeenAt], [brandId+status]',
  interactions: 'id, templateId, [brandId+at]',
} as const;

interface V8Interaction {
  id?: unknown;
  commentId?: unknown;
  at?: unknown;
  kind?: unknown;
}

interface V8Comment {
  id?: unknown;
  logIds?: unknown;
}

/**
 * A row's place in its comment's list as one string, time first, then `seen` before an action of
 * the same millisecond, then the id: one string per row is all the upgrade keeps of a large log.
 */
function sortKey(row: V8Interaction & { id: string }): string {
  const at = typeof row.at === 'string' && !row.at.includes('\u0000') ? row.at : '';
  return `${at}\u0000${row.kind === 'seen' ? 0 : 1}\u0000${row.id}`;
}

function idOf(key: string): string {
  return key.slice(key.indexOf('\u0000') + 3);
}

/** Adds the row's sort key (see `sortKey`) to its comment's list. */
function addRow(keys: Map<string, string[]>, row: V8Interaction): void {
  if (typeof row.id !== 'string' || typeof row.commentId !== 'string') return;
  const key = sortKey(row as V8Interaction & { id: string });
  const list = keys.get(row.commentId);
  if (list) list.push(key);
  else keys.set(row.commentId, [key]);
}

/** Sorted sort keys to ids, list by list (replaces the lists in place to free the keys as it goes). */
function toIds(keys: Map<string, string[]>): Map<string, string[]> {
  for (const [commentId, list] of keys) keys.set(commentId, list.sort().map(idOf));
  return keys;
}

/** Each comment's log row ids in time order (`seen` first within a millisecond, then by id), from the rows in any order. */
export function logIdsByComment(rows: Iterable<V8Interaction>): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const row of rows) addRow(keys, row);
  return toIds(keys);
}

/** Sets the comment's `logIds` from `ids` (none: the field goes); returns whether the row changed. */
export function setLogIds(comment: V8Comment, ids: ReadonlyMap<string, readonly string[]>): boolean {
  const list = typeof comment.id === 'string' ? ids.get(comment.id) : undefined;
  const before = comment.logIds;
  if (list === undefined || list.length === 0) {
    if (before === undefined) return false;
    delete comment.logIds;
    return true;
  }
  if (Array.isArray(before) && before.length === list.length && before.every((id, i) => id === list[i])) return false;
  comment.logIds = [...list];
  return true;
}

export async function upgradeToV9(tx: Transaction): Promise<void> {
  const keys = new Map<string, string[]>();
  // Log rows one at a time (a cursor), keeping one string per row: the log may be large.
  await tx
    .table('interactions')
    .toCollection()
    .each((row: V8Interaction) => addRow(keys, row));
  const ids = toIds(keys);
  // `false` tells Dexie to leave the row unwritten.
  await tx
    .table('comments')
    .toCollection()
    .modify((comment: V8Comment) => (setLogIds(comment, ids) ? undefined : false));
}
