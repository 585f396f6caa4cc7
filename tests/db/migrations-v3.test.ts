import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { listProfileSnapshots, recordProfileSnapshot } from '@/lib/db/audience';
import { DB_SCHEMA_VERSION, openRiposteDb } from '@/lib/db/database';
import { declareSchema } from '@/lib/db/migrations';
import { lumiere } from '../audience/brand';
import { track, uniqueDbName } from './helpers';
import { byKey, rowsAsBefore } from './old-database';

/** Rows as a v2 database holds them (one of each table), written without the app's repositories. */
const V2_ROWS: Record<string, Array<Record<string, unknown>>> = {
  comments: [
    {
      platform: 'x',
      id: 'c1',
      author: { name: 'Hugo Bernard', handle: 'hugob', verified: false },
      authorKey: 'x:hugob',
      text: 'Colis perdu',
      truncated: false,
      postUrl: 'https://x.com/maisonlumiere/status/1',
      brandId: 'lumiere',
      firstSeenAt: '2026-11-02T08:00:00.000Z',
      lastSeenAt: '2026-11-02T08:00:00.000Z',
      status: 'new',
      interactionCount: 1,
    },
  ],
  interactions: [
    { id: 'i1', brandId: 'lumiere', commentId: 'c1', authorKey: 'x:hugob', platform: 'x', postUrl: 'https://x.com/maisonlumiere/status/1', kind: 'seen', at: '2026-11-02T08:00:00.000Z' },
  ],
  authors: [{ key: 'x:hugob', platform: 'x', name: 'Hugo Bernard', handle: 'hugob', verified: false, notes: 'client fidèle', firstSeenAt: '2026-11-02T08:00:00.000Z', lastSeenAt: '2026-11-02T08:00:00.000Z', commentCount: 1 }],
  templates: [{ id: 't1', brandId: 'lumiere', title: 'Excuses', body: 'Bonjour', category: 'complaint', language: 'fr' }],
  brands: [{ id: 'lumiere', name: 'Maison Lumière' }],
  settings: [{ key: 'settings', value: { activeBrandId: 'lumiere' } }],
  meta: [{ key: 'lastPurgeAt', value: '2026-11-20T00:00:00.000Z' }],
};

describe('schema migration v2 → v3', () => {
  it('adds the audience tables and keeps every v2 row exactly as it was', async () => {
    const name = uniqueDbName();
    const v2 = new Dexie(name);
    declareSchema(v2, 2);
    await v2.open();
    for (const [table, rows] of Object.entries(V2_ROWS)) await v2.table(table).bulkAdd(rows);
    v2.close();

    const db = track(await openRiposteDb(name));
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(V2_ROWS)) expect(await rowsAsBefore(db, table), table).toEqual(byKey(rows));
    expect(await db.profileSnapshots.count()).toBe(0);
    expect(await db.threadAggregates.count()).toBe(0);

    // The new store and its indexes work on the upgraded database.
    const reading = { platform: 'x', handle: 'maisonlumiere', name: 'Maison Lumière', followers: 12_300, verified: false, url: 'https://x.com/maisonlumiere' };
    await recordProfileSnapshot(db, lumiere(), reading, new Date('2026-11-23T09:00:00Z'));
    expect((await listProfileSnapshots(db, 'lumiere')).map((s) => s.day)).toEqual(['2026-11-23']);
  });
});
