import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ProfileSnapshotOutcome } from '@/components/panel/actions';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

describe('panel: take a snapshot now', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('takes a snapshot on demand and says what happened', async () => {
    await setUpBrand(db);
    const snapshotProfile = vi.fn<() => Promise<ProfileSnapshotOutcome>>().mockResolvedValueOnce('stored').mockResolvedValueOnce('not-watched').mockRejectedValueOnce(new Error('tab gone'));
    renderPanel(db, { ...tabOf([]), url: 'https://x.com/maisonlumiere' }, triageComments, { ...fakeActions(), snapshotProfile });
    const button = await screen.findByRole('button', { name: 'Faire un relevé maintenant' });
    await userEvent.click(button);
    expect(await screen.findByText('Relevé enregistré : voir Audience dans les paramètres.')).toBeInTheDocument();
    await userEvent.click(button);
    expect(await screen.findByText(/ni celui de la marque ni celui d'un concurrent/u)).toBeInTheDocument();
    await userEvent.click(button);
    expect(await screen.findByText(/Le relevé n'a pas pu être fait/u)).toBeInTheDocument();
    expect(snapshotProfile).toHaveBeenCalledTimes(3);
  });

  it('shows no button on a post, where there is no profile to take', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf([]), triageComments, { ...fakeActions(), snapshotProfile: vi.fn<() => Promise<ProfileSnapshotOutcome>>() });
    await screen.findByRole('heading', { name: 'Riposte' });
    expect(screen.queryByRole('button', { name: 'Faire un relevé maintenant' })).not.toBeInTheDocument();
  });

  it('shows no button where snapshots are not available', async () => {
    await setUpBrand(db);
    renderPanel(db, { ...tabOf([]), url: 'https://x.com/maisonlumiere' }, triageComments, fakeActions());
    await screen.findByRole('heading', { name: 'Riposte' });
    expect(screen.queryByRole('button', { name: 'Faire un relevé maintenant' })).not.toBeInTheDocument();
  });
});
