import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '@/lib/db/backup';
import { readAllJoined } from '@/lib/db/comment-rows';
import { DB_SCHEMA_VERSION, openRiposteDb } from '@/lib/db/database';
import { commentHistory, getComment, logInteraction, logInteractions } from '@/lib/db/interactions';
import { logIdsByComment } from '@/lib/db/migrations/v9';
import { purgeOlderThan } from '@/lib/db/retention';
import { latestCorrections, recordSeen } from '@/lib/db/seen';
import { StoredCommentSchema } from '@/lib/schema/interaction';
import { freshDb, makeComment, rawCommentRow, rawLogRow, track } from './helpers';
import { byKey, oldDatabase, rowsAsBefore } from './old-database';

/** A v8 database with a row or more in every table, a comment with rows out of time order, and a log row whose comment is gone. */
async function v8Database() {
  return oldDatabase(8, {
    comments: [
      rawCommentRow('c1', { status: 'replied', firstRepliedAt: '2026-11-02T08:10:00.000Z', interactionCount: 4 }),
      rawCommentRow('c2', { status: 'new' }),
      rawCommentRow('c3', { status: 'new', firstSeenAt: '2026-11-02T08:30:00.000Z' }),
    ],
    interactions: [
      // Ids out of time order, and a `seen` row sharing its millisecond with an action.
      rawLogRow('i9', 'c1', 'seen', '2026-11-02T08:00:00.000Z'),
      rawLogRow('i1', 'c1', 'flagged', '2026-11-02T08:00:00.000Z'),
      rawLogRow('i2', 'c1', 'replied', '2026-11-02T08:10:00.000Z', { finalText: 'Bonjour Hugo' }),
      rawLogRow('i3', 'c1', 'copied', '2026-11-02T08:05:00.000Z', { templateId: 't1' }),
      rawLogRow('i4', 'c2', 'seen', '2026-11-02T08:00:00.000Z'),
      rawLogRow('i6', 'gone', 'seen', '2026-11-01T08:00:00.000Z'),
    ],
  });
}

describe('schema migration v8 → v9: a comment lists its log rows, the log loses [commentId+at], the comments lastSeenAt and authorKey', () => {
  it('keeps every row of every table, adds each comment the ids of its log rows in time order, and drops only those indexes', async () => {
    const { name, tables } = await v8Database();
    const db = track(await openRiposteDb(name));
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(tables)) expect(await rowsAsBefore(db, table), table).toEqual(byKey(rows));
    const lists = Object.fromEntries((await db.commentStates.toArray()).map((c) => [c.id, c.logIds]));
    expect(lists).toEqual({ c1: ['i9', 'i1', 'i3', 'i2'], c2: ['i4'], c3: undefined });
    for (const row of await readAllJoined(db)) expect(StoredCommentSchema.safeParse(row).success).toBe(true);
    expect(db.interactions.schema.indexes.map((i) => i.name).sort()).toEqual(['[brandId+at]', 'templateId']);
    // [brandId+status] went in v10.
    expect(db.comments.schema.indexes.map((i) => i.name).sort()).toEqual(['[brandId+firstSeenAt]']);
  });

  it('answers a comment\'s history, its corrections and the purge from the lists, and keeps them as it writes', async () => {
    const { name } = await v8Database();
    const db = track(await openRiposteDb(name));
    expect((await commentHistory(db, 'c1')).map((r) => r.id)).toEqual(['i9', 'i1', 'i3', 'i2']);
    expect(await commentHistory(db, 'c3')).toEqual([]);
    await logInteraction(db, { id: 'i10', commentId: 'c2', kind: 'corrected', labels: ['question'], at: '2026-11-03T08:00:00.000Z' });
    expect((await getComment(db, 'c2'))?.logIds).toEqual(['i4', 'i10']);
    expect(await latestCorrections(db, [(await getComment(db, 'c2'))!])).toEqual(new Map([['c2', '2026-11-03T08:00:00.000Z']]));
    // c1 and c3 were last seen before the cutoff: they go with every row they list; c2 was acted on since.
    const result = await purgeOlderThan(db, 1, '2026-11-03T12:00:00.000Z');
    expect(result).toMatchObject({ comments: 2 });
    expect((await db.interactions.toCollection().primaryKeys()).sort()).toEqual(['i10']);
    expect((await commentHistory(db, 'c2')).map((r) => r.id)).toEqual(['i10']);
  });
});

describe('the purge without the comments\' lastSeenAt and authorKey indexes', () => {
  it('removes the comments last seen before the cutoff and the authors left without one, keeping an author whose comment an action kept', async () => {
    const db = await freshDb();
    const lea = { name: 'Léa Martin', handle: 'lea.martin', verified: false };
    const marc = { name: 'Marc Dupont', handle: 'marcd', verified: false };
    await recordSeen(db, 'b1', [makeComment('c-acted', { author: lea }), makeComment('c-old', { author: marc })], '2026-01-05T10:00:00.000Z');
    await recordSeen(db, 'b2', [makeComment('c-other', { author: marc })], '2026-01-06T10:00:00.000Z');
    // Acted on in March, never seen again: the comment stays, and so does Léa, last seen in January.
    await logInteraction(db, { commentId: 'c-acted', kind: 'replied', at: '2026-03-01T10:00:00.000Z' });
    const result = await purgeOlderThan(db, 30, '2026-03-10T00:00:00.000Z');
    expect(result).toEqual({ cutoff: '2026-02-08T00:00:00.000Z', comments: 2, interactions: 3, authors: 1 });
    expect(await db.comments.toCollection().primaryKeys()).toEqual(['c-acted']);
    expect((await db.authors.toCollection().primaryKeys()).sort()).toEqual(['facebook:lea.martin']);
    expect((await commentHistory(db, 'c-acted')).map((r) => r.kind)).toEqual(['replied']);
  });
});

describe('a comment\'s list of log rows', () => {
  it('is kept by recordSeen and logInteractions, a reopen included, and rebuilt from the log on restore', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1'), makeComment('c2')], '2026-03-02T08:00:00.000Z');
    await logInteractions(db, [
      { id: 'a2', commentId: 'c1', kind: 'replied', at: '2026-03-02T09:00:00.000Z' },
      { id: 'a1', commentId: 'c1', kind: 'flagged', at: '2026-03-02T08:30:00.000Z' },
      { id: 'a3', commentId: 'c2', kind: 'ignored', at: '2026-03-02T08:40:00.000Z' },
    ]);
    await logInteraction(db, { id: 'a4', commentId: 'c1', kind: 'reopened', at: '2026-03-02T10:00:00.000Z' });
    // A comment new to the log, brought by the action itself.
    await logInteraction(db, { id: 'a5', commentId: 'c3', kind: 'flagged', at: '2026-03-02T11:00:00.000Z', comment: makeComment('c3'), brandId: 'b1' });
    const c1 = (await getComment(db, 'c1'))!;
    expect(c1.logIds?.slice(1)).toEqual(['a1', 'a2', 'a4']);
    expect(c1.firstRepliedAt).toBeUndefined();
    expect((await commentHistory(db, 'c1')).map((r) => r.kind)).toEqual(['seen', 'flagged', 'replied', 'reopened']);
    expect((await commentHistory(db, 'c3')).map((r) => r.kind)).toEqual(['seen', 'flagged']);
    const all = await db.interactions.toArray();
    const expected = logIdsByComment(all);
    for (const state of await db.commentStates.toArray()) expect(state.logIds, state.id).toEqual(expected.get(state.id));

    // A backup whose lists are wrong (edited by hand, or older than v9) restores lists that match its log.
    const backup = await exportBackup(db, '2026-03-03T00:00:00.000Z');
    for (const comment of backup.data.comments) comment.logIds = ['nowhere'];
    const other = await freshDb();
    await restoreBackup(other, JSON.parse(JSON.stringify(backup)));
    expect(await other.commentStates.count()).toBe(3);
    for (const state of await other.commentStates.toArray()) expect(state.logIds, state.id).toEqual(expected.get(state.id));
    expect((await commentHistory(other, 'c1')).map((r) => r.id)).toEqual((await commentHistory(db, 'c1')).map((r) => r.id));
  });

  it('leaves nothing behind when a call fails', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], '2026-03-02T08:00:00.000Z');
    const before = (await getComment(db, 'c1'))!.logIds;
    await expect(
      logInteractions(db, [
        { id: 'a1', commentId: 'c1', kind: 'flagged', at: '2026-03-02T08:30:00.000Z' },
        { id: 'a2', commentId: 'unknown', kind: 'flagged', at: '2026-03-02T08:31:00.000Z' },
      ]),
    ).rejects.toThrow();
    expect((await getComment(db, 'c1'))!.logIds).toEqual(before);
    expect(await db.interactions.count()).toBe(1);
  });
});
