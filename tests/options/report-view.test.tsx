import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { ReportView } from '@/components/options/reports/ReportView';
import { logInteraction } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { buildReport } from '@/lib/reports';
import { BRAND_ID, freshDb, sampleComment, seedBrand } from '../components/options/helpers';

const HOSTILE = '<img src=x onerror="alert(1)"> Bouquet fané à l’arrivée';

describe('report view: networks, sample comments, influencers', () => {
  it('shows the split by network and quotes complaints and praise as text', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await recordSeen(
      db,
      BRAND_ID,
      [
        sampleComment('c1', { name: 'Zoé Lambert', handle: 'zoe.lambert' }, { text: HOSTILE, likes: 12 }),
        sampleComment('c2', { name: 'Hugo Bernard', handle: 'hugo_b' }, { labels: ['praise'], sentiment: 'positive', text: 'Bouquet magnifique' }),
        {
          ...sampleComment('c3', { name: 'Nina Nano', handle: 'nina' }, { labels: ['question'], sentiment: 'neutral', text: 'Livrez-vous le dimanche ?' }),
          platform: 'x' as const,
          author: { name: 'Nina Nano', handle: 'nina', verified: true },
          postUrl: 'https://x.com/fleursduquai/status/1',
          permalink: 'https://x.com/nina/status/2',
        },
      ],
      '2026-11-24T09:00:00.000Z',
    );
    await logInteraction(db, { commentId: 'c1', kind: 'replied', source: 'page', at: '2026-11-24T09:45:00.000Z' });
    const report = await buildReport(db, { brandId: BRAND_ID, period: 'week', start: '2026-11-23', now: '2026-12-01T00:00:00.000Z', language: 'fr', timeZone: 'UTC' });

    const { container } = render(
      <AppRoot db={db} browserLanguage="fr">
        <ReportView report={report} />
      </AppRoot>,
    );
    const networks = await screen.findByRole('region', { name: 'Par réseau' });
    const instagram = within(networks).getByRole('row', { name: /Instagram/ });
    expect(instagram).toHaveTextContent(/Instagram\s*2\s*1\s*1\s*1\s*45 min/);
    expect(within(networks).getByRole('row', { name: /^X/ })).toHaveTextContent(/X\s*1\s*0\s*0\s*0\s*—/);

    const samples = screen.getByRole('region', { name: 'Quelques commentaires' });
    expect(within(samples).getByText(HOSTILE)).toBeInTheDocument();
    expect(within(samples).getByText('Bouquet magnifique')).toBeInTheDocument();
    expect(within(samples).getByText(/Instagram · 24 nov\.? · 12 j’aime/)).toBeInTheDocument();
    expect(container.querySelector('img[src="x"]')).toBeNull();

    const influencers = screen.getByRole('region', { name: 'Influenceurs engagés' });
    expect(within(influencers).getByText(/Certifié · 1 commentaire · 0 action(?!s)/)).toBeInTheDocument();
    expect(screen.getByText(/date indiquée sur la page/)).toBeInTheDocument();
    expect(within(influencers).queryByText(/^Et \d+ autres?\.$/)).not.toBeInTheDocument();
  });

  it('says how many influencers are not listed', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const report = await buildReport(db, { brandId: BRAND_ID, period: 'week', start: '2026-11-23', now: '2026-12-01T00:00:00.000Z', language: 'fr', timeZone: 'UTC' });
    const person = { authorKey: 'x:nina', name: 'Nina Nano', platform: 'x' as const, verified: true, comments: 1, actions: 0 };
    render(
      <AppRoot db={db} browserLanguage="fr">
        <ReportView report={{ ...report, influencers: [person], influencerCount: 4 }} />
      </AppRoot>,
    );
    expect(await screen.findByText('Et 3 autres.')).toBeInTheDocument();
  });
});
