import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { PanelActionsProvider } from '@/components/panel/actions';
import { PanelApp } from '@/components/panel/PanelApp';
import { QueueLayoutContext } from '@/components/panel/queue-layout';
import type { RiposteDB } from '@/lib/db/database';
import { checkSnapshot } from '@/lib/panel/snapshot';
import { firstCards, triageComments } from '@/lib/panel/triage-comments';
import { BrandSchema } from '@/lib/schema/brand';
import { CommentSchema } from '@/lib/schema/comment';
import { SettingsSchema } from '@/lib/schema/settings';
import { fakeActions, freshDbPerTest, NOW, POST, setUpBrand, tabOf } from './fixtures';

const LAYOUT = { viewportHeight: 600, rowHeight: 100, overscan: 2 };
const BAIT = 'Arnaque totale, remboursez-moi tout de suite';

/** A comment as the content script sends it: questions a minute apart, each author with a profile link. */
function raw(i: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    platform: 'x',
    id: `c-${i}`,
    author: { name: `Auteur ${i}`, handle: `auteur${i}`, profileUrl: `https://x.com/auteur${i}`, verified: false },
    text: `Bonjour, la lampe ${i} existe-t-elle en bleu ?`,
    createdAt: new Date(Date.parse('2026-11-23T09:00:00.000Z') - i * 60_000).toISOString(),
    permalink: `https://x.com/auteur${i}/status/${i}`,
    postUrl: POST,
    ...over,
  };
}

describe('a 2,000-comment snapshot with a bad comment deep in it', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('drops it with its reason, and the panel never shows it, though it would lead the queue', async () => {
    // A verified author with a large audience, the newest comment: were it kept, its card would be drawn first.
    const bait = (permalink: string) =>
      raw(1_873, { text: BAIT, likes: 900, author: { name: 'Grand Compte', handle: 'grandcompte', verified: true, followers: 900_000 }, createdAt: NOW.toISOString(), permalink });
    const comments = Array.from({ length: 2_000 }, (_, i) => raw(i));
    comments[1_873] = bait('javascript:alert(1)');
    const checked = await checkSnapshot({ comments, health: tabOf([]).health }, async () => undefined);
    expect(checked.comments).toHaveLength(1_999);
    expect(checked.rejected).toEqual([{ index: 1_873, reason: expect.stringMatching(/permalink/) }]);

    const brand = BrandSchema.parse({ id: 'ml', name: 'Maison Lumière', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    const kept = CommentSchema.parse(bait('https://x.com/grandcompte/status/1873'));
    expect(firstCards([...checked.comments, kept], brand, SettingsSchema.parse({}), NOW, 1)).toEqual([kept.id]);

    await setUpBrand(db);
    render(
      <AppRoot db={db} browserLanguage="fr">
        <PanelActionsProvider actions={fakeActions()}>
          <QueueLayoutContext.Provider value={LAYOUT}>
            <PanelApp tab={tabOf(checked.comments)} now={NOW} triage={triageComments} />
          </QueueLayoutContext.Provider>
        </PanelActionsProvider>
      </AppRoot>,
    );
    const feed = await screen.findByRole('feed', {}, { timeout: 20_000 });
    await waitFor(() => expect(within(feed).getAllByRole('article').length).toBeGreaterThan(0));
    expect(within(feed).getAllByRole('article')[0]).toHaveAttribute('aria-setsize', '1999');
    expect(screen.getByTestId('page-status').textContent?.replace(/[\s\u202f\u00a0]/g, '')).toContain('1999');
    expect(screen.queryByText(new RegExp(BAIT))).toBeNull();
    expect(document.body.textContent).not.toContain('Grand Compte');
  }, 60_000);
});
