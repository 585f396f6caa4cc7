import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { commentHistory } from '@/lib/db/interactions';
import { templateChoices } from '@/lib/db/template-history';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

const LATE = comment('c-late', 'Toujours pas reçu ma commande, ça fait 3 semaines', {
  author: { name: 'Camille Durand', verified: false },
});

describe('suggestions passed over', () => {
  let db: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  async function shownIds(): Promise<string[]> {
    const list = await screen.findByRole('list', { name: 'Réponses suggérées' });
    return [...list.querySelectorAll('li')].map((li) => li.querySelector('strong')?.textContent ?? '');
  }

  it('logs the suggestions above the one inserted, and the brand’s history reads them', async () => {
    const brand = await setUpBrand(db);
    const actions = fakeActions();
    renderPanel(db, tabOf([LATE]), triageComments, actions);
    const titles = await shownIds();
    expect(titles.length).toBeGreaterThanOrEqual(2);
    await userEvent.click(await screen.findByRole('button', { name: 'Insérer la suggestion 2' }));
    await waitFor(async () => expect((await commentHistory(db, 'c-late')).some((i) => i.kind === 'inserted')).toBe(true));
    const draft = (await commentHistory(db, 'c-late')).find((i) => i.kind === 'inserted')!;
    const templates = await db.templates.toArray();
    const first = templates.find((t) => t.title === titles[0])!;
    expect(draft.templateId).toBe(templates.find((t) => t.title === titles[1])!.id);
    expect(draft.passedOver).toEqual([first.id]);
    expect(await templateChoices(db, brand.id)).toEqual([{ text: LATE.text, chosen: draft.templateId, passedOver: [first.id] }]);
  });

  it('logs nothing passed over when the first suggestion is inserted', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf([LATE]), triageComments, fakeActions());
    await userEvent.click(await screen.findByRole('button', { name: 'Insérer la suggestion 1' }));
    await waitFor(async () => expect((await commentHistory(db, 'c-late')).some((i) => i.kind === 'inserted')).toBe(true));
    expect((await commentHistory(db, 'c-late')).find((i) => i.kind === 'inserted')?.passedOver).toBeUndefined();
  });

  it('logs a reply changed by hand in the editor as edited, and the history reads it so', async () => {
    const brand = await setUpBrand(db);
    renderPanel(db, tabOf([LATE]), triageComments, fakeActions());
    await userEvent.click((await screen.findAllByRole('button', { name: 'Modifier' }))[0]!);
    await userEvent.type(await screen.findByLabelText('Réponse'), ' Bonne journée !');
    await userEvent.click(screen.getByRole('button', { name: 'Insérer cette réponse' }));
    await waitFor(async () => expect((await commentHistory(db, 'c-late')).some((i) => i.kind === 'inserted')).toBe(true));
    const draft = (await commentHistory(db, 'c-late')).find((i) => i.kind === 'inserted')!;
    expect(draft.edited).toBe(true);
    expect(draft.finalText).toMatch(/Bonne journée !$/u);
    expect(await templateChoices(db, brand.id)).toEqual([{ text: LATE.text, chosen: draft.templateId, edited: true }]);
  });
});
