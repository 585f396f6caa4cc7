import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { PanelActionsProvider } from '@/components/panel/actions';
import { PanelApp } from '@/components/panel/PanelApp';
import type { RiposteDB } from '@/lib/db/database';
import type * as Suggest from '@/lib/templates/suggest';
import { triageComments } from '@/lib/panel/triage-comments';
import { comment, fakeActions, freshDbPerTest, NOW, setUpBrand, tabOf } from './fixtures';

/** Whether a card was in the panel each time the brand's templates were prepared. */
const cardsWhenPrepared = vi.hoisted(() => [] as number[]);

vi.mock('@/lib/templates/suggest', async (importOriginal) => {
  const actual = await importOriginal<typeof Suggest>();
  return {
    ...actual,
    prepareTemplates: (...args: Parameters<typeof actual.prepareTemplates>) => {
      cardsWhenPrepared.push(document.querySelectorAll('article.comment').length);
      return actual.prepareTemplates(...args);
    },
  };
});

describe('the selected card’s suggestions', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('come once the first cards are painted, and nothing says no template fits before they do', async () => {
    await setUpBrand(db);
    const said: string[] = [];
    const watch = new MutationObserver(() => {
      if (/Aucun modèle ne correspond/.test(document.body.textContent ?? '')) said.push('none');
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    render(
      <AppRoot db={db} browserLanguage="fr">
        <PanelActionsProvider actions={fakeActions()}>
          <PanelApp
            tab={tabOf([comment('c1', 'Toujours pas reçu ma commande, c’est inadmissible'), comment('c2', 'Vous livrez en Belgique ?')])}
            now={NOW}
            triage={triageComments}
          />
        </PanelActionsProvider>
      </AppRoot>,
    );
    const feed = await screen.findByRole('feed', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(feed).getAllByRole('article').length).toBe(2));
    const list = await screen.findByRole('list', { name: 'Réponses suggérées' }, { timeout: 10_000 });
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0);
    watch.disconnect();
    expect(said).toEqual([]);
    // Prepared after the cards were drawn, never before.
    expect(cardsWhenPrepared.length).toBeGreaterThan(0);
    expect(cardsWhenPrepared.every((cards) => cards > 0)).toBe(true);
  }, 30_000);
});
