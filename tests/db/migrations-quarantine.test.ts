import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_SCHEMA_VERSION, openRiposteDb } from '@/lib/db/database';
import { declareSchema } from '@/lib/db/migrations';
import { quarantinedRows } from '@/lib/db/quarantine';
import { forgetAuthor, purgeOlderThan } from '@/lib/db/retention';
import { StoredCommentSchema } from '@/lib/schema/interaction';
import { track, uniqueDbName } from './helpers';

/**
 * Issue 19: a single v1 comment the v2 upgrade cannot convert used to make the upgrade throw,
 * leaving the database at v1 and Riposte unable to open it. Such a row is now set aside (kept in
 * the quarantine, reported) and the upgrade carries on.
 */
const base = {
  platform: 'x',
  text: 'Colis perdu',
  truncated: false,
  postUrl: 'https://x.com/riposte_demo/status/1',
  brandId: 'b1',
  firstSeenAt: '2026-03-02T08:00:00.000Z',
  lastSeenAt: '2026-03-02T08:00:00.000Z',
  status: 'new',
};
const GOOD = { ...base, id: 'good', author: { name: 'Hugo Bernard', handle: 'hugob', verified: false } };
const BAD = [
  { ...base, id: 'no-author' },
  { ...base, id: 'null-author', author: null },
  { ...base, id: 'numeric-handle', author: { name: 'Léa', handle: 12345, verified: false } },
  { ...base, id: 'bad-profile', author: { name: 'Léa', profileUrl: 'not a url', verified: false } },
  { ...base, id: 'no-name', author: { verified: false } },
];

async function seedV1(name: string, comments: unknown[]): Promise<void> {
  const v1 = new Dexie(name);
  declareSchema(v1, 1);
  await v1.open();
  await v1.table('comments').bulkAdd(comments);
  await v1.table('interactions').bulkAdd([
    { id: 'i-good', brandId: 'b1', commentId: 'good', platform: 'x', postUrl: base.postUrl, kind: 'seen', at: '2026-03-02T08:00:00.000Z' },
    { id: 'i-bad', brandId: 'b1', commentId: 'numeric-handle', platform: 'x', postUrl: base.postUrl, kind: 'seen', at: '2026-03-02T08:00:00.000Z' },
  ]);
  v1.close();
}

describe('an upgrade sets aside the rows it cannot convert and carries on', () => {
  for (const bad of BAD) {
    it(`a v1 comment with ${bad.id.replace('-', ' ')}: the database opens at the latest version`, async () => {
      const name = uniqueDbName();
      await seedV1(name, [GOOD, bad]);
      const db = track(await openRiposteDb(name));
      expect(db.verno).toBe(DB_SCHEMA_VERSION);
      expect(await db.comments.get('good')).toMatchObject({ authorKey: 'x:hugob' });
      expect(StoredCommentSchema.safeParse(await db.comments.get('good')).success).toBe(true);
      expect(await db.comments.get(bad.id)).toBeUndefined();
      const quarantine = await quarantinedRows(db);
      expect(quarantine).toEqual([expect.objectContaining({ table: 'comments', id: bad.id, step: 2, row: expect.objectContaining({ id: bad.id, text: 'Colis perdu' }) })]);
      expect(quarantine[0]!.reason).not.toBe('');
      // The log keeps every interaction.
      expect(await db.interactions.count()).toBe(2);
    });
  }

  it('all of them at once, among good rows', async () => {
    const name = uniqueDbName();
    await seedV1(name, [GOOD, ...BAD]);
    const db = track(await openRiposteDb(name));
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    expect(await db.comments.count()).toBe(1);
    expect((await quarantinedRows(db)).map((r) => r.id).sort()).toEqual(BAD.map((b) => b.id).sort());
  });
});

describe('quarantined rows are personal data too', () => {
  it('retention purges them once old, and "forget this author" removes those naming the author', async () => {
    const name = uniqueDbName();
    const hugoBad = { ...base, id: 'hugo-bad', author: { name: 'Hugo Bernard', handle: 777, verified: false } };
    const recentBad = { ...base, id: 'recent-bad', lastSeenAt: '2026-11-20T08:00:00.000Z', author: null };
    await seedV1(name, [GOOD, hugoBad, recentBad, { ...base, id: 'old-bad', author: null }]);
    const db = track(await openRiposteDb(name));
    expect((await quarantinedRows(db)).map((r) => r.id).sort()).toEqual(['hugo-bad', 'old-bad', 'recent-bad']);

    await forgetAuthor(db, 'x:hugob');
    expect((await quarantinedRows(db)).map((r) => r.id).sort()).toEqual(['old-bad', 'recent-bad']);

    await purgeOlderThan(db, 30, '2026-11-23T10:00:00.000Z');
    expect((await quarantinedRows(db)).map((r) => r.id)).toEqual(['recent-bad']);
  });
});
