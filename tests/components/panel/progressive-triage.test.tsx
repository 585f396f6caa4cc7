import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { PanelActionsProvider } from '@/components/panel/actions';
import { PanelApp, type TriageFn } from '@/components/panel/PanelApp';
import { QueueLayoutContext } from '@/components/panel/queue-layout';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import type { Comment } from '@/lib/schema/comment';
import { backgroundLog, comment, fakeActions, freshDbPerTest, NOW, setUpBrand, tabOf } from './fixtures';

// A 200 px scroller of 100 px cards, one more below: the first render classifies 3 cards.
const LAYOUT = { viewportHeight: 200, rowHeight: 100, overscan: 1 };

/** 20 questions, then 10 complaints, each a minute newer than the one before. */
const COMMENTS: Comment[] = Array.from({ length: 30 }, (_, i) =>
  comment(`c-${i}`, i < 20 ? `Bonjour, la lampe ${i} existe-t-elle en bleu ?` : `Toujours pas reçu ma commande ${i}, c’est inadmissible`, {
    author: { name: `Auteur ${i}`, handle: `auteur${i}`, verified: false },
    createdAt: new Date(Date.parse('2026-11-23T08:00:00.000Z') + i * 60_000).toISOString(),
  }),
);

describe('side panel: the first cards first, the rest sorted in idle time', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('says the queue is still being sorted, counts only what is classified, then completes the counts and the order', async () => {
    await setUpBrand(db);
    // Idle slices held back until the test lets them run: the state between the two is observable.
    const held: TriageFn = (...args) => ({ ...triageComments(...args), more: undefined });
    const panel = (triage: TriageFn): ReactElement => (
      <AppRoot db={db} browserLanguage="fr">
        <PanelActionsProvider actions={{ ...fakeActions(), log: backgroundLog(db) }}>
          <QueueLayoutContext.Provider value={LAYOUT}>
            <PanelApp tab={tabOf(COMMENTS)} now={NOW} triage={triage} />
          </QueueLayoutContext.Provider>
        </PanelActionsProvider>
      </AppRoot>
    );
    const { rerender } = render(panel(held));

    const sorting = await screen.findByText('Tri en cours : 27 commentaires encore à classer ; les compteurs se complètent.', {}, { timeout: 10_000 });
    expect(sorting).toHaveAttribute('role', 'status');
    const feed = screen.getByRole('feed');
    // The oldest comments head the unclassified queue: those three are classified, as questions.
    // (The third, below the window's edge, is drawn a frame after the first paint.)
    const top = await waitFor(() => {
      const cards = within(feed).getAllByRole('article').slice(0, 3);
      expect(cards.map((card) => card.getAttribute('data-comment-id'))).toEqual(['c-0', 'c-1', 'c-2']);
      return cards;
    });
    for (const card of top) {
      expect(card.querySelector('.flag--question')).not.toBeNull();
      expect(card.querySelector('.flag--sorting')).toBeNull();
    }
    // Further down (j moves there), a card not classified yet says so instead of showing no flag at all.
    // A key pressed before the panel's keyboard handler has caught up with the latest render may
    // be lost: j is pressed again until the fifth card is the current one.
    const below = await waitFor(() => {
      const card = feed.querySelector('article[aria-current="true"]');
      if (card?.getAttribute('aria-posinset') !== '5') {
        fireEvent.keyDown(document.body, { key: 'j' });
        throw new Error(`current card: ${card?.getAttribute('aria-posinset') ?? 'none'}`);
      }
      return card;
    });
    expect(below.querySelector('.flag--sorting')).toHaveTextContent('Tri en cours…');
    expect(below.querySelector('.flag--question, .flag--complaint')).toBeNull();
    // No complaint is classified yet: no chip claims a count for them.
    expect(screen.queryByRole('button', { name: /Plaintes/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Questions/ })).toHaveTextContent('3');

    rerender(panel(triageComments));
    await waitFor(() => expect(screen.getByRole('button', { name: /Plaintes/ })).toHaveTextContent('10'), { timeout: 10_000 });
    expect(screen.queryByText(/Tri en cours :/)).toBeNull();
    expect(screen.getByRole('button', { name: /Questions/ })).toHaveTextContent('20');
    const first = within(screen.getByRole('feed')).getAllByRole('article')[0];
    expect(first?.querySelector('.flag--complaint')).not.toBeNull();
    expect(screen.getByRole('feed').querySelector('.flag--sorting')).toBeNull();
    // Its own waits allow 10 s each: a loaded machine renders 30 cards twice slowly, not wrongly.
  }, 30_000);
});
