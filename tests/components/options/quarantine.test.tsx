import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../ui/axe';
import { freshDb, openSection, renderOptions, seedBrand } from './helpers';

describe('rows an upgrade set aside are reported in the options page (issue 19)', () => {
  it('the backup section says how many and lists them', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await db.meta.put({
      key: 'quarantine:v2:comments:c9',
      value: { table: 'comments', id: 'c9', step: 2, reason: "Cannot read properties of null (reading 'name')", row: { id: 'c9', author: null } },
    });
    const { user, container } = renderOptions(db);
    await openSection(user, /Sauvegarde/);
    expect(await screen.findByRole('heading', { name: 'Lignes mises de côté par une mise à jour' })).toBeInTheDocument();
    expect(screen.getByText(/n’a pas pu convertir certaines lignes enregistrées \(1\)/u)).toBeInTheDocument();
    expect(screen.getByText(/comments c9 : Cannot read properties of null/u)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says nothing when nothing was set aside', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user } = renderOptions(db);
    await openSection(user, /Sauvegarde/);
    await screen.findByRole('heading', { name: 'Télécharger une sauvegarde' });
    expect(screen.queryByText('Lignes mises de côté par une mise à jour')).not.toBeInTheDocument();
  });
});
