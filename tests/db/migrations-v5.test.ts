import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareSchema } from '@/lib/db/migrations';
import { InteractionSchema, StoredCommentSchema } from '@/lib/schema/interaction';
import { rawCommentRow, rawLogRow, track, uniqueDbName } from './helpers';

const comment = (id: string, over: Record<string, unknown> = {}) => rawCommentRow(id, { status: 'new', ...over });
const log = rawLogRow;

const indexNames = (db: Dexie, table: string) => db.table(table).schema.indexes.map((i) => i.name).sort();

describe('schema migration v4 → v5: unused log indexes dropped, forgotten authors table', () => {
  it('keeps every row and field, and the queries the app makes still work', async () => {
    const name = uniqueDbName();
    const v4 = new Dexie(name);
    declareSchema(v4, 4);
    await v4.open();
    expect(indexNames(v4, 'interactions')).toContain('postUrl');
    const comments = [comment('c1', { status: 'drafted', draftInsertedAt: '2026-11-02T08:03:00.000Z', interactionCount: 2 }), comment('c2')];
    const interactions = [
      log('i1', 'c1', 'seen', '2026-11-02T08:00:00.000Z'),
      log('i2', 'c1', 'inserted', '2026-11-02T08:03:00.000Z'),
      log('i3', 'c2', 'seen', '2026-11-02T08:00:00.000Z'),
    ];
    await v4.table('comments').bulkAdd(comments);
    await v4.table('interactions').bulkAdd(interactions);
    v4.close();

    // Opened as v5 exactly (the latest schema drops more indexes: migrations-v6.test.ts).
    const v5 = new Dexie(name);
    declareSchema(v5, 5);
    const db = track(v5);
    await db.open();
    expect(db.verno).toBe(5);
    // Every row, every field (the dropped indexes' fields included).
    expect((await db.table('comments').toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(comments);
    expect((await db.table('interactions').toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(interactions);
    for (const row of await db.table('comments').toArray()) expect(StoredCommentSchema.safeParse(row).success).toBe(true);
    for (const row of await db.table('interactions').toArray()) expect(InteractionSchema.safeParse(row).success).toBe(true);

    expect(indexNames(db, 'interactions')).toEqual(['[brandId+at]', '[commentId+at]', 'at', 'authorKey', 'brandId', 'commentId', 'kind']);
    expect(indexNames(db, 'comments')).toEqual(['[brandId+firstSeenAt]', '[brandId+status]', 'authorKey', 'brandId', 'lastSeenAt']);
    expect(await db.table('forgottenAuthors').count()).toBe(0);

    expect((await db.table('interactions').where('[commentId+at]').between(['c1', Dexie.minKey], ['c1', Dexie.maxKey]).toArray()).map((r) => r.kind)).toEqual(['seen', 'inserted']);
    expect(await db.table('comments').get('c1')).toMatchObject({ status: 'drafted', interactionCount: 2 });
    expect(await db.table('interactions').where('kind').anyOf(['inserted']).count()).toBe(1);
  });
});
