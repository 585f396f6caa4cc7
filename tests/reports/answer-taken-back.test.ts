import { describe, expect, it } from 'vitest';
import { saveBrand } from '@/lib/db/brands';
import { logInteraction } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { buildReport } from '@/lib/reports';
import { freshDb, makeBrand, makeComment } from '../db/helpers';

describe('a report after "Annuler" on a marked answer', () => {
  it('counts no reply for it, and still counts the real answer of another comment', async () => {
    const db = await freshDb();
    await saveBrand(db, makeBrand('b1'));
    await recordSeen(db, 'b1', [makeComment('mistake'), makeComment('answered')], '2026-11-30T09:00:00.000Z');
    await logInteraction(db, { commentId: 'mistake', kind: 'replied', source: 'marked', at: '2026-11-30T09:05:00.000Z' });
    await logInteraction(db, { commentId: 'mistake', kind: 'reopened', at: '2026-11-30T09:05:04.000Z' });
    await logInteraction(db, { commentId: 'answered', kind: 'replied', source: 'page', at: '2026-11-30T09:30:00.000Z' });
    const report = await buildReport(db, { brandId: 'b1', period: 'week', start: '2026-11-30', now: '2026-12-01T10:00:00.000Z', language: 'fr', timeZone: 'Europe/Paris' });
    expect(report.current.replies).toBe(1);
    expect(report.current.responseTime).toMatchObject({ count: 1, medianMs: 30 * 60_000 });
  });
});
