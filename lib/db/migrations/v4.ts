import type { Transaction } from 'dexie';

/**
 * Schema version 4 — FROZEN once released. "Inserted" is no longer "replied" (issue 18).
 *
 * Until v3, inserting a draft into a site's reply box logged `replied` and set the comment's status
 * to `replied`, although Riposte never posts: nobody knew whether the reply went out. From v4,
 * `replied` is a real answer (the brand's reply read on the page, or marked by the community
 * manager), and an inserted draft is `inserted` / status `drafted`. This step keeps every row and
 * says of the old ones only what was known:
 * - interactions `replied` → `inserted` (the panel's insert was their only writer);
 * - comments in status `replied` → `drafted`; `firstRepliedAt` becomes `draftInsertedAt` (the
 *   latest such row), so response times no longer count drafts as answers. A brand reply that did
 *   go out is read on the page the next time the post is open, and logged as the real answer.
 * No index changes. Migration code imports nothing from the app (habit 6).
 */
export const V4_STORES = {} as const;

interface V3Interaction {
  commentId: string;
  kind: string;
  at: string;
  [field: string]: unknown;
}

interface V3Comment {
  id: string;
  status?: string;
  firstRepliedAt?: string;
  draftInsertedAt?: string;
  [field: string]: unknown;
}

export async function upgradeToV4(tx: Transaction): Promise<void> {
  const latestDraft = new Map<string, string>();
  await tx
    .table('interactions')
    .where('kind')
    .equals('replied')
    .modify((row: V3Interaction) => {
      row.kind = 'inserted';
      const known = latestDraft.get(row.commentId);
      if (!known || row.at > known) latestDraft.set(row.commentId, row.at);
    });

  await tx
    .table('comments')
    .toCollection()
    .modify((row: V3Comment) => {
      const draft = latestDraft.get(row.id) ?? row.firstRepliedAt;
      if (row.firstRepliedAt !== undefined) delete row.firstRepliedAt;
      if (draft !== undefined) row.draftInsertedAt = draft;
      if (row.status === 'replied') row.status = 'drafted';
    });
}
