import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getBrand, listBrands } from '@/lib/db/brands';
import { getSettings } from '@/lib/db/settings';
import { listTemplates } from '@/lib/db/templates';
import { expectNoAxeViolations } from '../ui/axe';
import { BRAND_ID, freshDb, renderOptions, seedBrand } from './helpers';

describe('brands', () => {
  it('lists brands with the active one marked, and passes axe', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { container } = renderOptions(db);
    const card = (await screen.findByRole('heading', { level: 3, name: 'Fleurs du Quai' })).closest('li')!;
    // The settings (which brand is active) load apart from the brand list: under load the card can
    // show before its badge.
    expect(await within(card).findByText('Active', undefined, { timeout: 5000 })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('edits the voice profile and variables, rejecting a key that is not snake_case until fixed', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user } = renderOptions(db);
    await user.click(await screen.findByRole('button', { name: 'Modifier Fleurs du Quai' }));
    const editTitle = await screen.findByRole('heading', { level: 3, name: 'Modifier Fleurs du Quai' });
    // Focus moves in an effect after the editor mounts: under load that can take a tick.
    await waitFor(() => expect(editTitle).toHaveFocus());

    await user.clear(screen.getByLabelText('Mots interdits'));
    await user.type(screen.getByLabelText('Mots interdits'), 'pas de souci, bisous');
    await user.selectOptions(screen.getByLabelText('Emoji'), 'none');
    await user.click(screen.getByRole('button', { name: 'Ajouter une variable' }));
    const keys = screen.getAllByLabelText('Nom');
    const newKey = keys[keys.length - 1]!;
    await user.type(newKey, 'Lien FAQ');
    const values = screen.getAllByLabelText('Valeur');
    await user.type(values[values.length - 1]!, 'https://fleurs-du-quai.example/faq');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText(/Minuscules, chiffres et _ uniquement/)).toBeInTheDocument();
    expect((await getBrand(db, BRAND_ID))?.voice.forbiddenWords).toEqual(['pas de souci']);

    await user.clear(newKey);
    await user.type(newKey, 'faq_link');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByRole('button', { name: 'Nouvelle marque' });

    // Back on the list, focus returns to the section heading rather than being lost.
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Marques' })).toHaveFocus());
    const saved = await getBrand(db, BRAND_ID);
    expect(saved?.voice).toMatchObject({ forbiddenWords: ['pas de souci', 'bisous'], emojiPolicy: 'none' });
    expect(saved?.variables).toEqual({ support_link: 'https://fleurs-du-quai.example/aide', faq_link: 'https://fleurs-du-quai.example/faq' });
  });

  it('creates a second brand with the starter templates and switches the active brand', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user } = renderOptions(db);
    await user.click(await screen.findByRole('button', { name: 'Nouvelle marque' }));
    await user.type(screen.getByLabelText('Nom de la marque'), 'Vélos Léon');
    await user.click(screen.getByRole('button', { name: 'Ajouter un concurrent' }));
    await user.type(screen.getByLabelText('Nom du concurrent'), 'Cycles Martin');
    await user.type(screen.getByLabelText('Autres graphies et produits'), 'CM, Martin Cycles');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await screen.findByRole('heading', { level: 3, name: 'Vélos Léon' });
    const leon = (await listBrands(db)).find((b) => b.name === 'Vélos Léon')!;
    expect(leon.competitors).toEqual([{ name: 'Cycles Martin', aliases: ['CM', 'Martin Cycles'], accounts: [] }]);
    await waitFor(async () => expect((await listTemplates(db, leon.id)).length).toBeGreaterThan(10));
    expect((await getSettings(db)).activeBrandId).toBe(BRAND_ID);

    await user.click(screen.getByRole('button', { name: 'Faire de Vélos Léon la marque active' }));
    await waitFor(async () => expect((await getSettings(db)).activeBrandId).toBe(leon.id));
  });

  it('deletes a brand only after confirmation; Escape cancels and returns focus', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await seedBrand(db, { id: 'brand-b', name: 'Boulangerie Nord' });
    const { user } = renderOptions(db);

    const deleteButton = await screen.findByRole('button', { name: 'Supprimer Boulangerie Nord' });
    await user.click(deleteButton);
    const dialog = await screen.findByRole('alertdialog', { name: 'Supprimer Boulangerie Nord ?' });
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
    expect(await getBrand(db, 'brand-b')).toBeDefined();

    await user.click(deleteButton);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Supprimer' }));
    await waitFor(async () => expect(await getBrand(db, 'brand-b')).toBeUndefined());
    // The deleted brand was active: another one takes over.
    await waitFor(async () => expect((await getSettings(db)).activeBrandId).toBe(BRAND_ID));
    expect(screen.queryByRole('heading', { name: 'Boulangerie Nord' })).not.toBeInTheDocument();
  });
});
