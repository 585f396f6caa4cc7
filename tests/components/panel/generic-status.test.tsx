import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

describe('panel: comments read by the generic reader', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('the status line says the layout was not recognised and the comments were read by the generic reader', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf([comment('g1', 'Ma commande est en retard', { reader: 'generic' }), comment('g2', 'Merci !', { reader: 'generic' })]), triageComments, fakeActions());
    const status = await screen.findByTestId('page-status');
    expect(status).toHaveTextContent('X : 2 commentaires lus par le lecteur générique (mise en page non reconnue ; vérifiez les auteurs et les textes).');
    expect(status).toHaveAttribute('role', 'alert');
  });

  it('in English too, and not for comments the adapter read', async () => {
    await setUpBrand(db);
    const view = renderPanel(db, tabOf([comment('g1', 'Late order', { reader: 'generic' })]), triageComments, fakeActions(), 'en');
    expect(await screen.findByTestId('page-status')).toHaveTextContent('X: 1 comment read by the generic reader (layout not recognised; check authors and texts).');
    view.unmount();
    renderPanel(db, tabOf([comment('a1', 'Late order')]), triageComments, fakeActions(), 'en');
    expect(await screen.findByTestId('page-status')).toHaveTextContent('X: 1 comment read');
  });
});
