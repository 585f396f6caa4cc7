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

/** Each comment's log row ids in time order (`seen` first within a millisecond, then by id), from the rows in any order. */
export function logIdsByComment(rows: Iterable<V8Interaction>): Map<string, string[]> {
  const byComment = new Map<string, { id: string; at: string; seen: boolean }[]>();
  for (const row of rows) {
    if (typeof row.id !== 'string' || typeof row.commentId !== 'string') continue;
    const entry = { id: row.id, at: typeof row.at === 'string' ? row.at : '', seen: row.kind === 'seen' };
    const list = byComment.get(row.commentId);
    if (list) list.push(entry);
    else byComment.set(row.commentId, [entry]);
  }
  const ids = new Map<string, string[]>();
  for (const [commentId, list] of byComment) {
    list.sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.seen !== b.seen ? (a.seen ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    ids.set(commentId, list.map((e) => e.id));
  }
  return ids;
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
  const rows: V8Interaction[] = [];
  // Log rows one at a time (a cursor), keeping only what the lists need: the log may be large.
  await tx
    .table('interactions')
    .toCollection()
    .each((row: V8Interaction) => {
      rows.push({ id: row.id, commentId: row.commentId, at: row.at, kind: row.kind });
    });
  const ids = logIdsByComment(rows);
  rows.length = 0;
  // `false` tells Dexie to leave the row unwritten.
  await tx
    .table('comments')
    .toCollection()
    .modify((comment: V8Comment) => (setLogIds(comment, ids) ? undefined : false));
}
