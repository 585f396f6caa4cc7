import { describe, expect, it } from 'vitest';
import { templateChoices } from '@/lib/db/template-history';
import { freshDb } from './helpers';

describe('templateChoices', () => {
  it('reads the brand’s answered comments with the template put in, newest first', async () => {
    const db = await freshDb();
    const base = {
      platform: 'facebook', author: { name: 'A', verified: false }, postUrl: 'https://www.facebook.com/p/1',
      authorKey: 'a', firstSeenAt: '2026-03-01T09:00:00.000Z', status: 'drafted',
    } as const;
    await db.comments.bulkPut([
      { ...base, id: 'c1', brandId: 'b1', text: 'Colis en retard', lastTemplateId: 't-retard', lastSeenAt: '2026-03-01T09:00:00.000Z' },
      { ...base, id: 'c2', brandId: 'b1', text: 'Cartes cadeaux ?', lastTemplateId: 't-cadeau', lastSeenAt: '2026-03-02T09:00:00.000Z' },
      { ...base, id: 'c3', brandId: 'b1', text: 'Sans modèle', lastSeenAt: '2026-03-03T09:00:00.000Z' },
      { ...base, id: 'c4', brandId: 'b2', text: 'Autre marque', lastTemplateId: 't-x', lastSeenAt: '2026-03-03T09:00:00.000Z' },
    ] as never);
    expect(await templateChoices(db, 'b1')).toEqual([
      { text: 'Cartes cadeaux ?', chosen: 't-cadeau' },
      { text: 'Colis en retard', chosen: 't-retard' },
    ]);
    expect(await templateChoices(db, 'b1', 1)).toHaveLength(1);
  });
});
