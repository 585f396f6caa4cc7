import Dexie from 'dexie';
import type { RiposteDB } from '../db/database';
import { keyField, parseRows } from '../db/validate';
import { InteractionSchema, StoredCommentSchema, type Interaction } from '../schema/interaction';
import { matchesExportFilter, type ExportFilter } from './filter';
import type { ExportRow } from './rows';

/**
 * The log rows matching `filter`, oldest first, joined with their comments, read from the
 * database `pageSize` rows at a time (keyset paging on the time index) so a 100,000-row export
 * never holds the whole log in memory at once. Pages are separate reads: rows logged while the
 * export runs may or may not be included. Feed it to `interactionsToCsvChunks`.
 */
export async function* exportRows(db: RiposteDB, filter: ExportFilter = {}, pageSize = 2_000): AsyncGenerator<ExportRow> {
  const from = filter.from ?? '';
  const to = filter.to;
  const range = (lowerAt: string) =>
    filter.brandId
      ? db.interactions
          .where('[brandId+at]')
          .between([filter.brandId, lowerAt], [filter.brandId, to ?? Dexie.maxKey], true, false)
      : to === undefined
        ? db.interactions.where('at').aboveOrEqual(lowerAt)
        : db.interactions.where('at').between(lowerAt, to, true, false);

  let lowerAt = from;
  // Ids already emitted whose time equals `lowerAt`: the next page starts at that time inclusive.
  let doneAtLower = new Set<string>();
  for (;;) {
    const limit = pageSize + doneAtLower.size;
    const raw = await range(lowerAt).limit(limit).toArray();
    const fresh = raw.filter((r) => !(r.at === lowerAt && doneAtLower.has(r.id)));
    if (fresh.length === 0) return;

    yield* await joinPage(db, parseRows(db, 'interactions', InteractionSchema, fresh, keyField('id')), filter);

    const lastAt = (fresh[fresh.length - 1] as Interaction).at;
    if (lastAt !== lowerAt) doneAtLower = new Set();
    for (const r of fresh) if (r.at === lastAt) doneAtLower.add(r.id);
    lowerAt = lastAt;
    if (raw.length < limit) return;
  }
}

async function joinPage(db: RiposteDB, rows: Interaction[], filter: ExportFilter): Promise<ExportRow[]> {
  const ids = [...new Set(rows.map((r) => r.commentId))];
  const comments = new Map(
    parseRows(db, 'comments', StoredCommentSchema, await db.comments.bulkGet(ids), keyField('id')).map((c) => [c.id, c]),
  );
  const out: ExportRow[] = [];
  for (const row of rows) {
    const c = comments.get(row.commentId);
    const joined: ExportRow = c
      ? {
          ...row,
          commentText: c.text,
          authorName: c.author.name,
          ...(c.author.handle ? { authorHandle: c.author.handle } : {}),
          ...(c.permalink ? { permalink: c.permalink } : {}),
          commentStatus: c.status,
          ...(c.labels ? { commentLabels: c.labels } : {}),
          ...(c.sentiment ? { commentSentiment: c.sentiment } : {}),
        }
      : row;
    if (matchesExportFilter(joined, filter)) out.push(joined);
  }
  return out;
}
