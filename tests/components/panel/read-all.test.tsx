import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { PanelActionsProvider, type PanelActions } from '@/components/panel/actions';
import { ReadAllButton } from '@/components/panel/ReadAllButton';
import type { RiposteDB } from '@/lib/db/database';
import type { ReadMoreReply } from '@/lib/messaging/protocol';
import { triageComments } from '@/lib/panel/triage-comments';
import type { TabComments } from '@/lib/panel/tab-comments';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

/** A step the test releases by hand, to look at the panel while the page works. */
function steps() {
  const pending: Array<(r: ReadMoreReply) => void> = [];
  const readMore = vi.fn<NonNullable<PanelActions['readMore']>>(() => new Promise<ReadMoreReply>((resolve) => pending.push(resolve)));
  const release = async (r: ReadMoreReply) => {
    await waitFor(() => expect(pending.length).toBeGreaterThan(0));
    pending.shift()!(r);
  };
  return { readMore, release };
}

function renderButton(db: RiposteDB, tab: TabComments, readMore: PanelActions['readMore']) {
  const ui = (t: TabComments) => (
    <AppRoot db={db} browserLanguage="fr">
      <PanelActionsProvider actions={{ ...fakeActions(), readMore }}>
        <ReadAllButton tab={t} pauseMs={() => 0} />
      </PanelActionsProvider>
    </AppRoot>
  );
  const view = render(ui(tab));
  return { rerender: (t: TabComments) => view.rerender(ui(t)) };
}

describe('panel: read all comments', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('is offered on a page of the four sites, and does nothing until clicked', async () => {
    await setUpBrand(db);
    const { readMore } = steps();
    renderPanel(db, tabOf([comment('1', 'Bonjour')]), triageComments, { ...fakeActions(), readMore });
    expect(await screen.findByRole('button', { name: 'Lire tous les commentaires' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readMore).not.toHaveBeenCalled();
  });

  it('shows its progress, then says all comments are open', async () => {
    const { readMore, release } = steps();
    const tab = tabOf([comment('1', 'Bonjour'), comment('2', 'Salut')]);
    const { rerender } = renderButton(db, tab, readMore);
    await userEvent.click(await screen.findByRole('button', { name: 'Lire tous les commentaires' }));
    expect(await screen.findByRole('button', { name: 'Arrêter' })).toBeInTheDocument();
    await release({ clicked: true, grew: true, comments: 3, remaining: 1 });
    rerender(tabOf([comment('1', 'Bonjour'), comment('2', 'Salut'), comment('3', 'Merci')]));
    expect(await screen.findByText(/^Lecture de tout le fil \(étape 1\)… 3 commentaires lus$/u)).toBeInTheDocument();
    await release({ clicked: false, grew: false, comments: 3, remaining: 0 });
    expect(await screen.findByText('Tous les commentaires sont ouverts : 3 lus.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lire tous les commentaires' })).toBeInTheDocument();
    expect(readMore).toHaveBeenCalledTimes(2);
  });

  it('stops on Stop, and when the tab shows another page', async () => {
    const { readMore, release } = steps();
    const tab = tabOf([comment('1', 'Bonjour')]);
    const { rerender } = renderButton(db, tab, readMore);
    await userEvent.click(await screen.findByRole('button', { name: 'Lire tous les commentaires' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Arrêter' }));
    await release({ clicked: true, grew: true, comments: 1, remaining: 3 });
    expect(await screen.findByText('Lecture arrêtée : 1 commentaire lu.')).toBeInTheDocument();
    expect(readMore).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: 'Lire tous les commentaires' }));
    rerender({ ...tab, url: 'https://x.com/maisonlumiere/status/1860000000000000999' });
    await release({ clicked: true, grew: true, comments: 1, remaining: 3 });
    expect(await screen.findByText('Lecture arrêtée : la page a changé.')).toBeInTheDocument();
    expect(readMore).toHaveBeenCalledTimes(2);
  });
});
