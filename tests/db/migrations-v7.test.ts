import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_SCHEMA_VERSION, openRiposteDb } from '@/lib/db/database';
import { declareSchema } from '@/lib/db/migrations';
import { buildReport } from '@/lib/reports';
import { InteractionSchema } from '@/lib/schema/interaction';
import { makeBrand, makeTemplate, rawCommentRow, rawLogRow, track, uniqueDbName, withoutLogIds } from './helpers';

const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** A v6 database with a row or more in every table, comments with and without a stated date. */
async function v6Database() {
  const name = uniqueDbName();
  const v6 = new Dexie(name);
  declareSchema(v6, 6);
  await v6.open();
  const tables: Record<string, Record<string, unknown>[]> = {
    brands: [makeBrand('lumiere') as Record<string, unknown>],
    templates: [makeTemplate('t1', 'lumiere') as Record<string, unknown>],
    settings: [{ key: 'settings', value: { slaMinutes: 45 } }],
    meta: [{ key: 'lastPurgeAt', value: '2026-11-01T00:00:00.000Z' }],
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
    profileSnapshots: [
      { brandId: 'lumiere', platform: 'x', handle: 'maisonlumiere', name: 'Maison Lumière', followers: 1200, verified: false, url: 'https://x.com/maisonlumiere', day: '2026-11-02', at: '2026-11-02T08:00:00.000Z', relation: 'own' },
    ],
    threadAggregates: [
      {
        id: 'a1',
        brandId: 'lumiere',
        platform: 'x',
        postUrl: 'https://x.com/rival/status/9',
        handle: 'rival',
        competitor: 'Rival',
        day: '2026-11-02',
        updatedAt: '2026-11-02T08:00:00.000Z',
        volume: 4,
        labels: { complaint: 1, question: 1, praise: 0 },
        sentiment: { negative: 1, neutral: 3, positive: 0 },
        terms: [{ term: 'livraison', count: 2 }],
        commentHashes: [12, 34],
      },
    ],
    forgottenAuthors: [{ hash: 'a'.repeat(64), forgottenAt: '2026-11-01T00:00:00.000Z' }],
  };
  for (const [table, rows] of Object.entries(tables)) await v6.table(table).bulkAdd(rows);
  v6.close();
  return { name, tables };
}

describe('schema migration v6 → v7: a seen row carries its comment\'s stated date', () => {
  it('keeps every row of every table, and dates the seen rows whose comment states a date', async () => {
    const { name, tables } = await v6Database();
    const db = track(await openRiposteDb(name));
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    const dated: Record<string, string> = { i1: '2026-10-30T22:30:00.000Z', i4: '2026-11-01T10:00:00.000Z' };
    for (const [table, rows] of Object.entries(tables)) {
      const expected = table === 'interactions' ? rows.map((r) => (dated[r.id as string] ? { ...r, writtenAt: dated[r.id as string] } : r)) : rows;
      expect(byKey(withoutLogIds(await db.table(table).toArray())), table).toEqual(byKey(expected));
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
