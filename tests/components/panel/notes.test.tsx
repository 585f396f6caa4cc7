import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { commentHistory, statusesFor } from '@/lib/db/interactions';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

const COMMENTS = [
  comment('c-1', 'Toujours pas reçu ma commande, c’est la deuxième fois', {
    author: { name: 'Marc Lefèvre', handle: 'marcl', verified: false },
    createdAt: '2026-11-23T07:00:00.000Z',
  }),
];

describe('a private note on a comment', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('is saved as a noted row with its text, shown on the card and in the notes with its time, status unchanged', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf(COMMENTS), triageComments, fakeActions());
    const field = await screen.findByLabelText('Note privée');
    const save = screen.getByRole('button', { name: 'Enregistrer la note' });
    expect(save).toBeDisabled();
    // Typing "r" or "i" in the note is text, not the resolve / ignore keys.
    await userEvent.type(field, 'client VIP, rappelé le 12');
    await userEvent.click(save);

    await waitFor(async () => expect((await commentHistory(db, 'c-1')).filter((r) => r.kind === 'noted').map((r) => r.note)).toEqual(['client VIP, rappelé le 12']));
    expect((await statusesFor(db, ['c-1'])).get('c-1')?.status).toBe('new');
    expect(await screen.findByText('Note enregistrée. Le statut du commentaire ne change pas.')).toBeInTheDocument();
    expect(field).toHaveValue('');

    const card = document.querySelector('[data-comment-id="c-1"]') as HTMLElement;
    await waitFor(() => expect(card.querySelector('.comment__private-note')?.textContent).toBe('Note privée\u00a0: client VIP, rappelé le 12'));
    const notes = within(screen.getByRole('region', { name: 'Notes' }));
    const item = await notes.findByText('client VIP, rappelé le 12');
    const time = item.parentElement?.querySelector('time');
    expect(time?.getAttribute('dateTime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(time?.textContent).toMatch(/\d\d\/\d\d\/\d{4}/);

    // A second note: both kept, the newest first; the card shows the newest.
    await userEvent.type(field, 'a rappelé');
    await userEvent.click(save);
    await waitFor(() => expect(notes.getAllByRole('listitem').map((li) => li.querySelector('span')?.textContent)).toEqual(['a rappelé', 'client VIP, rappelé le 12']));
    await waitFor(() => expect(card.querySelector('.comment__private-note')?.textContent).toContain('a rappelé'));
  });
});
