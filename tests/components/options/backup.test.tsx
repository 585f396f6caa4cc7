import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exportBackup, backupToJson } from '@/lib/db/backup';
import { getBrand, listBrands } from '@/lib/db/brands';
import { listTemplates, saveTemplate } from '@/lib/db/templates';
import { expectNoAxeViolations } from '../ui/axe';
import { BRAND_ID, captureDownloads, freshDb, openSection, renderOptions, seedBrand } from './helpers';

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('backup and restore', () => {
  it('downloads the whole database as JSON', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const blobs = captureDownloads();
    const { user, container } = renderOptions(db);
    await openSection(user, /Sauvegarde/);
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Télécharger la sauvegarde' }));
    await screen.findByText('Sauvegarde téléchargée.');
    const backup = JSON.parse(await blobs[0]!.text()) as { data: { brands: { name: string }[] } };
    expect(backup.data.brands.map((b) => b.name)).toEqual(['Fleurs du Quai']);
  });

  it('rejects a corrupt backup with the reason and leaves the data intact', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user } = renderOptions(db);
    await openSection(user, /Sauvegarde/);
    const good = JSON.parse(backupToJson(await exportBackup(db, new Date()))) as { data: { brands: Record<string, unknown>[] } };
    good.data.brands[0]!.name = ''; // damaged: a brand needs a name
    await user.upload(screen.getByLabelText('Fichier de sauvegarde'), file('abimee.json', JSON.stringify(good)));

    const headline = await screen.findByText('abimee.json ne peut pas être restauré. Rien n’a été modifié.');
    const alert = headline.closest('[role="alert"]')!;
    // Said in the UI's language; the validator's English only under "Détails techniques".
    expect(alert).toHaveTextContent('La sauvegarde est abîmée ou incomplète : des lignes ne sont pas lisibles.');
    expect(alert.querySelector('details pre')).toHaveTextContent(/damaged or incomplete/);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect((await getBrand(db, BRAND_ID))?.name).toBe('Fleurs du Quai');

    await user.upload(screen.getByLabelText('Fichier de sauvegarde'), file('texte.json', 'pas du json'));
    expect(await screen.findByText(/Ce n’est pas un fichier JSON lisible/)).toBeInTheDocument();
    expect(await listBrands(db)).toHaveLength(1);
  });

  it('restores a valid backup after confirmation, replacing everything', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const snapshot = backupToJson(await exportBackup(db, new Date()));
    // Changes made after the backup are undone by the restore.
    await seedBrand(db, { id: 'brand-new', name: 'Après la sauvegarde' });
    await saveTemplate(db, {
      id: 'tpl-after',
      brandId: BRAND_ID,
      title: 'Plus tard',
      body: 'Texte',
      category: 'other',
      language: 'fr',
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    });
    const { user } = renderOptions(db);
    await openSection(user, /Sauvegarde/);
    await user.upload(screen.getByLabelText('Fichier de sauvegarde'), file('sauvegarde.json', snapshot));

    const dialog = await screen.findByRole('alertdialog', { name: 'Tout remplacer par cette sauvegarde ?' });
    expect(within(dialog).getByText('1 marque')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Remplacer et restaurer' }));
    await screen.findByText(/Sauvegarde restaurée : 1 marque(?!s)/);
    await waitFor(async () => expect((await listBrands(db)).map((b) => b.name)).toEqual(['Fleurs du Quai']));
    expect(await listTemplates(db, BRAND_ID)).toEqual([]);
  });
});
