import { describe, expect, it } from 'vitest';
import { bulkGetByRange } from '@/lib/db/key-range';
import { recordSeen } from '@/lib/db/seen';
import { freshDb, makeComment } from './helpers';

describe('bulkGetByRange', () => {
  it('gives what bulkGet gives, in the keys\' order, whether the range holds the rows or they lie past its limit', async () => {
    const db = await freshDb();
    const ids = Array.from({ length: 30 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    await recordSeen(db, 'b1', ids.map((id) => makeComment(id, { author: { name: `Auteur ${id}`, handle: `a_${id}`, verified: false } })), '2026-03-02T08:00:00.000Z');
    const cases = [[], ['c04'], ['c29', 'c00'], ['c00', 'c01', 'c02'], ['c28', 'c03', 'zz', 'c17', 'a', 'c03'], ids, [...ids].reverse(), ['nope']];
    for (const keys of cases) expect(await bulkGetByRange(db.comments, keys), keys.join()).toEqual(await db.comments.bulkGet(keys));
    const authors = ['facebook:a_c29', 'facebook:a_c01', 'facebook:nobody'];
    expect(await bulkGetByRange(db.authors, authors)).toEqual(await db.authors.bulkGet(authors));
  });
});
