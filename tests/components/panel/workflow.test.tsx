import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { commentHistory, statusesFor } from '@/lib/db/interactions';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

const COMMENTS = [
  comment('c-1', 'Toujours pas reçu ma commande 😡 ça fait 3 semaines, c’est une honte', {
    author: { name: 'Camille Durand', handle: 'camilled', verified: false },
    createdAt: '2026-11-23T06:00:00.000Z',
  }),
  comment('c-2', 'Bonjour, vous livrez en Belgique ?', {
    author: { name: 'Marc Lefèvre', handle: 'marcl', verified: false },
    createdAt: '2026-11-23T07:00:00.000Z',
  }),
  comment('c-3', 'La lampe existe en blanc ?', {
    author: { name: 'Nina Roux', handle: 'ninar', verified: false },
    createdAt: '2026-11-23T08:00:00.000Z',
  }),
  comment('c-4', 'Quand revient le modèle Galet ?', {
    author: { name: 'Paul Girard', handle: 'paulg', verified: false },
    createdAt: '2026-11-23T09:00:00.000Z',
  }),
];

async function queueIds(): Promise<string[]> {
  const feed = await screen.findByRole('feed');
  await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(COMMENTS.length));
  return within(feed)
    .getAllByRole('article')
    .map((a) => a.getAttribute('data-comment-id')!);
}

const selectedId = () => document.querySelector('[aria-current="true"]')?.getAttribute('data-comment-id');

describe('workflow keys (issue 18)', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('moves to the next comment after r, not to the top, and offers Annuler', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf(COMMENTS), triageComments, fakeActions());
    const ids = await queueIds();
    await userEvent.keyboard('j');
    await waitFor(() => expect(selectedId()).toBe(ids[1]));
    await userEvent.keyboard('r');
    await waitFor(async () => expect((await statusesFor(db, [ids[1]!])).get(ids[1]!)?.status).toBe('resolved'));
    await waitFor(() => expect(document.querySelector(`[data-comment-id="${ids[1]}"]`)).toBeNull());
    expect(selectedId()).toBe(ids[2]);

    // Undo: the comment is back in the queue, selected again, with the reopen logged.
    await userEvent.click(await screen.findByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await commentHistory(db, ids[1]!)).map((i) => i.kind)).toContain('reopened'));
    await waitFor(() => expect(selectedId()).toBe(ids[1]));
    expect(screen.queryByRole('button', { name: 'Annuler' })).toBeNull();
  });

  it('moves to the previous comment after i on the last one, and after the Ignorer button too', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf(COMMENTS), triageComments, fakeActions());
    const ids = await queueIds();
    await userEvent.keyboard('jjj');
    await waitFor(() => expect(selectedId()).toBe(ids[3]));
    await userEvent.keyboard('i');
    await waitFor(() => expect(selectedId()).toBe(ids[2]));
    expect(await screen.findByRole('button', { name: 'Annuler' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ignorer' }));
    await waitFor(() => expect(selectedId()).toBe(ids[1]));
    await waitFor(async () => expect((await statusesFor(db, [ids[2]!])).get(ids[2]!)?.status).toBe('ignored'));
  });

  it('copies the selected comment’s suggestion with c', async () => {
    await setUpBrand(db);
    const actions = fakeActions();
    renderPanel(db, tabOf(COMMENTS), triageComments, actions);
    const ids = await queueIds();
    await screen.findByRole('button', { name: 'Insérer la suggestion 1' });
    await userEvent.keyboard('c');
    await waitFor(() => expect(actions.copy).toHaveBeenCalledTimes(1));
    expect(String(actions.copy.mock.calls[0]?.[0])).toMatch(/\S/u);
    expect(String(actions.copy.mock.calls[0]?.[0])).not.toMatch(/\{\{|undefined/u);
    await waitFor(async () => expect((await commentHistory(db, ids[0]!)).some((i) => i.kind === 'copied')).toBe(true));
    expect(actions.insert).not.toHaveBeenCalled();
  });
});
