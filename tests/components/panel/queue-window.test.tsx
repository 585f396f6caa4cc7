import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { PanelActionsProvider } from '@/components/panel/actions';
import { PanelApp } from '@/components/panel/PanelApp';
import { QueueList } from '@/components/panel/QueueList';
import { QueueLayoutContext } from '@/components/panel/queue-layout';
import type { RiposteDB } from '@/lib/db/database';
import type { QueueItem } from '@/lib/panel/queue';
import { triageComments } from '@/lib/panel/triage-comments';
import type { Comment } from '@/lib/schema/comment';
import { comment, fakeActions, freshDbPerTest, NOW, setUpBrand, tabOf } from './fixtures';

const COUNT = 2_000;
// A 600 px scroller of 100 px cards with 2 more each side: 6 in view + 2 below = 8 cards at the top.
const LAYOUT = { viewportHeight: 600, rowHeight: 100, overscan: 2 };

/** Questions only, a minute apart. */
const COMMENTS: Comment[] = Array.from({ length: COUNT }, (_, i) =>
  comment(`c-${i}`, `Bonjour, la lampe ${i} existe-t-elle en bleu ?`, {
    author: { name: `Auteur ${i}`, handle: `auteur${i}`, verified: false },
    createdAt: new Date(Date.parse('2026-11-23T09:00:00.000Z') - i * 60_000).toISOString(),
  }),
);

function cardsIn(feed: HTMLElement): HTMLElement[] {
  return within(feed).getAllByRole('article');
}

describe('side panel queue of 2,000 comments (windowed)', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('renders one window of cards, each with its place in the whole queue; j / k move the selection and the focus', async () => {
    await setUpBrand(db);
    render(
      <AppRoot db={db} browserLanguage="fr">
        <PanelActionsProvider actions={fakeActions()}>
          <QueueLayoutContext.Provider value={LAYOUT}>
            <PanelApp tab={tabOf(COMMENTS)} now={NOW} triage={triageComments} />
          </QueueLayoutContext.Provider>
        </PanelActionsProvider>
      </AppRoot>,
    );
    const feed = await screen.findByRole('feed', {}, { timeout: 20_000 });
    await waitFor(() => expect(cardsIn(feed).length).toBeGreaterThan(0));
    const first = cardsIn(feed);
    expect(first.length).toBeLessThanOrEqual(10);
    expect(first[0]).toHaveAttribute('aria-posinset', '1');
    expect(first[0]).toHaveAttribute('aria-setsize', String(COUNT));
    const order = [...feed.querySelectorAll('[data-index]')].map((row) => Number(row.getAttribute('data-index')));

    // The panel's own keys move the selection, and the focus with it.
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    const third = await waitFor(() => {
      const card = feed.querySelector<HTMLElement>('article[aria-posinset="3"]');
      expect(card).toHaveAttribute('aria-current', 'true');
      return card!;
    });
    expect(third).toHaveFocus();
    expect(third).toHaveAttribute('aria-setsize', String(COUNT));
    fireEvent.keyDown(document.body, { key: 'k' });
    await waitFor(() => expect(feed.querySelector('article[aria-posinset="2"]')).toHaveFocus());
    expect(cardsIn(feed).length).toBeLessThanOrEqual(10);
    expect(order[0]).toBe(0);
  }, 60_000);
});

describe('QueueList', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));
  const items: QueueItem[] = COMMENTS.map((c) => ({
    comment: c,
    triage: {
      labels: [],
      sentiment: 'neutral',
      competitors: [],
      reasons: [],
      influence: {},
      priority: { score: 1, parts: [] },
    } as unknown as QueueItem['triage'],
    answeredOnPage: false,
  }));

  /** The queue as the panel drives it: j / k move the selection (PanelApp's keys, reduced to these two). */
  function Harness({ start }: { start?: string }) {
    const [selected, setSelected] = useState(start);
    useEffect(() => {
      const onKey = (event: KeyboardEvent) => {
        const index = items.findIndex((i) => i.comment.id === selected);
        const next = items[index + (event.key === 'j' ? 1 : event.key === 'k' ? -1 : 0)];
        if (next) setSelected(next.comment.id);
      };
      document.addEventListener('keydown', onKey);
      return () => document.removeEventListener('keydown', onKey);
    }, [selected]);
    return (
      <QueueLayoutContext.Provider value={LAYOUT}>
        <button type="button" onClick={() => setSelected('c-250')}>
          ailleurs
        </button>
        <QueueList items={items} selectedId={selected} now={NOW} departmentName={(id) => id} onSelect={setSelected} renderWorkbench={() => null} />
      </QueueLayoutContext.Provider>
    );
  }

  it('draws the cards in view for the first paint, and the ones beyond the window’s edge in the next frame', async () => {
    render(
      <AppRoot db={db} browserLanguage="fr">
        <Harness start="c-0" />
      </AppRoot>,
    );
    const feed = await screen.findByRole('feed');
    const first = cardsIn(feed).map((card) => card.getAttribute('data-comment-id'));
    expect(first).toEqual(['c-0', 'c-1', 'c-2', 'c-3', 'c-4', 'c-5']);
    await waitFor(() => expect(cardsIn(feed)).toHaveLength(8));
    expect(cardsIn(feed).map((card) => card.getAttribute('data-comment-id'))).toEqual([...first, 'c-6', 'c-7']);
  });

  it('keeps the selected card rendered outside the window, without taking focus from a control elsewhere', async () => {
    render(
      <AppRoot db={db} browserLanguage="fr">
        <Harness start="c-0" />
      </AppRoot>,
    );
    const feed = await screen.findByRole('feed');
    // The cards in view first, the two beyond the window's edge a frame later.
    await waitFor(() => expect(cardsIn(feed)).toHaveLength(8));
    const button = screen.getByRole('button', { name: 'ailleurs' });
    button.focus();
    act(() => button.click());
    const far = await waitFor(() => {
      const card = feed.querySelector<HTMLElement>('article[data-comment-id="c-250"]');
      expect(card).not.toBeNull();
      return card!;
    });
    expect(far).toHaveAttribute('aria-posinset', '251');
    expect(far).toHaveAttribute('aria-setsize', String(COUNT));
    expect(button).toHaveFocus();
  });

  it('keyboard moves to the 500th of 2,000 comments render it, select it and focus it, with one window in the DOM', async () => {
    render(
      <AppRoot db={db} browserLanguage="fr">
        <Harness start="c-0" />
      </AppRoot>,
    );
    const feed = await screen.findByRole('feed');
    // The cards in view first, the two beyond the window's edge a frame later.
    await waitFor(() => expect(cardsIn(feed)).toHaveLength(8));
    for (let i = 0; i < 499; i++) fireEvent.keyDown(document.body, { key: 'j' });
    const target = await waitFor(() => {
      const card = feed.querySelector<HTMLElement>('article[aria-posinset="500"]');
      expect(card).not.toBeNull();
      return card!;
    });
    expect(target).toHaveAttribute('data-comment-id', 'c-499');
    expect(target).toHaveAttribute('aria-current', 'true');
    expect(target).toHaveFocus();
    // The first window and the selected card at most: never the 500 cards passed on the way.
    expect(cardsIn(feed).length).toBeLessThanOrEqual(2 * 8 + 1);
    fireEvent.keyDown(document.body, { key: 'k' });
    await waitFor(() => expect(feed.querySelector('article[aria-posinset="499"]')).toHaveFocus());
  }, 60_000);
});
