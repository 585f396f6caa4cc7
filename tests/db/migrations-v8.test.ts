import { describe, expect, it } from 'vitest';
import { DB_SCHEMA_VERSION, openRiposteDb } from '@/lib/db/database';
import { authorHistory, commentHistory, commentsWithStatus, logInteraction } from '@/lib/db/interactions';
import { forgetAuthor } from '@/lib/db/retention';
import { templateChoices } from '@/lib/db/template-history';
import { exportRows } from '@/lib/export/query';
import { buildReport } from '@/lib/reports';
import { rawCommentRow, rawLogRow, track } from './helpers';
import { byKey, oldDatabase, rowsAsBefore } from './old-database';

/** A v7 database with a row or more in every table, two authors, and a log row whose comment is gone. */
async function v7Database() {
  const lea = { authorKey: 'x:lea', author: { name: 'Léa Martin', handle: 'lea', verified: false } };
  return oldDatabase(7, {
    authors: [
      { key: 'x:hugob', platform: 'x', name: 'Hugo Bernard', handle: 'hugob', verified: false, firstSeenAt: '2026-11-02T08:00:00.000Z', lastSeenAt: '2026-11-02T09:00:00.000Z', commentCount: 2, notes: '' },
      { key: 'x:lea', platform: 'x', name: 'Léa Martin', handle: 'lea', verified: false, firstSeenAt: '2026-11-02T08:00:00.000Z', lastSeenAt: '2026-11-02T09:00:00.000Z', commentCount: 1, notes: '' },
    ],
    comments: [
      rawCommentRow('c1', { status: 'replied', firstRepliedAt: '2026-11-02T08:10:00.000Z', interactionCount: 3 }),
      rawCommentRow('c2', { status: 'new' }),
      rawCommentRow('c3', { ...lea, status: 'new', firstSeenAt: '2026-11-02T08:30:00.000Z' }),
    ],
    interactions: [
      rawLogRow('i1', 'c1', 'seen', '2026-11-02T08:00:00.000Z', { writtenAt: '2026-11-02T07:00:00.000Z' }),
      rawLogRow('i2', 'c1', 'replied', '2026-11-02T08:10:00.000Z', { finalText: 'Bonjour Hugo' }),
      rawLogRow('i3', 'c1', 'copied', '2026-11-02T08:05:00.000Z', { templateId: 't1' }),
      rawLogRow('i4', 'c2', 'seen', '2026-11-02T08:00:00.000Z'),
      rawLogRow('i5', 'c3', 'seen', '2026-11-02T08:00:00.000Z', { authorKey: 'x:lea' }),
      // Léa's sighting whose comment row is gone: erasure must still find it.
      rawLogRow('i6', 'gone', 'seen', '2026-11-01T08:00:00.000Z', { authorKey: 'x:lea' }),
    ],
  });
}

describe('schema migration v7 → v8: the log loses its authorKey index', () => {
  it('keeps every row of every table as it was, and drops only that index', async () => {
    const { name, tables } = await v7Database();
    const db = track(await openRiposteDb(name));
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(tables)) expect(await rowsAsBefore(db, table), table).toEqual(byKey(rows));
    // [commentId+at] went in v9.
    expect(db.interactions.schema.indexes.map((i) => i.name).sort()).toEqual(['[brandId+at]', 'templateId']);
  });

  it('answers every query of the log as before', async () => {
    const { name } = await v7Database();
    const db = track(await openRiposteDb(name));
    expect((await commentHistory(db, 'c1')).map((r) => r.id)).toEqual(['i1', 'i3', 'i2']);
    expect((await authorHistory(db, 'x:lea')).map((r) => r.id)).toEqual(['i6', 'i5']);
    expect((await commentsWithStatus(db, 'lumiere', 'new')).map((c) => c.id)).toEqual(['c2', 'c3']);
    expect((await templateChoices(db, 'lumiere')).map((c) => c.chosen)).toEqual(['t1']);
    const exported = [];
    for await (const row of exportRows(db, { brandId: 'lumiere' })) exported.push(row.id);
    expect(exported.sort()).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6']);
    const report = await buildReport(db, { brandId: 'lumiere', period: 'month', start: '2026-11-01', now: '2026-11-20T00:00:00.000Z', language: 'fr', timeZone: 'UTC' });
    expect(report.current.volumes.total).toBe(4);
    // Writing goes on where the old rows left off.
    await logInteraction(db, { commentId: 'c2', kind: 'resolved', at: '2026-11-03T08:00:00.000Z' });
    expect((await commentHistory(db, 'c2')).map((r) => r.kind)).toEqual(['seen', 'resolved']);
  });

  it('still erases a person from the whole log, a row whose comment is gone included', async () => {
    const { name } = await v7Database();
    const db = track(await openRiposteDb(name));
    const result = await forgetAuthor(db, 'x:lea', '2026-11-20T00:00:00.000Z');
    expect(result).toMatchObject({ comments: 1, interactions: 2 });
    expect((await db.interactions.toCollection().primaryKeys()).sort()).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect((await commentHistory(db, 'c1')).length).toBe(3);
  });
});
