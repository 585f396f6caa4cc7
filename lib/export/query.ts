import Dexie, { type IndexableType } from 'dexie';
import { readJoined } from '../db/comment-rows';
import type { RiposteDB } from '../db/database';
import { loggedBrandIds } from '../db/log-brands';
import { keyField, parseRows } from '../db/validate';
import { InteractionSchema, StoredCommentSchema, type Interaction } from '../schema/interaction';
import { matchesExportFilter, type ExportFilter } from './filter';
import type { ExportRow } from './rows';

/**
 * The log rows matching `filter`, oldest first, joined with their comments, read from the
 * database `pageSize` rows at a time (keyset paging on time, brand by brand) so a 100,000-row export
 * never holds the whole log in memory at once. Pages are separate reads: rows logged while the
 * export runs may or may not be included. Feed it to `interactionsToCsvChunks`.
 */
export async function* exportRows(db: RiposteDB, filter: ExportFilter = {}, pageSize = 2_000): AsyncGenerator<ExportRow> {
  const from = filter.from ?? '';
  const to = filter.to;
  // The log is indexed by time per brand only ([brandId+at]): every brand is read in time order.
  const brandIds: IndexableType[] = filter.brandId ? [filter.brandId] : await loggedBrandIds(db);
  const inBrand = (brandId: IndexableType, lowerAt: string, limit: number) =>
    db.interactions
      .where('[brandId+at]')
      .between([brandId, lowerAt], [brandId, to ?? Dexie.maxKey], true, false)
      .limit(limit)
      .toArray();
  // The first `limit` rows from `lowerAt` on, in time order then by id (as one time index would
  // list them): each brand's first `limit`, merged.
  const page = async (lowerAt: string, limit: number): Promise<Interaction[]> => {
    if (brandIds.length === 1) return inBrand(brandIds[0] as IndexableType, lowerAt, limit);
    const rows = (await Promise.all(brandIds.map((brandId) => inBrand(brandId, lowerAt, limit)))).flat();
    return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
  };

  let lowerAt = from;
  // Ids already emitted whose time equals `lowerAt`: the next page starts at that time inclusive.
  let doneAtLower = new Set<string>();
  for (;;) {
    const limit = pageSize + doneAtLower.size;
    const raw = await page(lowerAt, limit);
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
    parseRows(db, 'comments', StoredCommentSchema, await readJoined(db, ids), keyField('id')).map((c) => [c.id, c]),
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
