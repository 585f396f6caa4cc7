import { describe, expect, it } from 'vitest';
import { backupToJson, exportBackup, restoreBackup } from '@/lib/db/backup';
import { recordSeen } from '@/lib/db/seen';
import { writtenAtOf } from '@/lib/schema/interaction';
import { freshDb, makeComment } from './helpers';

const seenRow = async (db: Awaited<ReturnType<typeof freshDb>>, commentId: string) =>
  (await db.interactions.toArray()).find((r) => r.commentId === commentId && r.kind === 'seen');

describe('a seen row carries the comment\'s stated date (schema v7)', () => {
  it('is dated when the comment is first logged, in UTC, and only when the page states a date', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1', { createdAt: '2026-03-01T21:00:00.000+01:00' }), makeComment('c2')], '2026-03-02T08:00:00.000Z');
    expect((await seenRow(db, 'c1'))?.writtenAt).toBe('2026-03-01T20:00:00.000Z');
    expect(await seenRow(db, 'c2')).not.toHaveProperty('writtenAt');
  });

  it('follows the comment row when a later sighting states another date, and keeps it when a sighting states none', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1', { createdAt: '2026-03-01T20:00:00.000Z' }), makeComment('c2')], '2026-03-02T08:00:00.000Z');
    await recordSeen(db, 'b1', [makeComment('c1', { createdAt: '2026-03-01T19:00:00.000Z' }), makeComment('c2', { createdAt: '2026-02-27T10:00:00.000Z' })], '2026-03-02T09:00:00.000Z');
    expect((await seenRow(db, 'c1'))?.writtenAt).toBe('2026-03-01T19:00:00.000Z');
    expect((await seenRow(db, 'c2'))?.writtenAt).toBe('2026-02-27T10:00:00.000Z');
    await recordSeen(db, 'b1', [makeComment('c1')], '2026-03-02T10:00:00.000Z');
    expect((await db.comments.get('c1'))?.createdAt).toBe('2026-03-01T19:00:00.000Z');
    expect((await seenRow(db, 'c1'))?.writtenAt).toBe('2026-03-01T19:00:00.000Z');
    expect(db.invalid).toEqual([]);
  });

  it('dates the seen rows of a backup written before v7 as the upgrade dates the database', async () => {
    const source = await freshDb();
    await recordSeen(source, 'b1', [makeComment('c1', { createdAt: '2026-03-01T20:00:00.000Z' }), makeComment('c2')], '2026-03-02T08:00:00.000Z');
    const doc = JSON.parse(backupToJson(await exportBackup(source, '2026-03-10T12:00:00.000Z'))) as {
      dbSchemaVersion: number;
      data: { interactions: Array<Record<string, unknown>> };
    };
    doc.dbSchemaVersion = 6;
    doc.data.interactions = doc.data.interactions.map(({ writtenAt: _w, ...row }) => row);
    const target = await freshDb();
    await restoreBackup(target, JSON.stringify(doc));
    expect((await seenRow(target, 'c1'))?.writtenAt).toBe('2026-03-01T20:00:00.000Z');
    expect(await seenRow(target, 'c2')).not.toHaveProperty('writtenAt');
  });

  it('leaves out a date the log cannot store', () => {
    expect(writtenAtOf(undefined)).toBeUndefined();
    expect(writtenAtOf('not a date')).toBeUndefined();
    expect(writtenAtOf('+010000-01-01T00:00:00.000Z')).toBeUndefined();
    expect(writtenAtOf('2026-03-01T21:00:00+01:00')).toBe('2026-03-01T20:00:00.000Z');
  });
});
