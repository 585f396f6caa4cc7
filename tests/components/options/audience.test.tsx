import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, localDayOf } from '@/lib/calendar';
import { recordProfileSnapshot, recordThreadComments } from '@/lib/db/audience';
import { recordSeen } from '@/lib/db/seen';
import { expectNoAxeViolations } from '../ui/axe';
import { captureDownloads, freshDb, openSection, renderOptions, sampleComment, seedBrand } from './helpers';

const BRAND = {
  ownAccounts: [{ platform: 'x' as const, handle: 'fleursduquai' }],
  competitors: [{ name: 'Atelier Nova', aliases: [], accounts: [{ platform: 'x' as const, handle: 'ateliernova' }] }],
};

const reading = (handle: string, followers: number) => ({
  platform: 'x',
  handle,
  name: handle === 'fleursduquai' ? 'Fleurs du Quai' : 'Atelier Nova',
  followers,
  verified: false,
  url: `https://x.com/${handle}`,
});

describe('audience section', () => {
  it('says how snapshots are taken before there is any', async () => {
    const db = await freshDb();
    await seedBrand(db, BRAND);
    const { user } = renderOptions(db);
    await openSection(user, /^Audience/);
    expect(await screen.findByText(/Aucun relevé pour l’instant/)).toBeInTheDocument();
  });

  it('shows follower growth, 7- and 30-day changes, competitor complaint share next to the brand’s, and exports snapshots', async () => {
    const db = await freshDb();
    const brand = await seedBrand(db, BRAND);
    const today = new Date();
    const daysAgo = (n: number) => new Date(Date.parse(`${addDays(localDayOf(today), -n)}T09:00:00Z`));
    await recordProfileSnapshot(db, brand, reading('fleursduquai', 1000), daysAgo(35));
    await recordProfileSnapshot(db, brand, reading('fleursduquai', 1100), daysAgo(8));
    await recordProfileSnapshot(db, brand, reading('fleursduquai', 1250), daysAgo(0));
    await recordProfileSnapshot(db, brand, reading('ateliernova', 5000), daysAgo(2));
    const c = (id: string, labels: Array<'complaint' | 'praise'>) => ({ id, text: 'Colis en retard', classification: { labels, sentiment: { value: 'negative' as const, score: -0.5 } } });
    await recordThreadComments(db, [c('a', ['complaint']), c('b', ['complaint']), c('c', ['praise'])], {
      brandId: brand.id, platform: 'x', postUrl: 'https://x.com/ateliernova/status/1', handle: 'ateliernova', competitor: 'Atelier Nova', day: localDayOf(today), now: today,
    });
    await recordSeen(db, brand.id, [{ ...sampleComment('m1', { name: 'Léa' }), labels: ['complaint'], sentiment: 'negative' }, { ...sampleComment('m2', { name: 'Hugo' }), labels: [], sentiment: 'neutral' }], today);

    const blobs = captureDownloads();
    const { user, container } = renderOptions(db);
    await openSection(user, /^Audience/);
    const changes = (await screen.findByRole('heading', { name: 'Évolution sur 7 et 30 jours' })).nextElementSibling as HTMLElement;
    const own = within(changes).getByRole('row', { name: /Fleurs du Quai/ });
    expect(own).toHaveTextContent(/1\s250/u);
    expect(own).toHaveTextContent('+150');
    expect(own).toHaveTextContent('+250');
    expect(within(changes).getByRole('row', { name: /Atelier Nova/ })).toHaveTextContent(/historique insuffisant/);
    expect(screen.getByRole('img', { name: 'Abonnés sur les 30 derniers jours' })).toBeInTheDocument();

    screen.getByRole('heading', { name: /Santé des commentaires/ });
    // The health table comes last, after the chart's data table and the changes table.
    const health = screen.getAllByRole('table').at(-1)!;
    expect(within(health).getByRole('row', { name: /^Atelier Nova/ })).toHaveTextContent(/67\s?%/u);
    expect(within(health).getByRole('row', { name: /Fleurs du Quai \(ses publications\)/ })).toHaveTextContent(/50\s?%/u);
    expect(within(health).getByRole('row', { name: /^Atelier Nova/ })).toHaveTextContent(/colis/);
    // Each column header is a `th scope="col"` in the order of the cells below it.
    const headers = within(health).getAllByRole('columnheader');
    expect(headers.map((th) => th.getAttribute('scope'))).toEqual(headers.map(() => 'col'));
    expect(headers).toHaveLength(within(health).getByRole('row', { name: /^Atelier Nova/ }).children.length);
    expect(headers[1]).toHaveTextContent('Commentaires');
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Exporter les relevés (CSV)' }));
    await screen.findByText('Relevés exportés.');
    const csv = await blobs[0]!.text();
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv).toContain(';ateliernova;Atelier Nova;competitor;Atelier Nova;5000;');
  });

  it('adds the follower figures to the weekly report', async () => {
    const db = await freshDb();
    const brand = await seedBrand(db, BRAND);
    await recordProfileSnapshot(db, brand, reading('fleursduquai', 1250), new Date());
    const { user } = renderOptions(db);
    await openSection(user, /^Rapports/);
    const heading = await screen.findByRole('heading', { name: 'Audience', level: 4 });
    const table = heading.parentElement!.querySelector('table')!;
    expect(within(table).getByRole('row', { name: /Fleurs du Quai/ })).toHaveTextContent(/1\s250/u);
  });
});
