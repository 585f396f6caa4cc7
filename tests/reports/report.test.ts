import { describe, expect, it } from 'vitest';
import { saveBrand } from '@/lib/db/brands';
import { logInteraction } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { saveTemplate } from '@/lib/db/templates';
import { buildReport, periodBounds, reportTitle, type ReportOptions } from '@/lib/reports';
import { assessAuthor } from '@/lib/triage';
import type { RiposteDB } from '@/lib/db/database';
import { freshDb, makeBrand, makeComment, makeTemplate } from '../db/helpers';

const MIN = 60_000;
const lea = { name: 'Léa Martin', handle: 'lea.martin', verified: true, followers: 50_000 };
const anon = { name: 'Anonyme', verified: false };
const journalist = { name: 'Jeanne Presse', handle: 'jeanne.presse', verified: false, followers: 300 };
const sam = { name: 'Sam Petit', handle: 'sampetit', verified: false };

/**
 * Week of Monday 2 March 2026 in Paris (UTC+1): [2026-03-01T23:00Z, 2026-03-08T23:00Z).
 *   A lea       complaint/negative  seen 03-02 08:00Z, draft 08:25 (t1), reply read on the page 08:30   30 min
 *   B anon      question/neutral    seen 03-02 22:30Z (23:30 Paris, still the 2nd), draft 03-03 00:29 (t1),
 *                                   marked answered 00:30                                                 120 min
 *   C jeanne    complaint/negative  seen 03-08 22:59Z (23:59 Paris, last day), escalated to press, no reply
 *   D sam       praise/positive     seen 03-05 12:00Z, ignored
 * Previous week: P1 complaint replied in 10 min (draft from t2 at 5 min), P2 question replied in 50 min, escalated to after-sales.
 * Brand b2 has a comment the same week that must not count.
 */
async function seed(db: RiposteDB): Promise<void> {
  await saveBrand(db, makeBrand('b1', { name: 'Riposte Démo', watchlist: [{ who: '@Jeanne.Presse', kind: 'journalist' }] }));
  await saveTemplate(db, makeTemplate('t1', 'b1', { title: 'Retard de livraison' }));
  const seen = (id: string, author: object, labels: string[], sentiment: 'negative' | 'neutral' | 'positive', at: string, brand = 'b1') =>
    recordSeen(db, brand, [makeComment(id, { author: author as typeof anon, labels, sentiment })], at);
  await seen('A', lea, ['complaint'], 'negative', '2026-03-02T08:00:00.000Z');
  await logInteraction(db, { commentId: 'A', kind: 'inserted', templateId: 't1', at: '2026-03-02T08:25:00.000Z' });
  await logInteraction(db, { commentId: 'A', kind: 'replied', source: 'page', at: '2026-03-02T08:30:00.000Z' });
  await seen('B', anon, ['question'], 'neutral', '2026-03-02T22:30:00.000Z');
  await logInteraction(db, { commentId: 'B', kind: 'inserted', templateId: 't1', at: '2026-03-03T00:29:00.000Z' });
  await logInteraction(db, { commentId: 'B', kind: 'replied', source: 'marked', at: '2026-03-03T00:30:00.000Z' });
  await seen('C', journalist, ['complaint'], 'negative', '2026-03-08T22:59:00.000Z');
  await logInteraction(db, { commentId: 'C', kind: 'escalated', department: 'press', at: '2026-03-08T22:59:30.000Z' });
  await seen('D', sam, ['praise'], 'positive', '2026-03-05T12:00:00.000Z');
  await logInteraction(db, { commentId: 'D', kind: 'ignored', at: '2026-03-05T12:01:00.000Z' });
  await seen('X', lea, ['complaint'], 'negative', '2026-03-04T12:00:00.000Z', 'b2');

  await seen('P1', anon, ['complaint'], 'negative', '2026-02-25T10:00:00.000Z');
  await logInteraction(db, { commentId: 'P1', kind: 'inserted', templateId: 't2', at: '2026-02-25T10:05:00.000Z' });
  await logInteraction(db, { commentId: 'P1', kind: 'replied', source: 'page', at: '2026-02-25T10:10:00.000Z' });
  await seen('P2', sam, ['question'], 'neutral', '2026-02-26T10:00:00.000Z');
  await logInteraction(db, { commentId: 'P2', kind: 'replied', at: '2026-02-26T10:50:00.000Z' });
  await logInteraction(db, { commentId: 'P2', kind: 'escalated', department: 'after-sales', at: '2026-02-26T11:00:00.000Z' });
}

const options: ReportOptions = {
  brandId: 'b1',
  period: 'week',
  start: '2026-03-02',
  now: '2026-03-09T10:00:00.000Z',
  language: 'fr',
  timeZone: 'Europe/Paris',
};

describe('buildReport', () => {
  it('computes the weekly report from the database, against hand-computed figures', async () => {
    const db = await freshDb();
    await seed(db);
    const report = await buildReport(db, options);

    expect(report).toMatchObject({
      kind: 'riposte-report',
      brandName: 'Riposte Démo',
      partial: false,
      slaMinutes: 60,
      overdue: 1,
      generatedAt: '2026-03-09T10:00:00.000Z',
    });
    expect(report.title).toMatch(/^Rapport hebdomadaire · 2\s?[–-]\s?8 mars 2026$/u);
    expect(report.current).toMatchObject({
      start: '2026-03-01T23:00:00.000Z',
      end: '2026-03-08T23:00:00.000Z',
      firstDay: '2026-03-02',
      lastDay: '2026-03-08',
      complaintShare: 0.5,
      replies: 2,
      escalations: 1,
    });
    expect(report.current.volumes.total).toBe(4);
    expect(report.current.volumes.bySentiment).toEqual({ negative: 2, neutral: 1, positive: 1, unknown: 0 });
    expect(report.current.responseTime.medianMs).toBe(75 * MIN);
    expect(report.current.responseTime.p90Ms).toBeCloseTo(111 * MIN); // 30 + 0.9 · 90
    expect(report.current.sla).toMatchObject({ onTime: 1, late: 2, excluded: 1 });
    expect(report.current.sla.share).toBeCloseTo(1 / 3);

    expect(report.previous.volumes.total).toBe(2);
    expect(report.previous.responseTime.medianMs).toBe(30 * MIN);
    expect(report.previous.responseTime.p90Ms).toBeCloseTo(46 * MIN);
    expect(report.previous.sla.share).toBe(1);
    expect(report.changes).toEqual({
      comments: 1,
      complaintShare: 0,
      medianResponseMs: 45 * MIN,
      p90ResponseMs: expect.closeTo(65 * MIN, 3),
      slaShare: expect.closeTo(-2 / 3, 10),
      escalations: 0,
    });

    expect(report.daily.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(report.daily[0]).toEqual({ date: '2026-03-02', comments: 2, complaints: 1, negative: 1, neutral: 1, positive: 0, unknown: 0 });
    expect(report.daily[3]).toMatchObject({ comments: 1, positive: 1 });
    expect(report.daily[6]).toMatchObject({ comments: 1, complaints: 1, negative: 1 });
    expect(report.daily.reduce((n, d) => n + d.comments, 0)).toBe(4);

    expect(report.topTemplates).toEqual([{ templateId: 't1', title: 'Retard de livraison', uses: 2 }]);
    expect(report.influencers).toEqual([
      { authorKey: 'facebook:lea.martin', name: 'Léa Martin', platform: 'facebook', handle: 'lea.martin', followers: 50_000, verified: true, tier: 'micro', comments: 1, actions: 2 }, // a draft, then the answer
      { authorKey: 'facebook:jeanne.presse', name: 'Jeanne Presse', platform: 'facebook', handle: 'jeanne.presse', followers: 300, verified: false, watch: 'journalist', comments: 1, actions: 1 },
    ]);
    expect(report.escalations).toEqual([{ department: 'press', name: 'Presse & RP / Press & PR', escalations: 1, comments: 1 }]);

    // Plain data: survives JSON unchanged.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('does not count an inserted draft as a first response (issue 18)', async () => {
    const db = await freshDb();
    await saveBrand(db, makeBrand('b1'));
    await recordSeen(db, 'b1', [makeComment('Q', { labels: ['question'], sentiment: 'neutral' })], '2026-03-02T08:00:00.000Z');
    // Inserted 3 minutes later; the page never showed it posted.
    await logInteraction(db, { commentId: 'Q', kind: 'inserted', templateId: 't1', at: '2026-03-02T08:03:00.000Z' });
    const report = await buildReport(db, options);
    expect(report.current.responseTime.count).toBe(0);
    expect(report.current.replies).toBe(0);
    expect(report.current.sla).toMatchObject({ onTime: 0, late: 1, share: 0 });
    expect(report.overdue).toBe(1);
    expect(report.topTemplates).toEqual([{ templateId: 't1', uses: 1 }]);
  });

  it('gives the same report from rows in memory', async () => {
    const db = await freshDb();
    await seed(db);
    const fromDb = await buildReport(db, options);
    const fromRows = await buildReport(
      {
        interactions: await db.interactions.toArray(),
        authors: await db.authors.toArray(),
        templates: await db.templates.toArray(),
        brand: (await db.brands.get('b1'))!,
        comments: new Map((await db.comments.toArray()).map((c) => [c.id, { text: c.text }])),
      },
      options,
    );
    expect(fromRows).toEqual(fromDb);
  });

  it('marks a period in progress as partial and counts only up to now', async () => {
    const db = await freshDb();
    await seed(db);
    const report = await buildReport(db, { ...options, now: '2026-03-04T00:00:00.000Z', language: 'en' });
    expect(report.partial).toBe(true);
    expect(report.title).toMatch(/^Weekly report · 2\s?[–-]\s?8 March 2026$/u);
    expect(report.current.volumes.total).toBe(2); // A and B only
    expect(report.influencers.map((i) => i.name)).toEqual(['Léa Martin']);
  });

  it('handles an empty period without inventing figures', async () => {
    const db = await freshDb();
    const report = await buildReport(db, { ...options, period: 'month', start: '2026-03-01' });
    expect(report.title).toBe('Rapport mensuel · mars 2026');
    expect(report.daily).toHaveLength(31);
    expect(report.current.complaintShare).toBeNull();
    expect(report.current.responseTime.medianMs).toBeNull();
    expect(report.current.sla.share).toBeNull();
    expect(report.changes).toMatchObject({ comments: null, medianResponseMs: null, slaShare: null, escalations: 0 });
  });
});

describe('watchlist in the report', () => {
  it('matches a watchlist entry without accents as the panel does ("Jerome Petit" is "Jérôme Petit", issue 16)', async () => {
    const db = await freshDb();
    const watchlist = [{ who: 'Jerome Petit', kind: 'journalist' as const, note: '' }];
    await saveBrand(db, makeBrand('b1', { watchlist }));
    const jerome = { name: 'Jérôme Petit', verified: false };
    await recordSeen(db, 'b1', [makeComment('J', { author: jerome, labels: ['complaint'], sentiment: 'negative' })], '2026-03-03T09:00:00.000Z');
    await logInteraction(db, { commentId: 'J', kind: 'escalated', department: 'press', at: '2026-03-03T09:10:00.000Z' });
    // The panel's triage flags him as a watched journalist…
    expect(assessAuthor(jerome, { watchlist, competitors: [] }, undefined, 'facebook').watch?.kind).toBe('journalist');
    // …and so does the report.
    const report = await buildReport(db, options);
    expect(report.influencers).toEqual([expect.objectContaining({ name: 'Jérôme Petit', watch: 'journalist', comments: 1 })]);
  });
});

describe('period bounds', () => {
  it('follows local days across a DST change and clamps month ends', () => {
    // Paris switches to summer time on 29 March 2026: that week is 167 hours long.
    const week = periodBounds({ period: 'week', start: '2026-03-23', timeZone: 'Europe/Paris', now: '2026-06-01T00:00:00Z' });
    expect(week).toMatchObject({ start: '2026-03-22T23:00:00.000Z', end: '2026-03-29T22:00:00.000Z', previousStart: '2026-03-15T23:00:00.000Z' });
    const month = periodBounds({ period: 'month', start: '2026-01-31', timeZone: 'UTC', now: '2026-06-01T00:00:00Z' });
    expect(month).toMatchObject({ firstDay: '2026-01-31', endDay: '2026-02-28', previousFirstDay: '2025-12-31' });
    // An ISO instant is taken as its local day.
    expect(periodBounds({ period: 'week', start: '2026-03-01T23:30:00Z', timeZone: 'Europe/Paris', now: '2026-06-01T00:00:00Z' }).firstDay).toBe('2026-03-02');
  });

  it('titles a month that does not start on the 1st as a range', () => {
    expect(reportTitle('month', '2026-03-15', '2026-04-14', 'en')).toMatch(/^Monthly report · 15 March\s?[–-]\s?14 April 2026$/u);
  });
});
