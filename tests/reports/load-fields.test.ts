import { describe, expect, it } from 'vitest';
import { logInteractions } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { buildReport, loadReportData } from '@/lib/reports';
import { freshDb, makeComment } from '../db/helpers';

const T0 = '2026-03-02T08:00:00.000Z';
const options = { brandId: 'b1', period: 'month', start: '2026-03-01', now: '2026-03-20T00:00:00.000Z', language: 'fr', timeZone: 'Europe/Paris' } as const;

/** A report validates and keeps only the log fields it reads (issue 17). */
describe('loadReportData', () => {
  it('checks the fields the KPIs read, not the texts or the post URL, and still skips a broken row', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1', { labels: ['complaint'], sentiment: 'negative' })], T0);
    await logInteractions(db, [
      { commentId: 'c1', kind: 'escalated', department: 'press', note: 'à voir', at: '2026-03-02T08:10:00.000Z' },
      { commentId: 'c1', kind: 'replied', source: 'page', finalText: 'Bonjour', at: '2026-03-02T08:20:00.000Z' },
    ]);
    await db.interactions.add({ id: 'broken', brandId: 'b1', commentId: 'c1', at: '2026-03-02T08:30:00.000Z', kind: 'shouted' } as never);
    // A post URL the log's schema would refuse: the report does not read it, so does not check it.
    const replied = (await db.interactions.toArray()).find((r) => r.kind === 'replied');
    await db.interactions.update(replied!.id, { postUrl: 'not a url' });

    const data = await loadReportData(db, options);
    expect(data.interactions.map((r) => r.kind)).toEqual(['seen', 'escalated', 'replied']);
    expect(data.interactions[1]).toMatchObject({ department: 'press', authorKey: 'facebook:lea.martin', platform: 'facebook' });
    expect(db.invalid).toEqual([expect.objectContaining({ table: 'interactions', key: 'broken' })]);

    const report = await buildReport(db, options);
    expect(report.current.volumes.total).toBe(1);
    expect(report.current.responseTime.medianMs).toBe(20 * 60_000);
    expect(report.escalations).toEqual([expect.objectContaining({ department: 'press', escalations: 1 })]);
  });

  it('reads the authors of the rows, whether or not their index range holds them, and only the comments a sample may quote', async () => {
    const db = await freshDb();
    const lea = makeComment('c1', { createdAt: '2026-03-01T20:00:00.000Z', likes: 4, labels: ['complaint'], sentiment: 'negative' });
    const hugo = makeComment('c2', { author: { name: 'Hugo Bernard', handle: 'hugob', verified: true }, text: 'Merci !' });
    await recordSeen(db, 'b1', [lea, hugo], T0);
    // Another brand's comments by other people, seen at the same time.
    await recordSeen(db, 'b2', [1, 2, 3].map((i) => makeComment(`o${i}`, { author: { name: `Autre ${i}`, handle: `autre${i}`, verified: false } })), T0);
    // A recent period (its follow-up still open: authors read with the log rows) and an old one
    // (read after them, up to twice the number wanted).
    const load = async (now: string) => {
      const data = await loadReportData(db, { ...options, now });
      return { comments: [...(data.comments ?? new Map()).entries()].sort(), authors: (data.authors ?? []).map((a) => a.key).sort() };
    };
    const NOWS = [options.now, '2026-06-01T00:00:00.000Z'];
    // c2 bears no complaint or praise label: its row is not read. c1's stated date is on its log row.
    const expected = {
      comments: [['c1', { text: lea.text, likes: 4 }]],
      authors: ['facebook:hugob', 'facebook:lea.martin'],
    };
    // Five recent authors for two wanted.
    for (const now of NOWS) expect(await load(now)).toEqual(expected);
    expect((await loadReportData(db, options)).interactions.find((r) => r.commentId === 'c1')).toMatchObject({ kind: 'seen', writtenAt: '2026-03-01T20:00:00.000Z' });
    // A row the range misses (an author last seen before the period): read by key.
    await db.authors.update('facebook:lea.martin', { lastSeenAt: '2025-12-01T00:00:00.000Z' });
    await db.authors.where('key').startsWith('facebook:autre').delete();
    for (const now of NOWS) expect(await load(now)).toEqual(expected);
    // No sample asked for: no comment row read.
    expect((await loadReportData(db, { ...options, samples: 0 })).comments).toEqual(new Map());
    expect(db.invalid).toEqual([]);
    const report = await buildReport(db, options);
    expect(report.samples.complaints).toEqual([expect.objectContaining({ commentId: 'c1', likes: 4 })]);
  });
});
