import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listBrands } from '@/lib/db/brands';
import { getSettings } from '@/lib/db/settings';
import { listTemplates } from '@/lib/db/templates';
import { starterTemplates } from '@/lib/templates';
import { expectNoAxeViolations } from '../ui/axe';
import { freshDb, renderOptions } from './helpers';
import { findAlert } from '../ui/alerts';

describe('first run', () => {
  it('sets up the first brand, makes it active, loads the starter templates and points to the demo', async () => {
    const db = await freshDb();
    const { user, container } = renderOptions(db);

    await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Riposte' });
    await expectNoAxeViolations(container);

    await user.type(screen.getByLabelText('Nom de la marque'), 'Fleurs du Quai');
    await user.type(screen.getByLabelText('Compte Instagram'), '@fleursduquai');
    await user.type(screen.getByLabelText('Compte X'), 'https://x.com/FleursDuQuai/');
    await user.click(screen.getByLabelText(/Tutoiement/));
    await user.type(screen.getByLabelText('Signature'), '^Inès');
    await user.click(screen.getByRole('button', { name: 'Ajouter un concurrent' }));
    await user.type(screen.getByLabelText('Nom du concurrent'), 'Bouquets Express');
    await user.click(screen.getByRole('button', { name: 'Créer la marque et commencer' }));

    await screen.findByRole('heading', { level: 1, name: 'Fleurs du Quai est prête' });
    // Next steps a community manager can take in the browser; no developer command.
    expect(screen.getByRole('heading', { level: 2, name: 'Répondre par clic droit' })).toBeInTheDocument();
    expect(screen.queryByText(/npm run/u)).not.toBeInTheDocument();
    expect(screen.getAllByText('Alt').length).toBeGreaterThan(0);

    const [brand] = await listBrands(db);
    expect(brand).toMatchObject({
      name: 'Fleurs du Quai',
      language: 'fr',
      voice: { address: 'tu', signOff: '^Inès' },
      competitors: [{ name: 'Bouquets Express', aliases: [], accounts: [] }],
    });
    expect(brand?.ownAccounts).toEqual([
      { platform: 'instagram', handle: 'fleursduquai' },
      { platform: 'x', handle: 'FleursDuQuai' },
    ]);
    const settings = await getSettings(db);
    expect(settings).toMatchObject({ onboarded: true, activeBrandId: brand?.id });
    const templates = await listTemplates(db, brand!.id);
    expect(templates).toHaveLength(starterTemplates(brand!.id, new Date()).length);

    // Continue lands on the template library of the new brand.
    await user.click(screen.getByRole('button', { name: 'Voir les modèles' }));
    await screen.findByRole('heading', { level: 2, name: 'Modèles de réponse' });
    expect(within(screen.getByRole('navigation')).getByRole('link', { name: 'Modèles de réponse' })).toHaveAttribute('aria-current', 'page');
  });

  it('refuses to save without a brand name and says why', async () => {
    const db = await freshDb();
    const { user } = renderOptions(db);
    await user.click(await screen.findByRole('button', { name: 'Créer la marque et commencer' }));
    expect(await screen.findByText('Obligatoire.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nom de la marque')).toHaveAttribute('aria-invalid', 'true');
    expect(await findAlert('Certains champs sont à corriger')).toBeInTheDocument();
    expect(await listBrands(db)).toEqual([]);
  });

  it('follows an English browser', async () => {
    const db = await freshDb();
    renderOptions(db, 'en-GB');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Riposte' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });
});
