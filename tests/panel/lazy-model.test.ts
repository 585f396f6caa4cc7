import { describe, expect, it, vi } from 'vitest';
import { triageComments } from '@/lib/panel/triage-comments';
import type { CommentStatusSummary } from '@/lib/db/interactions';
import { BrandSchema } from '@/lib/schema/brand';
import { CommentSchema, type Comment } from '@/lib/schema/comment';
import { SettingsSchema } from '@/lib/schema/settings';
import { classify } from '@/lib/triage';
import { engineVersion, storedTriageOf, type ModelHandle } from '@/lib/triage/engine-version';
import { loadBundledModel } from '@/lib/triage/model/bundled';

const STAMP = '2026-11-23T09:00:00.000Z';
const brand = BrandSchema.parse({ id: 'ml', name: 'Maison Lumière', createdAt: STAMP, updatedAt: STAMP });
const settings = SettingsSchema.parse({});
const comment = (id: string, text: string): Comment =>
  CommentSchema.parse({ platform: 'x', id, author: { name: 'Léa', handle: 'lea', verified: false }, text, truncated: false, postUrl: 'https://x.com/ml/status/1' });

describe('the side panel’s model, decoded only when needed', () => {
  it('is not decoded while every comment has its stored classification, and is once one has none', () => {
    const real = loadBundledModel();
    const load = vi.fn(() => real);
    const handle: ModelHandle = { fingerprint: 'fixture-print', get decoded() { return load.mock.calls.length > 0; }, load };
    const engine = engineVersion(brand, handle);
    const stored = comment('c1', 'Toujours pas reçu ma commande, c’est inadmissible');
    const logged = new Map<string, CommentStatusSummary>([
      ['c1', { status: 'new', firstSeenAt: STAMP, interactionCount: 1, text: stored.text, triage: storedTriageOf(classify(stored, { brand, model: real }), engine) }],
    ]);
    const first = triageComments([stored], brand, settings, new Date(STAMP), logged, { model: handle });
    expect(handle.load).not.toHaveBeenCalled();
    expect(first.views.get('c1')?.labels).toContain('complaint');

    triageComments([stored, comment('c2', 'Super lampe, merci !')], brand, settings, new Date(STAMP), logged, { model: handle });
    expect(handle.load).toHaveBeenCalled();
  });
});
