import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PanelActions } from '@/components/panel/actions';
import { commentHistory, statusesFor } from '@/lib/db/interactions';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

const COMMENTS = [
  comment('c-1', 'Toujours pas reçu ma commande 😡 ça fait 3 semaines, c’est une honte', {
    author: { name: 'Marc Lefèvre', handle: 'marcl', verified: false },
    createdAt: '2026-11-23T07:00:00.000Z',
  }),
];

/** A page whose reply box holds the CM's draft: "ask" is answered `occupied`, a choice inserts. */
function occupiedActions() {
  const actions = fakeActions();
  actions.insert.mockImplementation(async (_id, _text, mode) =>
    mode === 'ask' ? { ok: false, method: 'occupied', existing: '(brouillon perso)' } : { ok: true, method: 'inserted' },
  );
  return actions;
}

/** The actions logged on the comment (its sighting left out). */
const actionsLogged = async (db: RiposteDB) => (await commentHistory(db, 'c-1')).map((r) => r.kind).filter((kind) => kind !== 'seen');

const modes = (insert: ReturnType<typeof fakeActions>['insert']) => insert.mock.calls.map((call: Parameters<PanelActions['insert']>) => call[2]);

describe('inserting into a reply box that holds a draft', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  for (const [button, mode] of [
    ['Remplacer le brouillon', 'replace'],
    ['Ajouter à la suite', 'append'],
  ] as const) {
    it(`asks first, then "${button}" sends the reply again with mode ${mode}`, async () => {
      await setUpBrand(db);
      const actions = occupiedActions();
      renderPanel(db, tabOf(COMMENTS), triageComments, actions);
      await userEvent.click(await screen.findByRole('button', { name: 'Insérer la suggestion 1' }));
      const dialog = await screen.findByRole('dialog', { name: 'La zone de réponse contient déjà du texte' });
      expect(dialog).toHaveTextContent('Elle contient « (brouillon perso) »');
      // Nothing logged while the question is open.
      expect(await actionsLogged(db)).toEqual([]);

      await userEvent.click(screen.getByRole('button', { name: button }));
      await waitFor(() => expect(modes(actions.insert)).toEqual(['ask', mode]));
      expect(actions.insert.mock.calls[1]![1]).toBe(actions.insert.mock.calls[0]![1]);
      await waitFor(async () => expect(await actionsLogged(db)).toEqual(['inserted']));
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  }

  it('Annuler inserts nothing and logs nothing; keys typed in the question do not act on the comment', async () => {
    await setUpBrand(db);
    const actions = occupiedActions();
    renderPanel(db, tabOf(COMMENTS), triageComments, actions);
    await userEvent.click(await screen.findByRole('button', { name: 'Insérer la suggestion 1' }));
    await screen.findByRole('dialog');
    await userEvent.keyboard('r');
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(modes(actions.insert)).toEqual(['ask']);
    expect(await actionsLogged(db)).toEqual([]);
    expect((await statusesFor(db, ['c-1'])).get('c-1')?.status ?? 'new').toBe('new');
  });
});
