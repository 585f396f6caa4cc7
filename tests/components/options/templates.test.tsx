import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getTemplate, listTemplates, saveTemplate } from '@/lib/db/templates';
import type { RiposteDB } from '@/lib/db/database';
import { expectNoAxeViolations } from '../ui/axe';
import { BRAND_ID, captureDownloads, freshDb, openSection, renderOptions, seedBrand } from './helpers';
import { findAlert } from '../ui/alerts';

async function seedTemplates(db: RiposteDB) {
  await saveTemplate(db, {
    id: 'tpl-retard',
    brandId: BRAND_ID,
    title: 'Retard de livraison',
    body: 'Bonjour {{first_name|à vous}}, nous sommes désolés. Pouvez-vous nous écrire en privé ? ^Inès',
    category: 'complaint',
    language: 'fr',
    tags: ['livraison'],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  });
  await saveTemplate(db, {
    id: 'tpl-merci',
    brandId: BRAND_ID,
    title: 'Merci pour le compliment',
    body: 'Merci {{first_name}} ! ^Inès',
    category: 'praise',
    language: 'fr',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  });
}

function jsonFile(name: string, content: unknown): File {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });
}

describe('templates', () => {
  it('searches and filters the library', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await seedTemplates(db);
    const { user, container } = renderOptions(db);
    await openSection(user, /Modèles de réponse/);
    await screen.findByRole('heading', { level: 3, name: 'Retard de livraison' });
    await expectNoAxeViolations(container);

    await user.type(screen.getByLabelText('Rechercher un modèle'), 'livraison');
    expect(screen.queryByRole('heading', { level: 3, name: 'Merci pour le compliment' })).not.toBeInTheDocument();
    expect(screen.getByText('1 modèle sur 2')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Rechercher un modèle'));
    await user.selectOptions(screen.getByLabelText('Catégorie'), 'praise');
    expect(screen.getByRole('heading', { level: 3, name: 'Merci pour le compliment' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Retard de livraison' })).not.toBeInTheDocument();
  });

  it('updates the preview and the brand-voice lint live while editing, then saves', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await seedTemplates(db);
    const { user, container } = renderOptions(db);
    await openSection(user, /Modèles de réponse/);
    await user.click(await screen.findByRole('button', { name: 'Modifier « Retard de livraison »' }));

    const preview = await screen.findByRole('region', { name: 'Aperçu en direct' });
    expect(within(preview).getByText(/Bonjour Camille, nous sommes désolés/)).toBeInTheDocument();
    expect(within(preview).getAllByText(/Rien à signaler/)).toHaveLength(4);
    await expectNoAxeViolations(container);

    const body = screen.getByLabelText('Réponse');
    await user.clear(body);
    await user.type(body, 'Pas de souci {{{{prenom}}, on regarde ça !!');
    expect(within(preview).getByText(/Pas de souci/)).toBeInTheDocument();
    expect(within(preview).getAllByText('Mot interdit : « pas de souci ».').length).toBe(4);
    // The brand's sign-off is added by rendering, so the voice check has nothing to say about it.
    expect(within(preview).getByText(/on regarde ça !!\s+\^Inès$/)).toBeInTheDocument();
    expect(within(preview).queryByText(/Ne se termine pas par la signature/)).toBeNull();
    expect(within(preview).getAllByText('2 points d’exclamation, 1 au plus.').length).toBe(4);
    expect(within(preview).getByText(/Variables inconnues \(faute de frappe \?\) : prenom/)).toBeInTheDocument();
    expect(within(preview).getByText('[prenom]').tagName).toBe('MARK');

    // Sample author drives {{first_name}}; a fill-in is announced.
    await user.clear(body);
    await user.type(body, 'Bonjour {{{{first_name}}, votre commande {{{{order_number?}} arrive. ^Inès');
    await user.clear(within(preview).getByLabelText('Auteur du commentaire d’exemple'));
    await user.type(within(preview).getByLabelText('Auteur du commentaire d’exemple'), 'Noé Petit');
    expect(within(preview).getByText(/Bonjour Noé, votre commande/)).toBeInTheDocument();
    expect(within(preview).getByText(/Demandé avant d’insérer/)).toHaveTextContent('order_number');

    // A per-site variant replaces the body on that site only.
    await user.click(screen.getByText('Versions par réseau (facultatif)'));
    await user.type(screen.getByLabelText('Version X'), 'Version courte pour X ^Inès');
    await user.selectOptions(within(preview).getByLabelText('Aperçu sur'), 'x');
    expect(within(preview).getByText('Version courte pour X ^Inès')).toBeInTheDocument();
    expect(within(preview).getByText(/Version X utilisée/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByRole('button', { name: 'Nouveau modèle' });
    const saved = await getTemplate(db, 'tpl-retard');
    expect(saved?.body).toBe('Bonjour {{first_name}}, votre commande {{order_number?}} arrive. ^Inès');
    expect(saved?.variants).toEqual({ x: 'Version courte pour X ^Inès' });
  });

  it('creates, duplicates and deletes templates', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user } = renderOptions(db);
    await openSection(user, /Modèles de réponse/);
    expect(await screen.findByText('Aucun modèle pour l’instant.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nouveau modèle' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findAllByText('Obligatoire.')).toHaveLength(2);
    await user.type(screen.getByLabelText('Titre'), 'Horaires');
    await user.type(screen.getByLabelText('Mots-clés'), 'horaires, magasin');
    await user.type(screen.getByLabelText('Réponse'), 'Nous sommes ouverts de 9 h à 19 h. ^Inès');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByRole('heading', { level: 3, name: 'Horaires' });
    const [created] = await listTemplates(db, BRAND_ID);
    expect(created).toMatchObject({ title: 'Horaires', tags: ['horaires', 'magasin'], category: 'question', language: 'fr', usageCount: 0 });

    await user.click(screen.getByRole('button', { name: 'Dupliquer « Horaires »' }));
    await screen.findByRole('heading', { level: 3, name: 'Horaires (copie)' });
    expect(await listTemplates(db, BRAND_ID)).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Supprimer « Horaires (copie) »' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Horaires (copie)' })).not.toBeInTheDocument());
    expect((await listTemplates(db, BRAND_ID)).map((t) => t.title)).toEqual(['Horaires']);
  });

  it('rejects a bad import whole, with the entry and field, and saves nothing', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await seedTemplates(db);
    const { user } = renderOptions(db);
    await openSection(user, /Modèles de réponse/);
    const file = jsonFile('modeles.json', {
      format: 'riposte-templates',
      version: 1,
      templates: [
        { title: 'Bon', body: 'Un modèle valide', category: 'thanks', language: 'fr' },
        { title: 'Mauvais', body: 'Catégorie inconnue', category: 'bavardage', language: 'fr' },
        { title: '', body: 'Sans titre', category: 'thanks', language: 'fr' },
      ],
    });
    await user.upload(screen.getByLabelText('Importer des modèles (fichier JSON)'), file);

    const errors = await screen.findByRole('group', { name: /Fichier refusé : rien n’a été enregistré/ });
    // Worded for a community manager, in the UI's language: the editor's field names, never validator text.
    expect(errors).toHaveTextContent('Modèle 2 · Catégorie : « bavardage » n’est pas une valeur possible.');
    expect(errors).toHaveTextContent('Modèle 3 · Titre : vide : il faut le remplir.');
    expect(errors).not.toHaveTextContent(/Invalid|expected|Too small|category/u);
    expect(await findAlert('modeles.json n’a pas été importé.')).toBeInTheDocument();
    expect((await listTemplates(db, BRAND_ID)).map((t) => t.id).sort()).toEqual(['tpl-merci', 'tpl-retard']);

    await user.upload(screen.getByLabelText('Importer des modèles (fichier JSON)'), jsonFile('casse.json', '{ pas du json'));
    const unreadable = await screen.findByRole('group', { name: /Fichier refusé/ });
    expect(unreadable).toHaveTextContent('Fichier : ce n’est pas un fichier JSON lisible');
    expect(unreadable).not.toHaveTextContent(/JSON at position|Not valid/u);
    expect(await listTemplates(db, BRAND_ID)).toHaveLength(2);
  });

  it('exports the library as JSON and imports it back as new templates', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await seedTemplates(db);
    const blobs = captureDownloads();
    const { user } = renderOptions(db);
    await openSection(user, /Modèles de réponse/);
    await screen.findByRole('heading', { level: 3, name: 'Retard de livraison' });
    await user.click(screen.getByRole('button', { name: 'Exporter (JSON)' }));

    expect(blobs).toHaveLength(1);
    const text = await blobs[0]!.text();
    const parsed = JSON.parse(text) as { format: string; templates: { title: string }[] };
    expect(parsed.format).toBe('riposte-templates');
    expect(parsed.templates.map((t) => t.title).sort()).toEqual(['Merci pour le compliment', 'Retard de livraison']);

    await user.upload(screen.getByLabelText('Importer des modèles (fichier JSON)'), jsonFile('export.json', text));
    expect(await screen.findByText('2 modèles importés.')).toBeInTheDocument();
    expect(await listTemplates(db, BRAND_ID)).toHaveLength(4);
  });

  it('restores deleted starter templates without touching edited ones', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user } = renderOptions(db);
    await openSection(user, /Modèles de réponse/);
    await user.click(await screen.findByRole('button', { name: 'Restaurer les modèles de départ' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restaurer les modèles de départ' }));
    // The notice comes once the restore is written: counting before it raced the write.
    await screen.findByText(/modèles de départ restaurés\./u);
    const count = (await listTemplates(db, BRAND_ID)).length;
    expect(count).toBeGreaterThan(10);
    expect(await screen.findByText(`${count} modèles de départ restaurés.`)).toBeInTheDocument();

    const [first] = await listTemplates(db, BRAND_ID);
    await saveTemplate(db, { ...first!, title: 'Titre retouché' });
    await user.click(screen.getByRole('button', { name: 'Restaurer les modèles de départ' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restaurer les modèles de départ' }));
    expect(await screen.findByText('0 modèle de départ restauré.')).toBeInTheDocument();
    expect((await getTemplate(db, first!.id))?.title).toBe('Titre retouché');
  });
});
