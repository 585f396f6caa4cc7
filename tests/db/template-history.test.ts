import { describe, expect, it } from 'vitest';
import { templateChoices } from '@/lib/db/template-history';
import { logInteractions } from '@/lib/db/interactions';
import { saveBrand } from '@/lib/db/brands';
import { classify } from '@/lib/triage';
import { prepareHistory, prepareTemplates, starterTemplates, suggestTemplates } from '@/lib/templates';
import { freshDb, makeBrand, makeComment } from './helpers';

describe('templateChoices', () => {
  it('reads the template of each comment’s latest draft, with its text, newest first', async () => {
    const db = await freshDb();
    const comment = {
      platform: 'facebook', author: { name: 'A', verified: false }, postUrl: 'https://www.facebook.com/p/1',
      authorKey: 'a', firstSeenAt: '2026-03-01T09:00:00.000Z', lastSeenAt: '2026-03-01T09:00:00.000Z', status: 'drafted',
    } as const;
    await db.comments.bulkPut([
      { ...comment, id: 'c1', brandId: 'b1', text: 'Colis en retard' },
      { ...comment, id: 'c2', brandId: 'b1', text: 'Cartes cadeaux ?' },
      { ...comment, id: 'c4', brandId: 'b2', text: 'Autre marque' },
    ] as never);
    const row = { platform: 'facebook', postUrl: 'https://www.facebook.com/p/1', authorKey: 'a' } as const;
    await db.interactions.bulkPut([
      { ...row, id: 'i1', brandId: 'b1', commentId: 'c1', kind: 'inserted', at: '2026-03-01T10:00:00.000Z', templateId: 't-excuses' },
      { ...row, id: 'i2', brandId: 'b1', commentId: 'c1', kind: 'inserted', at: '2026-03-01T11:00:00.000Z', templateId: 't-retard' },
      { ...row, id: 'i3', brandId: 'b1', commentId: 'c2', kind: 'copied', at: '2026-03-02T10:00:00.000Z', templateId: 't-cadeau', edited: true },
      { ...row, id: 'i4', brandId: 'b1', commentId: 'c2', kind: 'resolved', at: '2026-03-03T10:00:00.000Z' },
      // Names a template but is no draft: not a choice.
      { ...row, id: 'i7', brandId: 'b1', commentId: 'c2', kind: 'replied', at: '2026-03-04T10:00:00.000Z', templateId: 't-autre' },
      { ...row, id: 'i5', brandId: 'b1', commentId: 'gone', kind: 'inserted', at: '2026-03-03T10:00:00.000Z', templateId: 't-x' },
      { ...row, id: 'i6', brandId: 'b2', commentId: 'c4', kind: 'inserted', at: '2026-03-03T10:00:00.000Z', templateId: 't-y' },
    ] as never);
    // A reply changed by hand before it went in is remembered as such (a weaker vote for its template).
    expect(await templateChoices(db, 'b1')).toEqual([
      { text: 'Cartes cadeaux ?', chosen: 't-cadeau', edited: true },
      { text: 'Colis en retard', chosen: 't-retard' },
    ]);
    expect(await templateChoices(db, 'b1', 2)).toEqual([{ text: 'Cartes cadeaux ?', chosen: 't-cadeau', edited: true }]);
  });

  it('carries the suggestions passed over, and a template passed over for similar comments drops below', async () => {
    const db = await freshDb();
    await saveBrand(db, makeBrand('b1'));
    const now = new Date('2026-03-03T10:00:00Z');
    const library = prepareTemplates(starterTemplates('b1', now));
    const rank = (text: string, history?: ReturnType<typeof prepareHistory>) => {
      const c = classify({ text });
      return suggestTemplates({ text }, { labels: c.labels, language: c.language }, library, 3, { now, history }).map((s) => s.template.id);
    };
    const text = 'Il paraît que vos biberons sont rappelés, c’est une rumeur ?';
    const [first, second] = rank(text);
    const past = ['Rappel sur les biberons, c’est vrai cette rumeur ?', 'Vos biberons sont rappelés, vrai ou rumeur ?'];
    await logInteractions(
      db,
      past.map((t, i) => ({
        commentId: `old-${i}`,
        kind: 'inserted' as const,
        at: `2026-03-0${i + 1}T10:00:00.000Z`,
        templateId: second!,
        passedOver: [first!],
        comment: makeComment(`old-${i}`, { text: t }),
        brandId: 'b1',
      })),
    );
    const choices = await templateChoices(db, 'b1');
    expect(choices).toEqual([...past].reverse().map((t) => ({ text: t, chosen: second, passedOver: [first] })));
    const after = rank(text, prepareHistory(choices));
    expect(after[0]).toBe(second);
    expect(after.indexOf(first!)).toBeGreaterThan(0);
  });
});
