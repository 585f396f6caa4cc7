import { describe, expect, it } from 'vitest';
import { brandCommentShares, listProfileSnapshots, listThreadAggregates, recordProfileSnapshot, recordThreadComments } from '@/lib/db/audience';
import { recordSeen } from '@/lib/db/seen';
import { InvalidInputError } from '@/lib/db/validate';
import { lumiere } from '../audience/brand';
import { freshDb, makeComment } from './helpers';

const READING = {
  platform: 'x',
  handle: 'maisonlumiere',
  name: 'Maison Lumière',
  followers: 12_300,
  following: 312,
  verified: true,
  url: 'https://x.com/maisonlumiere',
} as const;

describe('profile snapshots', () => {
  it('stores one snapshot per account per day, and a new one the next day', async () => {
    const db = await freshDb();
    const brand = lumiere();
    const first = await recordProfileSnapshot(db, brand, READING, new Date('2026-11-23T09:00:00Z'));
    expect(first).toMatchObject({ status: 'stored', snapshot: { day: '2026-11-23', relation: 'own', followers: 12_300 } });
    const again = await recordProfileSnapshot(db, brand, { ...READING, followers: 12_350 }, new Date('2026-11-23T18:00:00Z'));
    expect(again).toMatchObject({ status: 'already-today', snapshot: { followers: 12_300 } });
    await recordProfileSnapshot(db, brand, { ...READING, followers: 12_400 }, new Date('2026-11-24T08:00:00Z'));
    const rows = await listProfileSnapshots(db, brand.id);
    expect(rows.map((r) => [r.day, r.followers])).toEqual([
      ['2026-11-23', 12_300],
      ['2026-11-24', 12_400],
    ]);
  });

  it('replaces today’s figures when the user asks for a snapshot now', async () => {
    const db = await freshDb();
    const brand = lumiere();
    await recordProfileSnapshot(db, brand, READING, new Date('2026-11-23T09:00:00Z'));
    const forced = await recordProfileSnapshot(db, brand, { ...READING, followers: 12_350 }, new Date('2026-11-23T18:00:00Z'), { force: true });
    expect(forced.status).toBe('stored');
    expect((await listProfileSnapshots(db, brand.id)).map((r) => r.followers)).toEqual([12_350]);
  });

  it('stores competitors’ accounts with the competitor’s name, and nobody else’s', async () => {
    const db = await freshDb();
    const brand = lumiere();
    const now = new Date('2026-11-23T09:00:00Z');
    const rival = await recordProfileSnapshot(db, brand, { ...READING, handle: 'ateliernova', name: 'Atelier Nova', url: 'https://x.com/ateliernova' }, now);
    expect(rival).toMatchObject({ status: 'stored', snapshot: { relation: 'competitor', competitor: 'Atelier Nova' } });
    const person = await recordProfileSnapshot(db, brand, { ...READING, handle: 'camille_m', name: 'Camille M.', url: 'https://x.com/camille_m' }, now);
    expect(person).toEqual({ status: 'not-watched' });
    expect((await listProfileSnapshots(db, brand.id)).map((r) => r.handle)).toEqual(['ateliernova']);
    expect(await listProfileSnapshots(db, 'other-brand')).toEqual([]);
  });

  it('rejects a malformed reading with a clear error and stores nothing', async () => {
    const db = await freshDb();
    await expect(recordProfileSnapshot(db, lumiere(), { ...READING, followers: -3 }, new Date())).rejects.toThrow(InvalidInputError);
    expect(await db.profileSnapshots.count()).toBe(0);
  });
});

describe('competitor thread aggregates', () => {
  it('accumulates a post’s comments per day, counting each once, and stores no text', async () => {
    const db = await freshDb();
    const meta = {
      brandId: 'lumiere',
      platform: 'x' as const,
      postUrl: 'https://x.com/ateliernova/status/1860000000000000001',
      handle: 'ateliernova',
      competitor: 'Atelier Nova',
      day: '2026-11-23',
      now: new Date('2026-11-23T09:00:00Z'),
    };
    const c = (id: string, text: string, labels: Array<'complaint' | 'praise'>, value: 'negative' | 'positive') => ({ id, text, classification: { labels, sentiment: { value, score: 0 } } });
    await recordThreadComments(db, [c('a', 'Colis jamais reçu', ['complaint'], 'negative')], meta);
    await recordThreadComments(db, [c('a', 'Colis jamais reçu', ['complaint'], 'negative'), c('b', 'Très belle lampe', ['praise'], 'positive')], meta);
    const [row, ...rest] = await listThreadAggregates(db, 'lumiere');
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ volume: 2, labels: { complaint: 1, praise: 1 }, sentiment: { negative: 1, positive: 1 } });
    expect(JSON.stringify(await db.threadAggregates.toArray())).not.toMatch(/jamais reçu|belle lampe/u);
  });
});

describe('brandCommentShares', () => {
  it('gives the brand’s own complaint and sentiment shares since a date, without its own replies', async () => {
    const db = await freshDb();
    await recordSeen(db, 'lumiere', [
      { ...makeComment('old', { labels: ['complaint'] }), sentiment: 'negative' },
    ], new Date('2026-10-01T09:00:00Z'));
    await recordSeen(db, 'lumiere', [
      { ...makeComment('a'), labels: ['complaint'], sentiment: 'negative' },
      { ...makeComment('b'), labels: ['praise'], sentiment: 'positive' },
      { ...makeComment('c'), labels: [], sentiment: 'neutral' },
      { ...makeComment('d'), labels: ['question'], sentiment: 'neutral' },
      { ...makeComment('reply', { isOwnBrand: true }), labels: [], sentiment: 'positive' },
    ], new Date('2026-11-20T09:00:00Z'));
    const shares = await brandCommentShares(db, 'lumiere', '2026-11-01T00:00:00.000Z');
    expect(shares).toMatchObject({ volume: 4, complaint: 0.25, praise: 0.25, question: 0.25, negative: 0.25, positive: 0.25, neutral: 0.5 });
    expect((await brandCommentShares(db, 'other', '2026-11-01T00:00:00.000Z')).volume).toBe(0);
  });
});

describe('audience rows in backups and brand deletion', () => {
  it('survive a backup and restore, and old backups without them still restore', async () => {
    const { exportBackup, backupToJson, restoreBackup } = await import('@/lib/db/backup');
    const { saveBrand } = await import('@/lib/db/brands');
    const db = await freshDb();
    const brand = lumiere();
    await saveBrand(db, brand);
    await recordProfileSnapshot(db, brand, READING, new Date('2026-11-23T09:00:00Z'));
    const json = backupToJson(await exportBackup(db, new Date('2026-11-23T10:00:00Z')));
    await db.profileSnapshots.clear();
    const restored = await restoreBackup(db, json);
    expect(restored.profileSnapshots).toBe(1);
    expect((await listProfileSnapshots(db, brand.id)).map((r) => r.followers)).toEqual([12_300]);

    // A backup written before the audience tables existed: restores, with no snapshots.
    const old = JSON.parse(json) as { data: Record<string, unknown> };
    delete old.data.profileSnapshots;
    delete old.data.threadAggregates;
    expect((await restoreBackup(db, old)).profileSnapshots).toBe(0);
  });

  it('go with their brand when it is deleted', async () => {
    const { saveBrand, deleteBrand } = await import('@/lib/db/brands');
    const db = await freshDb();
    const brand = lumiere();
    await saveBrand(db, brand);
    await recordProfileSnapshot(db, brand, READING, new Date('2026-11-23T09:00:00Z'));
    expect(await deleteBrand(db, brand.id)).toMatchObject({ brands: 1, profileSnapshots: 1 });
    expect(await db.profileSnapshots.count()).toBe(0);
  });
});
