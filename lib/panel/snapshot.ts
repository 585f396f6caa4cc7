import { z } from 'zod';
import { SnapshotReplySchema, type SnapshotReply } from '../messaging/protocol';
import { CommentSchema, type Comment } from '../schema/comment';

/** The reply's envelope, its comments left unchecked: they are checked one by one after it. */
const EnvelopeSchema = SnapshotReplySchema.extend({ comments: z.array(z.unknown()) });

/** How long one slice of checking may hold the panel's thread. */
const SLICE_MS = 8;

export interface CheckedSnapshot extends SnapshotReply {
  /** Comments the schema rejected (left out, as `SnapshotReplySchema` leaves them out), with why. */
  rejected: { index: number; reason: string }[];
}

/**
 * A tab's snapshot checked as `SnapshotReplySchema` checks it — the same comments kept, the same
 * ones dropped — but a slice at a time, the thread handed back between slices (`pause`) so the
 * panel's own start (database, first render) goes on while 2,000 comments are checked. Nothing is
 * returned before every comment is checked: no unchecked comment reaches the panel. Throws as
 * `parse` does when the envelope is wrong.
 */
export async function checkSnapshot(raw: unknown, pause: () => Promise<void>, now: () => number = () => performance.now()): Promise<CheckedSnapshot> {
  const envelope = EnvelopeSchema.parse(raw);
  const comments: Comment[] = [];
  const rejected: CheckedSnapshot['rejected'] = [];
  let end = now() + SLICE_MS;
  for (const [index, item] of envelope.comments.entries()) {
    if (now() >= end) {
      await pause();
      end = now() + SLICE_MS;
    }
    const parsed = CommentSchema.safeParse(item);
    if (parsed.success) comments.push(parsed.data);
    else rejected.push({ index, reason: z.prettifyError(parsed.error) });
  }
  return { ...envelope, comments, rejected };
}
