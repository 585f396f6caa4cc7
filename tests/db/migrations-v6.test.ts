import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_SCHEMA_VERSION, openRiposteDb } from '@/lib/db/database';
import { deleteBrand } from '@/lib/db/brands';
import { declareSchema } from '@/lib/db/migrations';
import { commentHistory, commentsWithStatus, getComment } from '@/lib/db/interactions';
import { forgetAuthor, purgeOlderThan } from '@/lib/db/retention';
import { loggedBrandIds } from '@/lib/db/log-brands';
import { latestCorrections } from '@/lib/db/seen';
import { InteractionSchema, StoredCommentSchema } from '@/lib/schema/interaction';
import { rawCommentRow, rawLogRow, track, uniqueDbName } from './helpers';
import { byKey, rowsAsBefore } from './old-database';

const indexNames = (db: Dexie, table: string) => db.table(table).schema.indexes.map((i) => i.name).sort();
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** A v5 database holding two brands' comments and log rows. */
async function v5Database() {
  const name = uniqueDbName();
  const v5 = new Dexie(name);
  declareSchema(v5, 5);
  await v5.open();
  expect(indexNames(v5, 'interactions')).toContain('commentId');
  const comments = [
    rawCommentRow('c1', { status: 'replied', firstRepliedAt: '2026-11-02T08:10:00.000Z', interactionCount: 3 }),
    rawCommentRow('c2', { status: 'new', authorKey: 'x:lea', author: { name: 'Léa', handle: 'lea', verified: false } }),
    rawCommentRow('c3', { status: 'new', brandId: 'other', lastSeenAt: '2026-10-01T08:00:00.000Z', firstSeenAt: '2026-10-01T08:00:00.000Z' }),
  ];
  const interactions = [
    rawLogRow('i1', 'c1', 'seen', '2026-11-02T08:00:00.000Z', { labels: ['complaint'] }),
    rawLogRow('i2', 'c1', 'corrected', '2026-11-02T08:05:00.000Z', { labels: ['question'] }),
    rawLogRow('i3', 'c1', 'replied', '2026-11-02T08:10:00.000Z'),
    rawLogRow('i4', 'c2', 'seen', '2026-11-02T08:00:00.000Z', { authorKey: 'x:lea' }),
    rawLogRow('i5', 'c3', 'seen', '2026-10-01T08:00:00.000Z', { brandId: 'other' }),
  ];
  await v5.table('comments').bulkAdd(comments);
  await v5.table('interactions').bulkAdd(interactions);
  v5.close();
  return { name, comments, interactions };
}

describe('schema migration v5 → v6: the log\'s commentId, brandId, at and kind indexes and the comments\' brandId index dropped, templateId indexed', () => {
  it('keeps every row and field, with the new index set', async () => {
    const { name, comments, interactions } = await v5Database();
    const db = track(await openRiposteDb(name));
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    expect(await rowsAsBefore(db, 'comments')).toEqual(byKey(comments));
    expect(byId(await db.interactions.toArray())).toEqual(interactions);
    for (const row of await db.comments.toArray()) expect(StoredCommentSchema.safeParse(row).success).toBe(true);
    for (const row of await db.interactions.toArray()) expect(InteractionSchema.safeParse(row).success).toBe(true);
    // authorKey went too, in v8, and [commentId+at] in v9.
    expect(indexNames(db, 'interactions')).toEqual(['[brandId+at]', 'templateId']);
    // lastSeenAt and authorKey went in v9, [brandId+status] in v10 (the status moved to the comment's state row).
    expect(indexNames(db, 'comments')).toEqual(['[brandId+firstSeenAt]']);
  });

  it('answers the queries on the dropped fields from the compound indexes', async () => {
    const { name } = await v5Database();
    const db = track(await openRiposteDb(name));
    expect((await commentHistory(db, 'c1')).map((r) => r.id)).toEqual(['i1', 'i2', 'i3']);
    const [c1, c2] = [await getComment(db, 'c1'), await getComment(db, 'c2')];
    expect(await latestCorrections(db, [c1!, c2!])).toEqual(new Map([['c1', '2026-11-02T08:05:00.000Z']]));
    expect([...(await commentHistory(db, 'c2')), ...(await commentHistory(db, 'c3'))].map((r) => r.id)).toEqual(['i4', 'i5']);
    expect((await db.comments.where('brandId').equals('lumiere').primaryKeys()).sort()).toEqual(['c1', 'c2']);
    expect((await commentsWithStatus(db, 'lumiere', 'new')).map((c) => c.id)).toEqual(['c2']);
  });

  it('still deletes by brand, by stale comment and by author', async () => {
    const { name } = await v5Database();
    const db = track(await openRiposteDb(name));
    // c3 was last seen on 1 October: it goes with its log row, and nothing else does.
    expect(await purgeOlderThan(db, 20, '2026-11-03T00:00:00.000Z')).toMatchObject({ comments: 1, interactions: 1 });
    expect((await db.interactions.toCollection().primaryKeys()).sort()).toEqual(['i1', 'i2', 'i3', 'i4']);
    await forgetAuthor(db, 'x:lea', '2026-11-03T00:00:00.000Z');
    expect((await db.interactions.toCollection().primaryKeys()).sort()).toEqual(['i1', 'i2', 'i3']);
    expect(await db.comments.toCollection().primaryKeys()).toEqual(['c1']);
    expect(await deleteBrand(db, 'lumiere')).toMatchObject({ comments: 1, interactions: 3 });
    expect(await db.interactions.count()).toBe(0);
    expect(await db.comments.count()).toBe(0);
  });

  it('purges old log rows of every brand by time, brand by brand', async () => {
    const { name } = await v5Database();
    const db = track(await openRiposteDb(name));
    await db.comments.add(rawCommentRow('c4', { brandId: 'other', lastSeenAt: '2026-11-02T09:00:00.000Z' }) as never);
    await db.interactions.bulkAdd([
      rawLogRow('i0', 'c1', 'flagged', '2026-09-01T08:00:00.000Z'),
      rawLogRow('i6', 'c4', 'seen', '2026-10-01T08:00:00.000Z', { brandId: 'other' }),
      rawLogRow('i7', 'c4', 'replied', '2026-11-01T08:00:00.000Z', { brandId: 'other' }),
    ] as never[]);
    expect(await loggedBrandIds(db)).toEqual(['lumiere', 'other']);
    // Cutoff 14 October: the old rows of both brands go, and the stale comment c3 with its row.
    expect(await purgeOlderThan(db, 20, '2026-11-03T00:00:00.000Z')).toMatchObject({ comments: 1 });
    expect((await db.interactions.toCollection().primaryKeys()).sort()).toEqual(['i1', 'i2', 'i3', 'i4', 'i7']);
    await deleteBrand(db, 'lumiere');
    expect(await loggedBrandIds(db)).toEqual(['other']);
  });
});
