import { CommentStateSchema, type CommentRow, type CommentState, type StoredComment } from '../schema/interaction';
import type { RiposteDB } from './database';
import { bulkGetByRange } from './key-range';

/**
 * A logged comment is stored as two rows under its id (schema v10): its reading of the page in
 * `comments` and where it stands in `commentStates` (status, counters, log ids…), the fields every
 * action moves on. The repository reads both and joins them into a `StoredComment`.
 */
const STATE_FIELDS = Object.keys(CommentStateSchema.shape).filter((key) => key !== 'id') as (keyof Omit<CommentState, 'id'>)[];

/** The later of two UTC dates (either may be missing or, in a damaged row, not a string). */
function later(a: unknown, b: unknown): unknown {
  if (typeof a !== 'string') return b ?? a;
  return typeof b === 'string' && b > a ? b : a;
}

/**
 * A comment row and its state row as one object (to validate with `StoredCommentSchema` or a pick
 * of it). No row: undefined. No state row (a damaged database): the state's defaults apply.
 */
export function joinComment(row: unknown, state: unknown): unknown {
  if (typeof row !== 'object' || row === null) return undefined;
  const joined: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  // Only fields a damaged or hand-edited row still holds are deleted (a delete slows every later read of the object).
  for (const field of STATE_FIELDS) if (field in joined) delete joined[field];
  if (typeof state === 'object' && state !== null) {
    const { id: _id, lastActedAt, ...fields } = state as Record<string, unknown>;
    Object.assign(joined, fields);
    joined.lastSeenAt = later(joined.lastSeenAt, lastActedAt);
  }
  return joined;
}

/** The two stored rows of a comment. */
export function splitComment(comment: StoredComment): { row: CommentRow; state: CommentState } {
  const row: Record<string, unknown> = { ...comment };
  const state: Record<string, unknown> = { id: comment.id };
  for (const field of STATE_FIELDS) {
    if (field in row) {
      if (row[field] !== undefined) state[field] = row[field];
      delete row[field];
    }
  }
  return { row: row as CommentRow, state: state as CommentState };
}

/**
 * The joined comments of `ids`, in their order (undefined where none), unvalidated. `range`: read
 * as key ranges (`bulkGetByRange`, for many ids close together), else by key.
 */
export async function readJoined(db: RiposteDB, ids: readonly string[], range = false): Promise<unknown[]> {
  // One transaction (the caller's, when it holds one) so that both rows are of the same moment.
  const [rows, states] = await db.transaction('r', [db.comments, db.commentStates], () =>
    range
      ? Promise.all([bulkGetByRange(db.comments, ids), bulkGetByRange(db.commentStates, ids)])
      : Promise.all([db.comments.bulkGet([...ids]), db.commentStates.bulkGet([...ids])]),
  );
  return rows.map((row, i) => joinComment(row, states[i]));
}

/** Every comment, joined, unvalidated. */
export async function readAllJoined(db: RiposteDB): Promise<unknown[]> {
  const [rows, states] = await db.transaction('r', [db.comments, db.commentStates], () => Promise.all([db.comments.toArray(), db.commentStates.toArray()]));
  const stateById = new Map(states.map((state) => [state.id, state]));
  return rows.map((row) => joinComment(row, stateById.get(row.id)));
}

/** Writes whole comments: both rows of each. */
export async function putComments(db: RiposteDB, comments: readonly StoredComment[]): Promise<void> {
  if (comments.length === 0) return;
  const split = comments.map(splitComment);
  await Promise.all([db.comments.bulkPut(split.map((s) => s.row)), db.commentStates.bulkPut(split.map((s) => s.state))]);
}

/** Writes the comment rows of these comments only: their states are left as stored. */
export async function putCommentRows(db: RiposteDB, comments: readonly StoredComment[]): Promise<void> {
  if (comments.length === 0) return;
  await db.comments.bulkPut(comments.map((c) => splitComment(c).row));
}

/** Deletes comments, both rows of each. */
export async function deleteComments(db: RiposteDB, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await Promise.all([db.comments.bulkDelete([...ids]), db.commentStates.bulkDelete([...ids])]);
}
