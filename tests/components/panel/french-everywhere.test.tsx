import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

/** Five hours old at the fixtures' NOW: waiting time counts. */
const FIVE_HOURS_AGO = '2026-11-23T05:00:00.000Z';

async function openWhy(id: string): Promise<HTMLElement> {
  const card = await waitFor(() => document.querySelector<HTMLElement>(`[data-comment-id="${id}"]`)!);
  await userEvent.click(card);
  const summary = await waitFor(() => card.querySelector<HTMLElement>('.comment__why summary')!);
  await userEvent.click(summary);
  return card.querySelector<HTMLElement>('.comment__why')!;
}

describe('French everywhere in the side panel (issue 18)', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('explains the flags in French: reasons, waiting time, signed points, elided words', async () => {
    await setUpBrand(db);
    const asking = comment('c-q', 'Est-ce que quelqu’un a reçu sa commande ? Toujours rien reçu, c’est inadmissible', {
      createdAt: FIVE_HOURS_AGO,
      likes: 3,
    });
    const spam = comment('c-spam', 'Gagnez 1000€ ici 👉 https://promo.example.xyz https://bit.ly/x #gratuit #gagner #cadeau #promo #concours @a @b @c @d', {
      author: { name: 'Promo Bot', handle: 'promobot', verified: false },
    });
    renderPanel(db, tabOf([asking, spam]), triageComments, fakeActions());
    await userEvent.click(await screen.findByRole('button', { name: /^Tous/ }));
    const why = await openWhy('c-q');
    const text = why.textContent ?? '';
    expect(text).toContain('Pourquoi ces signaux ?');
    expect(text).toMatch(/Attend une réponse depuis 5 h\u00a0: \+\d+/u);
    expect(text).toContain('Une phrase se termine par un point d’interrogation');
    expect(text).toContain('quelqu’un');
    expect(text).not.toContain('quelqu un');
    expect(text).not.toMatch(/→|Waiting|Ends a sentence|Complaint|question mark|like\(s\)|\+-/u);

    const spamWhy = await openWhy('c-spam');
    expect(spamWhy.textContent).toMatch(/Spam\u00a0: −\d+/u);
    expect(spamWhy.textContent).not.toMatch(/\+-|Contains|Hashtag stuffing|Tags many/u);
  });

  it('says one comment, one like, one reply in the singular', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf([comment('c-1', 'Super lampe, merci !', { likes: 1, replies: 1 })]), triageComments, fakeActions());
    await waitFor(() => expect(screen.getByTestId('page-status')).toHaveTextContent('X : 1 commentaire lu'));
    await userEvent.click(await screen.findByRole('button', { name: /^Tous/ }));
    const card = await waitFor(() => document.querySelector<HTMLElement>('[data-comment-id="c-1"]')!);
    expect(card.querySelector('.comment__meta')).toHaveTextContent('1 J’aime');
    expect(card.querySelector('.comment__meta')).toHaveTextContent(/1 réponse(?!s)/u);
  });
});

describe('a reply that could not go in, said in French (issue 18)', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('words the content script’s reason in the UI language, never its English detail', async () => {
    await setUpBrand(db);
    const actions = fakeActions();
    actions.insert.mockResolvedValue({ ok: false, method: 'copied', problem: 'not-accepted', reason: 'The Draft.js editor did not accept the text. The text was copied: paste it yourself.' });
    renderPanel(db, tabOf([comment('c-1', 'Super lampe, merci beaucoup !')]), triageComments, actions);
    await userEvent.click(await screen.findByRole('button', { name: 'Insérer la suggestion 1' }));
    const notice = await screen.findByText(/L’éditeur du site n’a pas accepté le texte\. La réponse a été copiée : collez-la avec Ctrl\+V\./u);
    expect(notice.textContent).not.toMatch(/Draft\.js|did not accept|paste it yourself|introuvable/u);
  });
});

describe('default departments (issue 18)', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('are named in French for a French user, in the escalation form and its hand-off', async () => {
    await setUpBrand(db);
    const actions = fakeActions();
    renderPanel(db, tabOf([comment('c-a', 'Toujours pas reçu ma commande, c’est une honte')]), triageComments, actions);
    await userEvent.click(await screen.findByRole('button', { name: 'Escalader' }));
    const select = screen.getByLabelText('Service');
    const names = Array.from(select.querySelectorAll('option'), (o) => o.textContent);
    expect(names).toEqual(['SAV', 'Produit', 'Ventes', 'Presse & RP', 'Juridique']);
    await userEvent.click(screen.getByRole('button', { name: 'Préparer la transmission' }));
    await waitFor(() => expect(actions.copy).toHaveBeenCalled());
    expect(String(actions.copy.mock.calls[0]?.[0])).not.toMatch(/After-sales/u);
  });
});
