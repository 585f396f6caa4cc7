import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { getBrand, saveBrand } from '@/lib/db/brands';
import { commentHistory, statusesFor } from '@/lib/db/interactions';
import { getTemplate } from '@/lib/db/templates';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { classify } from '@/lib/triage';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';
import { findAlert } from '../ui/alerts';

const ANGRY = comment('c-angry', 'Toujours pas reçu ma commande 😡 ça fait 3 semaines, c’est une honte', {
  author: { name: 'Camille Durand', handle: 'camilled', verified: false },
});
const HAPPY = comment('c-happy', 'Trop belle la lampe 😍 merci !', {
  author: { name: 'Jules Martin', handle: 'julesm', verified: false },
  createdAt: '2026-11-23T09:00:00.000Z',
});
const HOSTILE = comment('c-html', '<img src=x onerror="window.__pwned=1"> des questions ?', {
  author: { name: 'Eve <b>Bold</b>', handle: 'eve', verified: false },
});

describe('side panel', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('asks to set up a brand first', async () => {
    const actions = fakeActions();
    renderPanel(db, tabOf([ANGRY]), triageComments, actions);
    await userEvent.click(await screen.findByRole('button', { name: 'Configurer votre marque' }));
    expect(actions.openOptions).toHaveBeenCalled();
  });

  it('lists the page’s comments as a queue, the complaint first, with flags and status', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf([HAPPY, ANGRY]), triageComments, fakeActions());
    const feed = await screen.findByRole('feed');
    await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(2));
    const cards = within(feed).getAllByRole('article');
    expect(cards[0]).toHaveAttribute('data-comment-id', 'c-angry');
    expect(cards[0]!.querySelector('.flag--complaint')).toHaveTextContent('Plainte');
    expect(screen.getByTestId('page-status')).toHaveTextContent('X : 2 commentaires lus');
    expect(screen.getByRole('button', { name: /Plaintes/ })).toHaveTextContent('1');
  });

  it('renders what strangers typed as text, never as HTML', async () => {
    await setUpBrand(db);
    const { container } = renderPanel(db, tabOf([HOSTILE]), triageComments, fakeActions());
    await screen.findByText(/onerror/);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('inserts the first suggestion as a draft: logged with its template, still to answer, visibly marked', async () => {
    await setUpBrand(db);
    const actions = fakeActions();
    renderPanel(db, tabOf([ANGRY]), triageComments, actions);
    const insert = await screen.findByRole('button', { name: 'Insérer la suggestion 1' });
    await userEvent.click(insert);
    await waitFor(() => expect(actions.insert).toHaveBeenCalledTimes(1));
    const [commentId, text] = actions.insert.mock.calls[0] as [string, string];
    expect(commentId).toBe('c-angry');
    expect(text).toContain('Camille');
    expect(text).not.toMatch(/undefined|\{\{/);
    await screen.findByText(/Réponse insérée comme brouillon/);
    const history = await commentHistory(db, 'c-angry');
    const draft = history.find((i) => i.kind === 'inserted');
    expect(draft?.finalText).toBe(text);
    expect(draft?.templateId).toBeTruthy();
    // Nothing was posted: not an answer, no response time.
    expect(history.some((i) => i.kind === 'replied')).toBe(false);
    expect((await statusesFor(db, ['c-angry'])).get('c-angry')).toMatchObject({ status: 'drafted' });
    // Still in the "to answer" queue, marked as a draft.
    const card = document.querySelector<HTMLElement>('[data-comment-id="c-angry"]')!;
    await waitFor(() => expect(card.querySelector('.flag--status-drafted')).toHaveTextContent(/^Brouillon inséré/));
    expect(screen.getByRole('button', { name: /À traiter/ })).toHaveTextContent('1');
    expect(screen.queryByRole('button', { name: /Traités/ })).toBeNull();
  });

  it('counts one use of the template for one insert (issue 16)', async () => {
    await setUpBrand(db);
    const actions = fakeActions();
    renderPanel(db, tabOf([ANGRY]), triageComments, actions);
    await userEvent.click(await screen.findByRole('button', { name: 'Insérer la suggestion 1' }));
    await screen.findByText(/Réponse insérée comme brouillon/);
    const draft = (await commentHistory(db, 'c-angry')).find((i) => i.kind === 'inserted')!;
    await waitFor(async () => expect((await getTemplate(db, draft.templateId!))?.usageCount).toBe(1));
  });

  it('marks a comment answered by hand: it moves to handled, and counts as a reply', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf([ANGRY]), triageComments, fakeActions());
    await userEvent.click(await screen.findByRole('button', { name: 'Marquer comme répondu' }));
    await screen.findByText('Marqué comme répondu.');
    const replied = (await commentHistory(db, 'c-angry')).find((i) => i.kind === 'replied');
    expect(replied).toMatchObject({ source: 'marked' });
    await userEvent.click(await screen.findByRole('button', { name: /Traités/ }));
    await screen.findByText(/^Répondu/);
  });

  it('marks the selected comment answered with the a key, once', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf([ANGRY]), triageComments, fakeActions());
    await screen.findByRole('button', { name: 'Marquer comme répondu' });
    await userEvent.keyboard('a');
    await screen.findByText('Marqué comme répondu.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Marquer comme répondu' })).toBeNull());
    await userEvent.keyboard('a');
    expect((await commentHistory(db, 'c-angry')).filter((i) => i.kind === 'replied')).toHaveLength(1);
  });

  it('shows a comment the brand answered on the page as handled, with nothing to mark', async () => {
    await setUpBrand(db);
    const answer = comment('c-brand', 'Bonjour Camille, nous regardons votre commande en privé.', {
      author: { name: 'Maison Lumière', handle: 'maisonlumiere', verified: true },
      parentId: 'c-angry',
      isOwnBrand: true,
    });
    renderPanel(db, tabOf([ANGRY, answer]), triageComments, fakeActions());
    await userEvent.click(await screen.findByRole('button', { name: /Traités/ }));
    const card = await waitFor(() => document.querySelector<HTMLElement>('[data-comment-id="c-angry"]')!);
    expect(card.querySelector('.flag--status-replied')).toHaveTextContent('Votre marque a répondu sur la page');
    expect(screen.queryByRole('button', { name: 'Marquer comme répondu' })).toBeNull();
  });

  it('signs every suggestion with the brand’s sign-off instead of warning that it is missing (issue 18)', async () => {
    const brand = await setUpBrand(db);
    await saveBrand(db, { ...brand, voice: { ...brand.voice, signOff: '^Léa' } });
    const actions = fakeActions();
    renderPanel(db, tabOf([ANGRY]), triageComments, actions);
    await userEvent.click(await screen.findByRole('button', { name: 'Insérer la suggestion 1' }));
    await waitFor(() => expect(actions.insert).toHaveBeenCalledTimes(1));
    expect(String(actions.insert.mock.calls[0]?.[1])).toMatch(/\n\^Léa$/);
    expect(screen.queryByText(/Signature manquante/)).toBeNull();
    expect(document.body.textContent).not.toMatch(/\{(expected|signOff)\}/);
  });

  it('escalates to a department: ticket copied when it has no address, logged with the note', async () => {
    await setUpBrand(db);
    const actions = fakeActions();
    renderPanel(db, tabOf([ANGRY]), triageComments, actions);
    await userEvent.click(await screen.findByRole('button', { name: 'Escalader' }));
    await userEvent.selectOptions(screen.getByLabelText('Service'), 'after-sales');
    await userEvent.type(screen.getByLabelText('Note pour l’équipe'), 'Commande 4521 bloquée');
    await userEvent.click(screen.getByRole('button', { name: 'Préparer la transmission' }));
    await waitFor(() => expect(actions.copy).toHaveBeenCalled());
    expect(String(actions.copy.mock.calls[0]?.[0])).toContain('Toujours pas reçu');
    await waitFor(async () => {
      const escalated = (await commentHistory(db, 'c-angry')).find((i) => i.kind === 'escalated');
      expect(escalated).toMatchObject({ department: 'after-sales', note: 'Commande 4521 bloquée' });
    });
  });

  it('moves through the queue and resolves with the keyboard', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf([HAPPY, ANGRY]), triageComments, fakeActions());
    const feed = await screen.findByRole('feed');
    await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(2));
    expect(within(feed).getAllByRole('article')[0]).toHaveAttribute('aria-current', 'true');
    await userEvent.keyboard('j');
    await waitFor(() => expect(within(feed).getAllByRole('article')[1]).toHaveAttribute('aria-current', 'true'));
    await userEvent.keyboard('r');
    await waitFor(async () => expect((await commentHistory(db, 'c-happy')).some((i) => i.kind === 'resolved')).toBe(true));
  });

  it('learns a correction for the brand: the same word is not misread twice', async () => {
    await setUpBrand(db);
    const slang = comment('c-slang', 'La lampe Galet, une vraie tuerie 🔥', { author: { name: 'Inès Petit', handle: 'ines', verified: false } });
    const other = comment('c-other', 'Le plaid Dune, une vraie tuerie', { author: { name: 'Tom Roy', handle: 'tomr', verified: false } });
    const brandBefore = (await getBrand(db, 'ml'))!;
    // The mistake to correct: French slang praise read as nothing at all.
    for (const c of [slang, other]) expect(classify(c, { brand: brandBefore }).labels).not.toContain('praise');
    renderPanel(db, tabOf([slang, other]), triageComments, fakeActions());
    await userEvent.click(await screen.findByRole('button', { name: /^Tous/ }));
    await userEvent.click(await screen.findByText('La lampe Galet, une vraie tuerie 🔥'));
    const card = () => document.querySelector<HTMLElement>('[data-comment-id="c-slang"]')!;
    expect(card()).toHaveAttribute('aria-current', 'true');
    await userEvent.click(within(card()).getByRole('button', { name: 'Corriger les signaux' }));
    await userEvent.click(within(card()).getByRole('checkbox', { name: 'Compliment' }));
    const term = within(card()).getByLabelText('Mot ou expression décisif');
    await userEvent.clear(term);
    await userEvent.type(term, 'tuerie');
    await userEvent.click(within(card()).getByRole('button', { name: 'Enregistrer la correction' }));
    await screen.findByText(/Correction enregistrée/);
    const brand = await getBrand(db, 'ml');
    expect(brand?.lexicon).toEqual([{ term: 'tuerie', addLabels: ['praise'], removeLabels: [] }]);
    // Both comments are now praise, the one never corrected too.
    await waitFor(() => {
      for (const id of ['c-slang', 'c-other']) {
        expect(document.querySelector(`[data-comment-id="${id}"] .flag--praise`)).not.toBeNull();
      }
    });
    expect((await commentHistory(db, 'c-slang')).some((i) => i.kind === 'corrected')).toBe(true);
  });

  it('inserts suggestion 1 with the 1 key', async () => {
    await setUpBrand(db);
    const actions = fakeActions();
    renderPanel(db, tabOf([ANGRY]), triageComments, actions);
    await screen.findByRole('button', { name: 'Insérer la suggestion 1' });
    await userEvent.keyboard('1');
    await waitFor(() => expect(actions.insert).toHaveBeenCalledTimes(1));
    expect(actions.insert.mock.calls[0]?.[0]).toBe('c-angry');
  });

  it('says when the layout is not recognised instead of showing an empty list', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf([], 'layout-not-recognised'), triageComments, fakeActions());
    expect(await findAlert('mise en page non reconnue')).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    await setUpBrand(db);
    const { container } = renderPanel(db, tabOf([HAPPY, ANGRY]), triageComments, fakeActions(), 'en');
    await screen.findByRole('button', { name: 'Insert suggestion 1' });
    let results: axe.AxeResults | undefined;
    await act(async () => {
      // happy-dom computes no styles, so contrast is checked by eye and in the e2e screenshots.
      results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    });
    expect(results?.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
