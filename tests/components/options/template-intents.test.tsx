import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { draftFromTemplate, draftIntents, templateFromDraft } from '@/components/options/templates/template-form';
import { getTemplate, saveTemplate } from '@/lib/db/templates';
import { TemplateSchema } from '@/lib/schema/template';
import { BRAND_ID, freshDb, openSection, renderOptions, seedBrand } from './helpers';

const NOW = new Date('2026-03-03T10:00:00Z');

describe('a template’s intents in the editor', () => {
  it('follows the text until the user chooses, and stores only a choice', () => {
    const draft = { ...draftFromTemplate(undefined, 'fr'), title: 'Cartes cadeaux', body: 'Bonjour, oui !' };
    expect(draft.intents).toBeNull();
    expect(draftIntents(draft)).toEqual(['price-b2b-gift-card']);
    const followed = TemplateSchema.parse(templateFromDraft(draft, 'b', undefined, NOW, () => 'id1'));
    expect(followed.intents).toBeUndefined();
    const chosen = TemplateSchema.parse(templateFromDraft({ ...draft, intents: ['price-b2b-gift-card', 'product-question'] }, 'b', followed, NOW));
    expect(chosen.intents).toEqual(['price-b2b-gift-card', 'product-question']);
    expect(draftFromTemplate(chosen, 'fr').intents).toEqual(['price-b2b-gift-card', 'product-question']);
  });

  it('shows the inferred intents ticked, and saves the user’s change', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await saveTemplate(db, {
      id: 'tpl-cadeau',
      brandId: BRAND_ID,
      title: 'Cartes cadeaux',
      body: 'Bonjour {{first_name|à vous}}, nos cartes cadeaux sont en vente en ligne. ^Inès',
      category: 'question',
      language: 'fr',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    });
    const { user } = renderOptions(db);
    await openSection(user, /Modèles de réponse/);
    await user.click(await screen.findByRole('button', { name: 'Modifier « Cartes cadeaux »' }));
    const gift = await screen.findByRole('checkbox', { name: 'prix, B2B ou carte cadeau' });
    expect(gift).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'stock et disponibilité' })).not.toBeChecked();
    expect(screen.getByText(/Cochées d’après le titre/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'question sur un produit' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByRole('button', { name: 'Nouveau modèle' });
    expect((await getTemplate(db, 'tpl-cadeau'))?.intents).toEqual(['price-b2b-gift-card', 'product-question']);
  });
});
