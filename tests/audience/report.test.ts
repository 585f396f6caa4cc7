import { describe, expect, it } from 'vitest';
import { emptyAggregate } from '@/lib/audience/aggregate';
import { audienceForPeriod } from '@/lib/audience/report';
import { recordProfileSnapshot } from '@/lib/db/audience';
import { buildReport } from '@/lib/reports';
import type { ProfileSnapshot } from '@/lib/schema/audience';
import { freshDb } from '../db/helpers';
import { lumiere } from './brand';

const snap = (handle: string, day: string, followers: number): ProfileSnapshot => ({
  brandId: 'lumiere',
  platform: 'instagram',
  handle,
  name: handle,
  followers,
  verified: false,
  url: `https://www.instagram.com/${handle}/`,
  day,
  at: `${day}T09:00:00.000Z`,
  relation: handle === 'maisonlumiere' ? 'own' : 'competitor',
  ...(handle === 'maisonlumiere' ? {} : { competitor: 'Atelier Nova' }),
});

describe('audienceForPeriod', () => {
  it('gives each account’s count at the end of the period and its change since before it', () => {
    const snapshots = [snap('maisonlumiere', '2026-11-10', 1000), snap('maisonlumiere', '2026-11-18', 1040), snap('maisonlumiere', '2026-11-20', 1060), snap('ateliernova', '2026-11-19', 900), snap('ateliernova', '2026-11-25', 950)];
    const meta = { brandId: 'lumiere', platform: 'x' as const, postUrl: 'https://x.com/ateliernova/status/1', handle: 'ateliernova', competitor: 'Atelier Nova', now: new Date() };
    const inWeek = { ...emptyAggregate({ ...meta, day: '2026-11-18' }), volume: 4, labels: { complaint: 1, question: 0, praise: 0 }, sentiment: { negative: 2, neutral: 2, positive: 0 } };
    const outside = { ...emptyAggregate({ ...meta, day: '2026-11-09' }), volume: 10 };
    const audience = audienceForPeriod(snapshots, [inWeek, outside], '2026-11-16', '2026-11-23');
    expect(audience.accounts.map((a) => [a.handle, a.followers, a.change])).toEqual([
      ['maisonlumiere', 1060, 60],
      ['ateliernova', 900, undefined],
    ]);
    expect(audience.competitors).toEqual([{ competitor: 'Atelier Nova', volume: 4, complaint: 0.25, negative: 0.5 }]);
  });

  it('is empty for a period without snapshots or threads', () => {
    expect(audienceForPeriod([snap('maisonlumiere', '2026-11-10', 1000)], [], '2026-11-16', '2026-11-23')).toEqual({ accounts: [], competitors: [] });
  });
});

describe('buildReport with audience figures', () => {
  it('adds the period’s follower changes when the database has snapshots, and nothing otherwise', async () => {
    const db = await freshDb();
    const options = { brandId: 'lumiere', period: 'week' as const, start: '2026-11-16', now: '2026-11-23T12:00:00.000Z', language: 'fr' as const };
    expect((await buildReport(db, options)).audience).toBeUndefined();
    const reading = { platform: 'x', handle: 'maisonlumiere', name: 'Maison Lumière', verified: false, url: 'https://x.com/maisonlumiere' };
    await recordProfileSnapshot(db, lumiere(), { ...reading, followers: 12_000 }, new Date('2026-11-12T09:00:00Z'));
    await recordProfileSnapshot(db, lumiere(), { ...reading, followers: 12_300 }, new Date('2026-11-20T09:00:00Z'));
    const report = await buildReport(db, options);
    expect(report.audience?.accounts).toEqual([expect.objectContaining({ handle: 'maisonlumiere', followers: 12_300, change: 300 })]);
  });
});
