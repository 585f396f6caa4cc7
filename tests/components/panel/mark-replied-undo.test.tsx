import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { commentHistory, statusesFor } from '@/lib/db/interactions';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

const COMMENTS = [
  comment('c-1', 'Bonjour, vous livrez en Belgique ?', {
    author: { name: 'Marc Lefèvre', handle: 'marcl', verified: false },
    createdAt: '2026-11-23T07:00:00.000Z',
  }),
];

describe('Marquer comme répondu can be taken back', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('offers Annuler, which logs a reopen and leaves the comment unanswered', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf(COMMENTS), triageComments, fakeActions());
    const feed = await screen.findByRole('feed');
    await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(1));
    await userEvent.click(await screen.findByRole('button', { name: 'Marquer comme répondu' }));
    await waitFor(async () => expect((await statusesFor(db, ['c-1'])).get('c-1')?.status).toBe('replied'));

    await userEvent.click(await screen.findByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await commentHistory(db, 'c-1')).map((i) => i.kind)).toEqual(['seen', 'replied', 'reopened']));
    const status = (await statusesFor(db, ['c-1'])).get('c-1');
    expect(status?.status).toBe('new');
    expect(status?.firstRepliedAt).toBeUndefined();
    expect(await screen.findByRole('button', { name: 'Marquer comme répondu' })).toBeInTheDocument();
  });
});
