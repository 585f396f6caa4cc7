import type { Transaction } from 'dexie';

/**
 * Schema version 10 — FROZEN once released. Where a comment stands (status, counters, the ids of
 * its log rows, latest draft, answer, escalation and note) moves out of the comment's row into a
 * small row of its own, `commentStates`, keyed by the comment's id and without any index: every
 * action rewrote the whole comment row (its page reading and classification, three times the
 * size) and its two index entries, where it now rewrites the small row alone. The comments' only
 * status reader, the queue of one status, reads the brand's comments on [brandId+firstSeenAt], so
 * `[brandId+status]` goes. The upgrade keeps every row: each comment's fields above go, as they
 * are, to its new state row. Migration code imports nothing from the app (habit 6).
 */
export const V10_STORES = {
  comments: 'id, [brandId+firstSeenAt]',
  commentStates: 'id',
} as const;

/** The fields that move, as named in the v9 comment rows. */
export const MOVED_FIELDS = ['status', 'firstRepliedAt', 'draftInsertedAt', 'lastTemplateId', 'lastDepartment', 'lastNote', 'interactionCount', 'logIds'] as const;

/** Takes the moved fields off a v9 comment row (mutates it) and returns its state row. */
export function stateOf(comment: Record<string, unknown>): Record<string, unknown> {
  const state: Record<string, unknown> = { id: comment.id };
  for (const field of MOVED_FIELDS) {
    if (!(field in comment)) continue;
    if (comment[field] !== undefined) state[field] = comment[field];
    delete comment[field];
  }
  return state;
}

export async function upgradeToV10(tx: Transaction): Promise<void> {
  const states: Record<string, unknown>[] = [];
  await tx
    .table('comments')
    .toCollection()
    .modify((comment: Record<string, unknown>) => {
      states.push(stateOf(comment));
    });
  await tx.table('commentStates').bulkPut(states);
}
