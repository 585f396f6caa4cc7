import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_SCHEMA_VERSION, openRiposteDb } from '@/lib/db/database';
import { declareSchema } from '@/lib/db/migrations';
import { commentHistory, statusesFor } from '@/lib/db/interactions';
import { firstResponseTimes } from '@/lib/kpi';
import { InteractionSchema, StoredCommentSchema } from '@/lib/schema/interaction';
import { rawCommentRow, rawLogRow, track, uniqueDbName } from './helpers';

const comment = (id: string, over: Record<string, unknown>) => rawCommentRow(id, over);
const log = rawLogRow;

/** A v3 database as Riposte wrote it before issue 18: an insert logged `replied`. */
const V3_ROWS = {
  comments: [
    comment('c1', { status: 'replied', firstRepliedAt: '2026-11-02T08:03:00.000Z', lastTemplateId: 't2', interactionCount: 3 }),
    comment('c2', { status: 'resolved', firstRepliedAt: '2026-11-02T08:10:00.000Z', lastTemplateId: 't1', interactionCount: 3 }),
    comment('c3', { status: 'new' }),
  ],
  interactions: [
    log('i1', 'c1', 'seen', '2026-11-02T08:00:00.000Z'),
    log('i2', 'c1', 'replied', '2026-11-02T08:03:00.000Z', { templateId: 't1', finalText: 'Bonjour Hugo' }),
    log('i3', 'c1', 'replied', '2026-11-02T08:30:00.000Z', { templateId: 't2' }),
    log('i4', 'c2', 'seen', '2026-11-02T08:00:00.000Z'),
    log('i5', 'c2', 'replied', '2026-11-02T08:10:00.000Z', { templateId: 't1' }),
    log('i6', 'c2', 'resolved', '2026-11-02T09:00:00.000Z'),
    log('i7', 'c3', 'seen', '2026-11-02T08:00:00.000Z'),
  ],
};

describe('schema migration v3 → v4: an inserted draft is not a reply', () => {
  it('keeps every row, renames the old "replied" drafts, and leaves no false response time', async () => {
    const name = uniqueDbName();
    const v3 = new Dexie(name);
    declareSchema(v3, 3);
    await v3.open();
    for (const [table, rows] of Object.entries(V3_ROWS)) await v3.table(table).bulkAdd(rows);
    const before = (await v3.table('interactions').toArray()) as Array<Record<string, unknown>>;
    expect(firstResponseTimes(before.map((r) => InteractionSchema.parse(r)))).toHaveLength(2);
    v3.close();

    const db = track(await openRiposteDb(name));
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    expect(await db.comments.count()).toBe(3);
    expect(await db.interactions.count()).toBe(7);
    for (const row of await db.comments.toArray()) expect(StoredCommentSchema.safeParse(row).success).toBe(true);
    for (const row of await db.interactions.toArray()) expect(InteractionSchema.safeParse(row).success).toBe(true);

    expect((await commentHistory(db, 'c1')).map((r) => r.kind)).toEqual(['seen', 'inserted', 'inserted']);
    expect((await db.interactions.get('i2'))).toMatchObject({ kind: 'inserted', templateId: 't1', finalText: 'Bonjour Hugo' });
    const statuses = await statusesFor(db, ['c1', 'c2', 'c3']);
    expect(statuses.get('c1')).toMatchObject({ status: 'drafted', draftInsertedAt: '2026-11-02T08:30:00.000Z', lastTemplateId: 't2', interactionCount: 3 });
    expect(statuses.get('c1')?.firstRepliedAt).toBeUndefined();
    // Resolved stays resolved; only the claim of an answer goes.
    expect(statuses.get('c2')).toMatchObject({ status: 'resolved', draftInsertedAt: '2026-11-02T08:10:00.000Z' });
    expect(statuses.get('c2')?.firstRepliedAt).toBeUndefined();
    expect(statuses.get('c3')).toMatchObject({ status: 'new' });
    expect(firstResponseTimes(await db.interactions.toArray())).toEqual([]);
  });
});
