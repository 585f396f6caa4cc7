import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listTemplates } from '@/lib/db/templates';
import { newTemplateHash } from '@/lib/templates';
import { BRAND_ID, freshDb, renderOptions, seedBrand } from './helpers';

describe('"Save selection as template" in the options page', () => {
  it('opens the editor on the selection, offers {{first_name}} for the greeted name, and saves only with a title and a category', async () => {
    const db = await freshDb();
    await seedBrand(db);
    history.replaceState(null, '', newTemplateHash({ body: 'Bonjour Marc,\nvotre colis part demain. Merci Marc !', language: 'fr' }));
    const { user } = renderOptions(db);

    const hash = location.hash;
    const body = await screen.findByLabelText(/^Réponse/);
    expect(body).toHaveValue('Bonjour Marc,\nvotre colis part demain. Merci Marc !');
    expect(screen.getByText(/Nouveau modèle à partir du texte sélectionné/)).toBeInTheDocument();
    // The address keeps the selection while the editor is open (the tab is where it was asked to be).
    expect(location.hash).toBe(hash);
    expect(await listTemplates(db, BRAND_ID)).toHaveLength(0);

    // No title: nothing saved.
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await listTemplates(db, BRAND_ID)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Remplacer « Marc » par {{first_name}}' }));
    expect(body).toHaveValue('Bonjour {{first_name}},\nvotre colis part demain. Merci {{first_name}} !');
    expect(screen.queryByRole('button', { name: /^Remplacer « / })).toBeNull();

    await user.type(screen.getByLabelText(/^Titre/), 'Colis en route');
    await user.selectOptions(screen.getByLabelText('Catégorie'), 'complaint');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => expect(await listTemplates(db, BRAND_ID)).toHaveLength(1));
    const [saved] = await listTemplates(db, BRAND_ID);
    expect(saved).toMatchObject({ title: 'Colis en route', category: 'complaint', language: 'fr', body: 'Bonjour {{first_name}},\nvotre colis part demain. Merci {{first_name}} !' });
    // Saved: the selection leaves the address, so a reload shows the library rather than this text again.
    expect(location.hash).toBe('#templates');
  });

  it('takes the selection out of the address when the editor is cancelled', async () => {
    const db = await freshDb();
    await seedBrand(db);
    history.replaceState(null, '', newTemplateHash({ body: 'Votre colis part demain.', language: 'fr' }));
    const { user } = renderOptions(db);
    await screen.findByLabelText(/^Réponse/);
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await screen.findByRole('button', { name: 'Nouveau modèle' });
    expect(location.hash).toBe('#templates');
    expect(await listTemplates(db, BRAND_ID)).toHaveLength(0);
  });

  it('offers no replacement when the text greets nobody by name', async () => {
    const db = await freshDb();
    await seedBrand(db);
    history.replaceState(null, '', newTemplateHash({ body: 'Votre colis part demain.', language: 'fr' }));
    renderOptions(db);
    expect(await screen.findByLabelText(/^Réponse/)).toHaveValue('Votre colis part demain.');
    expect(screen.queryByRole('button', { name: /par \{\{first_name\}\}/ })).toBeNull();
  });
});
