import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { countForgotten } from '@/lib/db/forgotten';
import { recordSeen } from '@/lib/db/seen';
import { expectNoAxeViolations } from '../components/ui/axe';
import { BRAND_ID, freshDb, openSection, renderOptions, sampleComment, seedBrand } from '../components/options/helpers';

const zoe = { name: 'Zoé Lambert', handle: 'zoe.lambert' };

describe('forget an author: they stay forgotten, and it can be lifted', () => {
  it('says their comments will not be stored again, stores none on a reload, and un-forgets by handle', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await recordSeen(db, BRAND_ID, [sampleComment('c1', zoe), sampleComment('c2', { name: 'Hugo Bernard', handle: 'hugo_b' })], new Date());
    const { user, container } = renderOptions(db);
    await openSection(user, /Confidentialité/);

    await user.type(screen.getByLabelText('Identifiant ou nom'), 'zoe');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    const results = await screen.findByRole('list', { name: 'Personnes trouvées' });
    await user.click(within(results).getByRole('button', { name: 'Oublier Zoé Lambert' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Oublier Zoé Lambert ?' });
    expect(within(dialog).getByText(/Ses prochains commentaires ne seront pas enregistrés/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Oublier' }));

    expect(await screen.findByText(/Zoé Lambert oublié·e .* Ses prochains commentaires ne seront pas enregistrés .*jamais son nom/)).toBeInTheDocument();
    expect(await screen.findByText('1 personne oubliée : Riposte n’enregistre plus ses commentaires.')).toBeInTheDocument();
    await expectNoAxeViolations(container);

    // The post is read again: nothing about her is stored.
    await recordSeen(db, BRAND_ID, [sampleComment('c1', zoe), sampleComment('c3', zoe)], new Date());
    expect((await db.comments.toCollection().primaryKeys()).sort()).toEqual(['c2']);
    expect(await db.authors.get('instagram:zoe.lambert')).toBeUndefined();

    const unforget = screen.getByRole('region', { name: 'Ne plus oublier quelqu’un' });
    await user.type(within(unforget).getByLabelText('Identifiant, lien de profil ou nom'), '@zoe.lambert');
    await user.click(within(unforget).getByRole('button', { name: 'Ne plus oublier' }));
    expect(await screen.findByText('Personne n’a été oublié sous « @zoe.lambert » sur Facebook.')).toBeInTheDocument();
    await user.selectOptions(within(unforget).getByLabelText('Réseau'), 'instagram');
    await user.click(within(unforget).getByRole('button', { name: 'Ne plus oublier' }));
    expect(await screen.findByText('Les commentaires de « @zoe.lambert » seront de nouveau enregistrés.')).toBeInTheDocument();
    expect(await countForgotten(db)).toBe(0);
    expect((await recordSeen(db, BRAND_ID, [sampleComment('c1', zoe)], new Date())).added).toEqual(['c1']);
  });
});
