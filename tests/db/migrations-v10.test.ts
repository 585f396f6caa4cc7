import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '@/lib/db/backup';
import { readAllJoined } from '@/lib/db/comment-rows';
import { DB_SCHEMA_VERSION, openRiposteDb } from '@/lib/db/database';
import { commentHistory, commentsWithStatus, getComment, logInteraction, statusesFor } from '@/lib/db/interactions';
import { stateOf } from '@/lib/db/migrations/v10';
import { purgeOlderThan } from '@/lib/db/retention';
import { recordSeen } from '@/lib/db/seen';
import { exportRows } from '@/lib/export/query';
import { StoredCommentSchema } from '@/lib/schema/interaction';
import { freshDb, makeComment, rawCommentRow, rawLogRow, track } from './helpers';
import { byKey, oldDatabase, rowsAsBefore } from './old-database';

const MOVED = ['status', 'firstRepliedAt', 'draftInsertedAt', 'lastTemplateId', 'lastDepartment', 'lastNote', 'interactionCount', 'logIds'];

/** A v9 database with a row or more in every table, comments in several states, one of them corrected. */
async function v9Database() {
  return oldDatabase(9, {
    comments: [
      rawCommentRow('c1', {
        status: 'replied',
        firstRepliedAt: '2026-11-02T08:10:00.000Z',
        draftInsertedAt: '2026-11-02T08:05:00.000Z',
        lastTemplateId: 't1',
        interactionCount: 4,
        logIds: ['i1', 'i3', 'i4', 'i2'],
        labels: ['complaint'],
        sentiment: 'negative',
      }),
      rawCommentRow('c2', { status: 'escalated', lastDepartment: 'press', lastNote: 'client VIP', interactionCount: 3, logIds: ['i5', 'i6', 'i7'], correctedAt: '2026-11-02T08:20:00.000Z', labels: ['question'] }),
      rawCommentRow('c3', { status: 'new', firstSeenAt: '2026-11-02T08:30:00.000Z', logIds: ['i8'] }),
    ],
    interactions: [
      rawLogRow('i1', 'c1', 'seen', '2026-11-02T08:00:00.000Z'),
      rawLogRow('i2', 'c1', 'replied', '2026-11-02T08:10:00.000Z', { finalText: 'Bonjour Hugo' }),
      rawLogRow('i3', 'c1', 'flagged', '2026-11-02T08:01:00.000Z'),
      rawLogRow('i4', 'c1', 'inserted', '2026-11-02T08:05:00.000Z', { templateId: 't1' }),
      rawLogRow('i5', 'c2', 'seen', '2026-11-02T08:00:00.000Z'),
      rawLogRow('i6', 'c2', 'corrected', '2026-11-02T08:20:00.000Z', { labels: ['question'] }),
      rawLogRow('i7', 'c2', 'escalated', '2026-11-02T08:21:00.000Z', { department: 'press', note: 'client VIP' }),
      rawLogRow('i8', 'c3', 'seen', '2026-11-02T08:30:00.000Z'),
      // A log row whose comment row is gone: kept as it is.
      rawLogRow('i9', 'gone', 'seen', '2026-11-01T08:00:00.000Z'),
    ],
  });
}

describe('schema migration v9 → v10: where a comment stands moves to a row of its own', () => {
  it('keeps every row of every table, the comments split in two, and drops only [brandId+status]', async () => {
    const { name, tables } = await v9Database();
    const db = track(await openRiposteDb(name));
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(tables)) if (table !== 'comments') expect(await rowsAsBefore(db, table), table).toEqual(byKey(rows));
    // The comments joined again are the v9 rows, their lists of log rows included.
    expect(byKey((await readAllJoined(db)) as Record<string, unknown>[])).toEqual(byKey(tables.comments!));
    for (const row of await readAllJoined(db)) expect(StoredCommentSchema.safeParse(row).success).toBe(true);
    // The moved fields left the comment rows and are in the state rows, as they were.
    for (const row of await db.comments.toArray()) expect(Object.keys(row).filter((k) => MOVED.includes(k)), row.id).toEqual([]);
    const states = await db.commentStates.toArray();
    expect(states.map((s) => s.id).sort()).toEqual(['c1', 'c2', 'c3']);
    for (const original of tables.comments!) {
      const state = states.find((s) => s.id === original.id) as Record<string, unknown>;
      const moved = Object.fromEntries(MOVED.filter((k) => original[k] !== undefined).map((k) => [k, original[k]]));
      expect(state, String(original.id)).toEqual({ id: original.id, ...moved });
    }
    expect(db.comments.schema.indexes.map((i) => i.name)).toEqual(['[brandId+firstSeenAt]']);
    expect(db.commentStates.schema.indexes).toEqual([]);
  });

  it('answers every reader of a comment\'s status from the state rows', async () => {
    const { name } = await v9Database();
    const db = track(await openRiposteDb(name));
    const statuses = await statusesFor(db, ['c1', 'c2', 'c3', 'gone']);
    expect([...statuses.keys()]).toEqual(['c1', 'c2', 'c3']);
    expect(statuses.get('c1')).toMatchObject({ status: 'replied', firstRepliedAt: '2026-11-02T08:10:00.000Z', lastTemplateId: 't1', interactionCount: 4, labels: ['complaint'] });
    expect(statuses.get('c2')).toMatchObject({ status: 'escalated', lastDepartment: 'press', lastNote: 'client VIP', correctedAt: '2026-11-02T08:20:00.000Z' });
    expect((await commentsWithStatus(db, 'lumiere', 'new')).map((c) => c.id)).toEqual(['c3']);
    expect((await commentsWithStatus(db, 'lumiere', 'escalated')).map((c) => c.id)).toEqual(['c2']);
    expect((await commentHistory(db, 'c1')).map((r) => r.id)).toEqual(['i1', 'i3', 'i4', 'i2']);
    expect((await getComment(db, 'c2'))?.logIds).toEqual(['i5', 'i6', 'i7']);
    const exported = new Map<string, string | undefined>();
    for await (const row of exportRows(db, { brandId: 'lumiere' })) exported.set(row.id, row.commentStatus);
    expect(exported.get('i2')).toBe('replied');
    expect(exported.get('i7')).toBe('escalated');
    expect(exported.get('i8')).toBe('new');
  });

  it('goes on writing where the old rows left off: an action rewrites the state row, not the comment row', async () => {
    const { name } = await v9Database();
    const db = track(await openRiposteDb(name));
    const before = await db.comments.get('c3');
    await logInteraction(db, { id: 'i10', commentId: 'c3', kind: 'escalated', department: 'sales', at: '2026-11-03T08:00:00.000Z' });
    expect(await db.comments.get('c3')).toEqual(before);
    expect(await db.commentStates.get('c3')).toEqual({ id: 'c3', status: 'escalated', lastDepartment: 'sales', interactionCount: 2, logIds: ['i8', 'i10'], lastActedAt: '2026-11-03T08:00:00.000Z' });
    // The joined comment was last seen (or acted on) at the action.
    expect((await getComment(db, 'c3'))?.lastSeenAt).toBe('2026-11-03T08:00:00.000Z');
    // A correction is the one action that changes the comment row: its labels.
    await logInteraction(db, { id: 'i11', commentId: 'c3', kind: 'corrected', labels: ['praise'], sentiment: 'positive', at: '2026-11-03T09:00:00.000Z' });
    expect(await db.comments.get('c3')).toEqual({ ...before, labels: ['praise'], sentiment: 'positive', correctedAt: '2026-11-03T09:00:00.000Z' });
    // The purge keeps a comment acted on since the cutoff and drops the others with both their rows.
    const result = await purgeOlderThan(db, 1, '2026-11-04T00:00:00.000Z');
    expect(result.comments).toBe(2);
    expect((await db.commentStates.toCollection().primaryKeys()).sort()).toEqual(['c3']);
  });
});

describe('a comment\'s state row', () => {
  it('moves the fields as they are, whatever they hold, and leaves the rest of the row', () => {
    const row: Record<string, unknown> = { id: 'c1', text: 'Bonjour', status: 'odd', interactionCount: 'two', logIds: ['a'], lastNote: undefined };
    expect(stateOf(row)).toEqual({ id: 'c1', status: 'odd', interactionCount: 'two', logIds: ['a'] });
    expect(row).toEqual({ id: 'c1', text: 'Bonjour' });
  });

  it('is written with the comment, survives a backup and restore, and goes with the comment', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1'), makeComment('c2')], '2026-03-02T08:00:00.000Z');
    await logInteraction(db, { commentId: 'c1', kind: 'noted', note: 'rappeler', at: '2026-03-02T09:00:00.000Z' });
    expect(await db.commentStates.count()).toBe(2);
    const backup = await exportBackup(db, '2026-03-03T00:00:00.000Z');
    expect(backup.data.comments.find((c) => c.id === 'c1')).toMatchObject({ status: 'new', lastNote: 'rappeler', interactionCount: 2, lastSeenAt: '2026-03-02T09:00:00.000Z' });
    const other = await freshDb();
    await restoreBackup(other, JSON.parse(JSON.stringify(backup)));
    expect(await getComment(other, 'c1')).toEqual(await getComment(db, 'c1'));
    expect((await other.comments.get('c1'))?.lastSeenAt).toBe('2026-03-02T09:00:00.000Z');
    const purged = await purgeOlderThan(other, 1, '2026-03-10T00:00:00.000Z');
    expect(purged.comments).toBe(2);
    expect(await other.commentStates.count()).toBe(0);
  });
});
