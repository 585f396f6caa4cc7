import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { commentHistory } from '@/lib/db/interactions';
import type { RiposteDB } from '@/lib/db/database';
import { forgetAuthor } from '@/lib/db/retention';
import { authorKeyOf } from '@/lib/identity/keys';
import { triageComments } from '@/lib/panel/triage-comments';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

const MARC = comment('c-1', 'Bonjour, vous livrez en Belgique ?', {
  author: { name: 'Marc Lefèvre', handle: 'marcl', verified: false },
  createdAt: '2026-11-23T07:00:00.000Z',
});

describe('an action on the comment of someone forgotten on request', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('stores nothing, says so, and offers no Annuler', async () => {
    await setUpBrand(db);
    await forgetAuthor(db, authorKeyOf('x', MARC.author));
    renderPanel(db, tabOf([MARC]), triageComments, fakeActions());
    const feed = await screen.findByRole('feed');
    await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(1));
    await userEvent.click(await screen.findByRole('button', { name: 'Marquer comme répondu' }));
    expect(await screen.findByText(/Rien n’en est enregistré : cette personne a demandé à être oubliée\./u)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Annuler' })).not.toBeInTheDocument();
    expect(await commentHistory(db, 'c-1')).toEqual([]);
    expect(await db.authors.count()).toBe(0);
  });
});
