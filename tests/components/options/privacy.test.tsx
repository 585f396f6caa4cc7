import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSettings } from '@/lib/db/settings';
import { logInteraction } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { expectNoAxeViolations } from '../ui/axe';
import { BRAND_ID, freshDb, openSection, renderOptions, sampleComment, seedBrand } from './helpers';

describe('privacy and data', () => {
  it('forgets an author found by handle: their comments and history are removed, others kept', async () => {
    const db = await freshDb();
    await seedBrand(db, { watchlist: [{ who: 'zoe.lambert', kind: 'influencer', note: '' }] });
    await recordSeen(
      db,
      BRAND_ID,
      [sampleComment('c1', { name: 'Zoé Lambert', handle: 'zoe.lambert' }), sampleComment('c2', { name: 'Hugo Bernard', handle: 'hugo_b' })],
      new Date(),
    );
    await logInteraction(db, { commentId: 'c1', kind: 'replied', at: new Date().toISOString(), finalText: 'Bonjour Zoé ^Inès' });
    const { user, container } = renderOptions(db);
    await openSection(user, /Confidentialité/);
    await expectNoAxeViolations(container);

    await user.type(screen.getByLabelText('Identifiant ou nom'), '@ZOE');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    const results = await screen.findByRole('list', { name: 'Personnes trouvées' });
    expect(within(results).getByText('Zoé Lambert')).toBeInTheDocument();
    expect(within(results).queryByText('Hugo Bernard')).not.toBeInTheDocument();

    await user.click(within(results).getByRole('button', { name: 'Oublier Zoé Lambert' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Oublier Zoé Lambert ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Oublier' }));

    expect(await screen.findByText(/Zoé Lambert oublié·e : 1 commentaire supprimé, 2 actions supprimées, 1 entrée de liste supprimée/)).toBeInTheDocument();
    expect(await db.comments.get('c1')).toBeUndefined();
    expect(await db.interactions.filter((r) => r.commentId === 'c1').count()).toBe(0);
    expect(await db.comments.get('c2')).toBeDefined();
    expect(await db.interactions.filter((r) => r.commentId === 'c2').count()).toBe(1);
  });

  it('says when nobody matches', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user } = renderOptions(db);
    await openSection(user, /Confidentialité/);
    await user.type(screen.getByLabelText('Identifiant ou nom'), 'inconnu');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText('Aucune personne trouvée.')).toBeInTheDocument();
  });

  it('saves the retention period and refuses a negative one', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user } = renderOptions(db);
    await openSection(user, /Confidentialité/);
    const days = await screen.findByLabelText('Durée de conservation (jours)');
    expect(days).toHaveValue(365);
    await user.clear(days);
    await user.type(days, '-3');
    expect(screen.getByText(/Un nombre entier de jours entre 0 et 3\s650/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
    await user.clear(days);
    await user.type(days, '90');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => expect((await getSettings(db)).retentionDays).toBe(90));
    expect(screen.getByText(/Riposte lit les commentaires affichés/)).toBeInTheDocument();
  });
});
