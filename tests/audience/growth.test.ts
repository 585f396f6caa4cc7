import { describe, expect, it } from 'vitest';
import { addDays, localDayOf } from '@/lib/calendar';
import { followerDeltas, followerSeries, growthChartData } from '@/lib/audience/growth';
import type { ProfileSnapshot } from '@/lib/schema/audience';

const snap = (handle: string, day: string, followers: number | undefined, relation: 'own' | 'competitor' = 'own'): ProfileSnapshot => ({
  brandId: 'lumiere',
  platform: 'x',
  handle,
  name: handle === 'maisonlumiere' ? 'Maison Lumière' : 'Atelier Nova',
  verified: false,
  url: `https://x.com/${handle}`,
  day,
  at: `${day}T10:00:00.000Z`,
  relation,
  ...(relation === 'competitor' ? { competitor: 'Atelier Nova' } : {}),
  ...(followers === undefined ? {} : { followers }),
});

const SNAPSHOTS = [
  snap('ateliernova', '2026-11-20', 20_500, 'competitor'),
  snap('maisonlumiere', '2026-11-23', 12_300),
  snap('maisonlumiere', '2026-10-20', 11_000),
  snap('maisonlumiere', '2026-11-10', 12_000),
  snap('maisonlumiere', '2026-11-16', 12_100),
  snap('ateliernova', '2026-11-01', 20_000, 'competitor'),
  snap('ateliernova', '2026-11-21', undefined, 'competitor'),
];

describe('day helpers', () => {
  it('works on UTC calendar days', () => {
    expect(localDayOf(new Date('2026-11-23T23:59:00Z'))).toBe('2026-11-23');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('followerSeries', () => {
  it('groups per account, oldest first, own accounts before competitors, skipping missing counts', () => {
    const series = followerSeries(SNAPSHOTS);
    expect(series.map((s) => [s.key, s.relation])).toEqual([
      ['x:maisonlumiere', 'own'],
      ['x:ateliernova', 'competitor'],
    ]);
    expect(series[0]!.points.map((p) => p.day)).toEqual(['2026-10-20', '2026-11-10', '2026-11-16', '2026-11-23']);
    expect(series[1]!.points).toHaveLength(2);
    expect(series[1]!.competitor).toBe('Atelier Nova');
  });
});

describe('followerDeltas', () => {
  it('compares the latest count with the latest snapshot at least 7 and 30 days older', () => {
    const [own, rival] = followerDeltas(SNAPSHOTS, '2026-11-23');
    // 7 days before 23 Nov is the 16th (12 100); 30 days before is 24 Oct → the 20 Oct snapshot.
    expect(own).toMatchObject({ handle: 'maisonlumiere', day: '2026-11-23', followers: 12_300, weekly: 200, monthly: 1300 });
    // Atelier Nova: 20 Nov vs 1 Nov (weekly reference 13 Nov → 1 Nov), nothing 30 days older.
    expect(rival).toMatchObject({ handle: 'ateliernova', day: '2026-11-20', followers: 20_500, weekly: 500 });
    expect(rival).not.toHaveProperty('monthly');
  });

  it('ignores snapshots after the report day, and accounts with none before it', () => {
    const deltas = followerDeltas(SNAPSHOTS, '2026-11-12');
    expect(deltas.map((d) => [d.handle, d.followers])).toEqual([
      ['maisonlumiere', 12_000],
      ['ateliernova', 20_000],
    ]);
    expect(followerDeltas(SNAPSHOTS, '2026-01-01')).toEqual([]);
  });
});

describe('growthChartData', () => {
  it('puts every account on one day axis, carrying counts over the days without a visit', () => {
    const data = growthChartData(followerSeries(SNAPSHOTS), '2026-11-15', '2026-11-23');
    expect(data.days).toHaveLength(9);
    expect(data.days[0]).toBe('2026-11-15');
    const [own, rival] = data.lines;
    // 15 Nov: last known 12 000 (10 Nov); 16th: 12 100; 23rd: 12 300.
    expect(own!.values).toEqual([12_000, 12_100, 12_100, 12_100, 12_100, 12_100, 12_100, 12_100, 12_300]);
    expect(rival!.values.slice(4)).toEqual([20_000, 20_500, 20_500, 20_500, 20_500]);
  });

  it('starts a line at its first count when the account was first seen inside the range', () => {
    const data = growthChartData(followerSeries(SNAPSHOTS), '2026-10-18', '2026-10-21');
    expect(data.lines.map((l) => l.values)).toEqual([[11_000, 11_000, 11_000, 11_000]]);
  });
});
