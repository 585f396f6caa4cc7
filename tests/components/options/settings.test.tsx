import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getBrand } from '@/lib/db/brands';
import { getSettings } from '@/lib/db/settings';
import { expectNoAxeViolations } from '../ui/axe';
import { BRAND_ID, freshDb, openSection, renderOptions, seedBrand } from './helpers';

describe('language', () => {
  it('switches the whole page to English at once, and back to the browser language', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user } = renderOptions(db);
    expect(await openSection(user, /Langue/)).toHaveFocus();
    await user.click(screen.getByLabelText('English'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Riposte settings' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation')).getByRole('link', { name: 'Templates' })).toBeInTheDocument();
    expect((await getSettings(db)).uiLanguage).toBe('en');
    await user.click(screen.getByLabelText('Same as the browser'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Langue' })).toBeInTheDocument();
  });
});

describe('watchlist', () => {
  it('adds, edits and removes people on the active brand’s watchlist', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user, container } = renderOptions(db);
    await openSection(user, /Personnes suivies/);
    expect(await screen.findByText('Personne n’est suivi pour l’instant.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(await screen.findByText('Obligatoire.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Identifiant, lien de profil ou nom'), 'claire.journaliste');
    await user.selectOptions(screen.getByLabelText('Réseau'), 'linkedin');
    await user.type(screen.getByLabelText('Note'), 'Rubrique conso');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    await screen.findByRole('cell', { name: 'claire.journaliste' });
    await expectNoAxeViolations(container);
    expect((await getBrand(db, BRAND_ID))?.watchlist).toEqual([{ who: 'claire.journaliste', platform: 'linkedin', kind: 'journalist', note: 'Rubrique conso' }]);

    await user.click(screen.getByRole('button', { name: 'Modifier claire.journaliste' }));
    await user.selectOptions(screen.getByLabelText('Type'), 'vip');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => expect((await getBrand(db, BRAND_ID))?.watchlist[0]?.kind).toBe('vip'));

    await user.click(screen.getByRole('button', { name: 'Retirer claire.journaliste' }));
    await waitFor(async () => expect((await getBrand(db, BRAND_ID))?.watchlist).toEqual([]));
  });
});

describe('departments and SLA', () => {
  it('edits departments, SLA and agent name, validating ids and emails', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user, container } = renderOptions(db);
    await openSection(user, /Services et délais/);
    await expectNoAxeViolations(container);

    await user.type(screen.getByLabelText('Votre prénom (pour {{agent}})'), 'Inès');
    const sla = screen.getByLabelText('Délai de réponse visé (minutes)');
    await user.clear(sla);
    await user.type(sla, '30');
    await user.click(screen.getByRole('button', { name: 'Ajouter un service' }));
    const ids = screen.getAllByLabelText('Code du service');
    await user.type(ids[ids.length - 1]!, 'Logistique');
    const names = screen.getAllByLabelText('Nom');
    await user.type(names[names.length - 1]!, 'Logistique');
    const emails = screen.getAllByLabelText('E-mail (facultatif)');
    await user.type(emails[emails.length - 1]!, 'pas-une-adresse');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/Minuscules, chiffres et - uniquement/)).toBeInTheDocument();
    expect(screen.getByText('Adresse e-mail invalide.')).toBeInTheDocument();
    expect((await getSettings(db)).slaMinutes).toBe(60);

    await user.clear(ids[ids.length - 1]!);
    await user.type(ids[ids.length - 1]!, 'logistique');
    await user.clear(emails[emails.length - 1]!);
    await user.type(emails[emails.length - 1]!, 'logistique@fleurs-du-quai.example');
    await user.click(screen.getByRole('button', { name: 'Retirer le service Juridique' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => expect((await getSettings(db)).slaMinutes).toBe(30));
    const settings = await getSettings(db);
    expect(settings.agentName).toBe('Inès');
    expect(settings.departments.map((d) => d.id)).toEqual(['after-sales', 'product', 'sales', 'press', 'logistique']);
    expect(settings.departments.at(-1)).toEqual({ id: 'logistique', name: 'Logistique', email: 'logistique@fleurs-du-quai.example' });
  });
});

describe('triage', () => {
  it('saves tiers and label weights, refuses tiers that do not grow, and restores the defaults', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user, container } = renderOptions(db);
    await openSection(user, /^Tri$/);
    await expectNoAxeViolations(container);

    const complaint = screen.getByLabelText('Plainte');
    await user.clear(complaint);
    await user.type(complaint, '45');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => expect((await getSettings(db)).triage.weights.complaint).toBe(45));
    expect((await getSettings(db)).triage.weights.verified).toBe(8); // untouched weights are kept

    const nano = await screen.findByLabelText('Nano');
    await user.clear(nano);
    await user.type(nano, '50000');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Ces réglages de tri ne sont pas valides.')).toBeInTheDocument();
    expect((await getSettings(db)).triage.tiers.nano).toBe(1000);

    await user.click(screen.getByRole('button', { name: 'Revenir aux valeurs par défaut' }));
    await waitFor(async () => expect((await getSettings(db)).triage.weights.complaint).toBe(30));
  });
});
