import type { Transaction } from 'dexie';

/**
 * Schema version 7 — FROZEN once released. Each `seen` log row carries its comment's stated date
 * (`writtenAt`: the comment's `createdAt` in UTC), so a report dates the comments it counts from
 * the log rows it reads anyway instead of reading every comment row of the period too. This step
 * keeps every row and fills `writtenAt` in from the comment rows; a `seen` row whose comment is
 * gone or states no date (or an unreadable one) is left as it was. No index changes. Migration
 * code imports nothing from the app (habit 6), hence its own copy of the date rule.
 */
export const V7_STORES = {} as const;

interface V6Comment {
  id?: unknown;
  createdAt?: unknown;
}

interface V6Interaction {
  commentId?: unknown;
  kind?: unknown;
  writtenAt?: string;
}

/** The comment's `createdAt` as the log's UTC form (`toISOString`, 24 characters), if it reads as a date. */
function statedDate(createdAt: unknown): string | undefined {
  if (typeof createdAt !== 'string') return undefined;
  const time = Date.parse(createdAt);
  if (Number.isNaN(time)) return undefined;
  const iso = new Date(time).toISOString();
  return iso.length === 24 ? iso : undefined;
}

/** Stated dates by comment id, for the comment rows that have one. */
export function statedDates(comments: Iterable<V6Comment>): Map<string, string> {
  const dates = new Map<string, string>();
  for (const row of comments) {
    const date = statedDate(row.createdAt);
    if (typeof row.id === 'string' && date !== undefined) dates.set(row.id, date);
  }
  return dates;
}

/** Puts the stated date on a `seen` row from `dates`; returns whether it changed the row. */
export function dateSeenRow(row: V6Interaction, dates: ReadonlyMap<string, string>): boolean {
  if (row.kind !== 'seen' || typeof row.commentId !== 'string') return false;
  const date = dates.get(row.commentId);
  if (date === undefined || row.writtenAt === date) return false;
  row.writtenAt = date;
  return true;
}

export async function upgradeToV7(tx: Transaction): Promise<void> {
  const dates = new Map<string, string>();
  // Comment rows one at a time (a cursor), keeping only the dates: the table may be large.
  await tx
    .table('comments')
    .toCollection()
    .each((row: V6Comment) => {
      const date = statedDate(row.createdAt);
      if (typeof row.id === 'string' && date !== undefined) dates.set(row.id, date);
    });
  if (dates.size === 0) return;
  // `false` tells Dexie to leave the row unwritten: only dated `seen` rows are put back.
  await tx
    .table('interactions')
    .toCollection()
    .modify((row: V6Interaction) => (dateSeenRow(row, dates) ? undefined : false));
}
