import { describe, expect, it } from 'vitest';
import { DB_SCHEMA_VERSION, openRiposteDb } from '@/lib/db/database';
import { buildReport } from '@/lib/reports';
import { InteractionSchema } from '@/lib/schema/interaction';
import { rawCommentRow, rawLogRow, track } from './helpers';
import { byKey, oldDatabase, rowsAsBefore } from './old-database';

/** A v6 database with a row or more in every table, comments with and without a stated date. */
async function v6Database() {
  return oldDatabase(6, {
    authors: [{ key: 'x:hugob', platform: 'x', name: 'Hugo Bernard', handle: 'hugob', verified: false, firstSeenAt: '2026-11-02T08:00:00.000Z', lastSeenAt: '2026-11-02T09:00:00.000Z', commentCount: 3 }],
    comments: [
      // Stated with an offset: the seen row gets it in UTC.
      rawCommentRow('c1', { createdAt: '2026-10-30T23:30:00.000+01:00' }),
      rawCommentRow('c2'),
      rawCommentRow('c3', { createdAt: '2026-11-01T10:00:00.000Z', brandId: 'other' }),
    ],
    interactions: [
      rawLogRow('i1', 'c1', 'seen', '2026-11-02T08:00:00.000Z', { labels: ['complaint'] }),
      rawLogRow('i2', 'c1', 'replied', '2026-11-02T08:10:00.000Z'),
      rawLogRow('i3', 'c2', 'seen', '2026-11-02T08:00:00.000Z'),
      rawLogRow('i4', 'c3', 'seen', '2026-11-02T08:00:00.000Z', { brandId: 'other' }),
      // A sighting whose comment row is gone: kept as it is.
      rawLogRow('i5', 'gone', 'seen', '2026-11-01T08:00:00.000Z'),
    ],
  });
}

describe('schema migration v6 → v7: a seen row carries its comment\'s stated date', () => {
  it('keeps every row of every table, and dates the seen rows whose comment states a date', async () => {
    const { name, tables } = await v6Database();
    const db = track(await openRiposteDb(name));
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    const dated: Record<string, string> = { i1: '2026-10-30T22:30:00.000Z', i4: '2026-11-01T10:00:00.000Z' };
    for (const [table, rows] of Object.entries(tables)) {
      const expected = table === 'interactions' ? rows.map((r) => (dated[r.id as string] ? { ...r, writtenAt: dated[r.id as string] } : r)) : rows;
      expect(await rowsAsBefore(db, table), table).toEqual(byKey(expected));
    }
    for (const row of await db.interactions.toArray()) expect(InteractionSchema.safeParse(row).success).toBe(true);
  });

  it('gives the report the stated dates without reading the comment rows', async () => {
    const { name } = await v6Database();
    const db = track(await openRiposteDb(name));
    await db.comments.clear();
    const options = { brandId: 'lumiere', period: 'month', now: '2026-11-20T00:00:00.000Z', language: 'fr', timeZone: 'UTC' } as const;
    // c1 says it was written on 30 October: it counts in October, c2 (no date) and the gone one in November.
    expect((await buildReport(db, { ...options, start: '2026-10-01' })).current.volumes.total).toBe(1);
    expect((await buildReport(db, { ...options, start: '2026-11-01' })).current.volumes.total).toBe(2);
  });
});
