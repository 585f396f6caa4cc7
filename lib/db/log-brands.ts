import Dexie, { type IndexableType } from 'dexie';
import type { RiposteDB } from './database';

/**
 * The brand ids the log holds rows for, in index order: a skip scan of [brandId+at] (one keys-only
 * read of one row per brand), so time-ordered reads across brands can go brand by brand. Read
 * from the log itself, not the brands table, so rows of a brand no longer configured count too.
 */
export async function loggedBrandIds(db: RiposteDB): Promise<IndexableType[]> {
  const ids: IndexableType[] = [];
  for (;;) {
    const after = ids.length === 0 ? db.interactions.orderBy('[brandId+at]') : db.interactions.where('[brandId+at]').above([ids[ids.length - 1], Dexie.maxKey]);
    const [key] = (await after.limit(1).keys()) as unknown as IndexableType[][];
    if (!key) return ids;
    ids.push(key[0] as IndexableType);
  }
}

/**
 * The brand ids the comments table holds rows for, in index order: the same skip scan, of the
 * comments' [brandId+firstSeenAt].
 */
export async function commentBrandIds(db: RiposteDB): Promise<IndexableType[]> {
  const ids: IndexableType[] = [];
  for (;;) {
    const after = ids.length === 0 ? db.comments.orderBy('[brandId+firstSeenAt]') : db.comments.where('[brandId+firstSeenAt]').above([ids[ids.length - 1], Dexie.maxKey]);
    const [key] = (await after.limit(1).keys()) as unknown as IndexableType[][];
    if (!key) return ids;
    ids.push(key[0] as IndexableType);
  }
}
