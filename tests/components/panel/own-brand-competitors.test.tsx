import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getBrand, saveBrand } from '@/lib/db/brands';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

const ANGRY = comment('c-angry', 'Toujours pas reçu ma commande 😡 ça fait 3 semaines, c’est une honte', {
  author: { name: 'Camille Durand', handle: 'camilled', verified: false },
});
/** The brand's own reply: apologetic words a customer's complaint would use, a follower count worth a badge. */
const OWN_REPLY = comment('c-own', 'Bonjour Camille, désolés pour l’attente, votre commande a un problème de livraison : on regarde en privé.', {
  author: { name: 'Maison Lumière', handle: 'maisonlumiere', verified: false, followers: 4_200 },
  parentId: 'c-angry',
  createdAt: '2026-11-23T09:45:00.000Z',
});
/** The brand's own top-level comment, not under anyone. */
const OWN_POST = comment('c-own-top', 'Des questions sur la lampe Galet ? Livraison en retard ? Écrivez-nous !', {
  author: { name: 'Maison Lumière', handle: 'MaisonLumiere', verified: false, followers: 4_200 },
  createdAt: '2026-11-23T09:40:00.000Z',
});

async function brandWithAccounts(db: RiposteDB) {
  const brand = await setUpBrand(db);
  return saveBrand(db, {
    ...brand,
    ownAccounts: [{ platform: 'x', handle: 'maisonlumiere' }],
    competitors: [{ name: 'Atelier Nova', aliases: [], accounts: [] }],
  });
}

function card(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-comment-id="${id}"]`);
}

describe('the brand’s own comments (issue 18)', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('are not triaged: no flags, no influencer badge, not counted in the chips', async () => {
    await brandWithAccounts(db);
    renderPanel(db, tabOf([ANGRY, OWN_REPLY, OWN_POST]), triageComments, fakeActions());
    await screen.findByRole('button', { name: /^Tous/ });
    // Only Camille's complaint counts: the brand's own words are not complaints or questions.
    await waitFor(() => expect(screen.getByRole('button', { name: /Plaintes/ })).toHaveTextContent('1'));
    expect(screen.queryByRole('button', { name: /Questions/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Influenceurs/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Traités/ })).toHaveTextContent('1');
    await userEvent.click(screen.getByRole('button', { name: /^Tous/ }));
    const own = await waitFor(() => card('c-own')!);
    expect(own.querySelector('.badge--own')).toHaveTextContent('Votre marque');
    expect(own.querySelector('.badge--influence')).toBeNull();
    expect(own.querySelector('[class*="flag--"]:not(.flag--own)')).toBeNull();
    expect(card('c-own-top')!.querySelector('.flag--question, .flag--complaint')).toBeNull();
  });

  it('are shown as the brand’s answers, with no reply suggestions', async () => {
    await brandWithAccounts(db);
    renderPanel(db, tabOf([ANGRY, OWN_REPLY]), triageComments, fakeActions());
    await userEvent.click(await screen.findByRole('button', { name: /^Tous/ }));
    const own = await waitFor(() => card('c-own')!);
    await userEvent.click(own);
    await waitFor(() => expect(own).toHaveAttribute('aria-current', 'true'));
    expect(within(own).getByText('Réponse de votre marque')).toBeInTheDocument();
    expect(within(own).queryByRole('button', { name: /Insérer la suggestion/ })).toBeNull();
    expect(within(own).queryByRole('button', { name: 'Marquer comme répondu' })).toBeNull();
    // The comment it answers says so, with the brand's words.
    expect(card('c-angry')!.querySelector('.comment__brand-reply')).toHaveTextContent('désolés pour l’attente');
  });
});

describe('competitors (issue 18)', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('are matched by their handle: a mention of @ateliernova, and Atelier Nova’s own account commenting', async () => {
    await brandWithAccounts(db);
    const mention = comment('c-mention', 'Chez @ateliernova c’est -30 % et livré en 48 h…', {
      author: { name: 'Hugo Bernard', handle: 'hugob', verified: false },
    });
    const theirs = comment('c-nova', 'Venez découvrir notre nouvelle collection 😉', {
      author: { name: 'Atelier Nova', handle: 'ateliernova', verified: false, followers: 23_000 },
    });
    renderPanel(db, tabOf([mention, theirs]), triageComments, fakeActions());
    await screen.findByRole('feed');
    await waitFor(() => expect(screen.getByRole('button', { name: /Concurrents/ })).toHaveTextContent('2'));
    expect(card('c-mention')!.querySelector('.flag--competitor')).toHaveTextContent('Atelier Nova');
    const nova = card('c-nova')!;
    expect(nova.querySelector('.badge--competitor')).toHaveTextContent('Atelier Nova');
    // A competitor's account is a competitor, not a micro-influencer.
    expect(nova.querySelector('.badge--influence')).toBeNull();
    expect(screen.queryByRole('button', { name: /Influenceurs/ })).toBeNull();
  });
});

describe('Correct the flags: whose account the author is (issue 18)', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('adds the author as a competitor’s account, then takes it off', async () => {
    await brandWithAccounts(db);
    const c = comment('c-sly', 'Franchement nos lampes sont mieux, venez voir 😉', {
      author: { name: 'Nova Studio', handle: 'nova_studio', verified: false, followers: 15_000 },
    });
    renderPanel(db, tabOf([c]), triageComments, fakeActions());
    await userEvent.click(await screen.findByRole('button', { name: /^Tous/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Corriger les signaux' }));
    await userEvent.selectOptions(screen.getByLabelText('Cet auteur est le compte de'), 'Atelier Nova');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la correction' }));
    await waitFor(async () => expect((await getBrand(db, 'ml'))?.competitors[0]?.accounts).toEqual([{ platform: 'x', handle: 'nova_studio' }]));
    await waitFor(() => expect(card('c-sly')!.querySelector('.badge--competitor')).toHaveTextContent('Atelier Nova'));
    expect(card('c-sly')!.querySelector('.badge--influence')).toBeNull();

    await userEvent.click(await screen.findByRole('button', { name: 'Corriger les signaux' }));
    expect(screen.getByLabelText('Cet auteur est le compte de')).toHaveValue('Atelier Nova');
    await userEvent.selectOptions(screen.getByLabelText('Cet auteur est le compte de'), '');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la correction' }));
    await waitFor(async () => expect((await getBrand(db, 'ml'))?.competitors[0]?.accounts).toEqual([]));
    await waitFor(() => expect(card('c-sly')!.querySelector('.badge--competitor')).toBeNull());
  });
});
