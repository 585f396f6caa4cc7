import Dexie, { type IndexableType, type Table } from 'dexie';
import type { RiposteDB } from './database';

/**
 * The brand ids the log holds rows for, in index order: a skip scan of [brandId+at] (one keys-only
 * read of one row per brand), so time-ordered reads across brands can go brand by brand. Read
 * from the log itself, not the brands table, so rows of a brand no longer configured count too.
 */
export function loggedBrandIds(db: RiposteDB): Promise<IndexableType[]> {
  return brandIdsByIndex(db.interactions, '[brandId+at]');
}

/**
 * The brand ids the comments table holds rows for, in index order: the same skip scan, of the
 * comments' [brandId+firstSeenAt].
 */
export function commentBrandIds(db: RiposteDB): Promise<IndexableType[]> {
  return brandIdsByIndex(db.comments, '[brandId+firstSeenAt]');
}

/** The skip scan itself, over a compound index whose first part is the brand id. */
async function brandIdsByIndex<T, K>(table: Table<T, K>, index: string): Promise<IndexableType[]> {
  const ids: IndexableType[] = [];
  for (;;) {
    const after = ids.length === 0 ? table.orderBy(index) : table.where(index).above([ids[ids.length - 1], Dexie.maxKey]);
    const [key] = (await after.limit(1).keys()) as unknown as IndexableType[][];
    if (!key) return ids;
    ids.push(key[0] as IndexableType);
  }
}
