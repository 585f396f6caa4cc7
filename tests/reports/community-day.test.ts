import { describe, expect, it } from 'vitest';
import { saveBrand } from '@/lib/db/brands';
import { logInteraction } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { buildReport, type ReportOptions } from '@/lib/reports';
import { assessAuthor, isInfluential } from '@/lib/triage';
import { matchesFilter, type QueueItem } from '@/lib/panel/queue';
import type { Author } from '@/lib/schema/comment';
import { freshDb, makeBrand, makeComment } from '../db/helpers';

const week = (start: string): ReportOptions => ({ brandId: 'b1', period: 'week', start, now: '2026-12-01T10:00:00.000Z', language: 'fr', timeZone: 'Europe/Paris' });

describe('reports date comments by when they were written', () => {
  it('counts a thread read a week late in the week its page states, and times the answer from the sighting', async () => {
    const db = await freshDb();
    await saveBrand(db, makeBrand('b1'));
    // Read on Monday 30 November; the page says written on Monday 23 (and one on the 30th, undated).
    await recordSeen(
      db,
      'b1',
      [
        makeComment('old', { createdAt: '2026-11-23T09:00:00.000Z', labels: ['complaint'], sentiment: 'negative' }),
        makeComment('new', { labels: ['question'], sentiment: 'neutral' }),
      ],
      '2026-11-30T09:00:00.000Z',
    );
    await logInteraction(db, { commentId: 'old', kind: 'replied', source: 'page', at: '2026-11-30T09:20:00.000Z' });

    const before = await buildReport(db, week('2026-11-23'));
    expect(before.current.volumes.total).toBe(1);
    expect(before.daily.find((d) => d.date === '2026-11-23')).toMatchObject({ comments: 1, complaints: 1 });
    // The wait is measured from when Riposte first saw it (20 min), not from a week before.
    expect(before.current.responseTime.medianMs).toBe(20 * 60_000);

    const after = await buildReport(db, week('2026-11-30'));
    expect(after.current.volumes.total).toBe(1);
    expect(after.daily.find((d) => d.date === '2026-11-30')?.comments).toBe(1);
  });

  it('does not believe a stated date later than the sighting', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c', { createdAt: '2026-12-09T09:00:00.000Z' })], '2026-11-24T09:00:00.000Z');
    expect((await buildReport(db, week('2026-11-23'))).current.volumes.total).toBe(1);
  });
});

describe('influencers: the report and the panel follow one rule', () => {
  const people: Record<string, Author> = {
    nano: { name: 'Nina Nano', handle: 'nina', verified: false, followers: 2_500 },
    verified: { name: 'Victor Badge', handle: 'victor', verified: true },
    watched: { name: 'Jeanne Presse', handle: 'jeanne.presse', verified: false, followers: 300 },
    nobody: { name: 'Paul Dupuis', handle: 'pauld', verified: false, followers: 150 },
  };

  it('lists the influencers who commented in the period, even before anyone answered them', async () => {
    const db = await freshDb();
    const brand = makeBrand('b1', { watchlist: [{ who: '@jeanne.presse', kind: 'journalist' }] });
    await saveBrand(db, brand);
    await recordSeen(db, 'b1', Object.entries(people).map(([id, author]) => makeComment(id, { author })), '2026-11-24T09:00:00.000Z');

    const report = await buildReport(db, week('2026-11-23'));
    expect(report.influencers.map((i) => i.name).sort()).toEqual(['Jeanne Presse', 'Nina Nano', 'Victor Badge']);
    expect(report.influencers.find((i) => i.name === 'Nina Nano')).toMatchObject({ tier: 'nano', comments: 1, actions: 0 });
    expect(report.influencerCount).toBe(3);
    // The most followed first, as many as asked.
    const top = await buildReport(db, { ...week('2026-11-23'), topInfluencers: 1 });
    expect(top.influencers.map((i) => i.name)).toEqual(['Nina Nano']);
    expect(top.influencerCount).toBe(3);

    // The panel's "Influenceurs" filter says the same of each of them.
    for (const author of Object.values(people)) {
      const a = assessAuthor(author, { watchlist: [{ who: '@jeanne.presse', kind: 'journalist', note: '' }], competitors: [] }, undefined, 'facebook');
      const item = {
        comment: makeComment('x', { author }),
        triage: { influence: { ...(a.tier && a.tier !== 'none' ? { tier: a.tier } : {}), ...(a.watch ? { watch: a.watch.kind } : {}) } },
        answeredOnPage: false,
      } as unknown as QueueItem;
      const inReport = report.influencers.some((i) => i.name === author.name);
      expect(matchesFilter(item, 'influencer')).toBe(inReport);
      expect(isInfluential(a)).toBe(inReport);
    }
  });
});

describe('split by network and sample comments', () => {
  it('gives each network its figures and quotes the most liked complaints and praise as written', async () => {
    const db = await freshDb();
    await saveBrand(db, makeBrand('b1'));
    const hostile = '<img src=x onerror=alert(1)> Colis jamais arrivé';
    await recordSeen(
      db,
      'b1',
      [
        makeComment('f1', { labels: ['complaint'], sentiment: 'negative', text: 'Livraison en retard', likes: 3 }),
        makeComment('f2', { labels: ['complaint'], sentiment: 'negative', text: hostile, likes: 40 }),
        makeComment('f3', { labels: ['praise'], sentiment: 'positive', text: 'Bouquet magnifique, merci !' }),
        makeComment('f4', { labels: ['complaint'], text: '   ' }),
        makeComment('x1', { platform: 'x', postUrl: 'https://x.com/riposte_demo/status/1', permalink: 'https://x.com/a/status/2', labels: ['question'], sentiment: 'neutral', text: 'Ouvert dimanche ?' }),
      ],
      '2026-11-24T09:00:00.000Z',
    );
    await logInteraction(db, { commentId: 'f1', kind: 'replied', source: 'page', at: '2026-11-24T09:30:00.000Z' });

    const report = await buildReport(db, { ...week('2026-11-23'), samples: 2 });
    expect(report.networks).toEqual([
      { platform: 'facebook', comments: 4, complaints: 3, negative: 2, answered: 1, medianResponseMs: 30 * 60_000 },
      { platform: 'x', comments: 1, complaints: 0, negative: 0, answered: 0, medianResponseMs: null },
    ]);
    expect(report.samples.complaints.map((s) => [s.commentId, s.text, s.likes])).toEqual([
      ['f2', hostile, 40],
      ['f1', 'Livraison en retard', 3],
    ]);
    expect(report.samples.praise).toEqual([{ commentId: 'f3', platform: 'facebook', text: 'Bouquet magnifique, merci !', date: '2026-11-24T09:00:00.000Z' }]);
  });

  it('cuts a long comment at a word, never inside an emoji', async () => {
    const db = await freshDb();
    const words = `${'Vraiment déçu '.repeat(25)}fin`;
    const noSpace = `${'a'.repeat(279)}😡${'b'.repeat(50)}`;
    await recordSeen(
      db,
      'b1',
      [makeComment('w', { labels: ['complaint'], text: words, likes: 2 }), makeComment('e', { labels: ['complaint'], text: noSpace, likes: 1 })],
      '2026-11-24T09:00:00.000Z',
    );
    const [w, e] = (await buildReport(db, week('2026-11-23'))).samples.complaints;
    expect(w?.text).toBe(`${'Vraiment déçu '.repeat(20).trimEnd()}…`);
    expect(e?.text).toBe(`${'a'.repeat(279)}…`);
  });
});
