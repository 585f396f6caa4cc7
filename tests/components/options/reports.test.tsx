import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { periodStartFor, shiftPeriod } from '@/components/options/reports/report-format';
import type { RiposteDB } from '@/lib/db/database';
import { logInteraction } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { saveTemplate } from '@/lib/db/templates';
import { expectNoAxeViolations } from '../ui/axe';
import { BRAND_ID, freshDb, openSection, renderOptions, sampleComment, seedBrand } from './helpers';

/** Tuesday 10:00 local time of last week: a complete period whatever day the test runs. */
function lastWeekTuesday(): Date {
  const [y, m, d] = shiftPeriod(periodStartFor('week', new Date()), 'week', -1).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1, 10, 0, 0);
}

async function seedWeek(db: RiposteDB) {
  const t0 = lastWeekTuesday();
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000).toISOString();
  await saveTemplate(db, {
    id: 'tpl-retard',
    brandId: BRAND_ID,
    title: 'Retard de livraison',
    body: 'Bonjour {{first_name}}, écrivez-nous en privé. ^Inès',
    category: 'complaint',
    language: 'fr',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
  });
  await recordSeen(db, BRAND_ID, [sampleComment('c1', { name: 'Zoé Lambert', handle: 'zoe.lambert' })], at(0));
  await recordSeen(
    db,
    BRAND_ID,
    [sampleComment('c2', { name: 'Hugo Bernard', handle: 'hugo_b' }, { labels: ['praise'], sentiment: 'positive', text: 'Bouquet magnifique' })],
    at(60),
  );
  await logInteraction(db, { commentId: 'c1', kind: 'inserted', at: at(15), templateId: 'tpl-retard', finalText: 'Bonjour Zoé ^Inès' });
  await logInteraction(db, { commentId: 'c1', kind: 'replied', source: 'page', at: at(20), finalText: 'Bonjour Zoé ^Inès' });
  await logInteraction(db, { commentId: 'c2', kind: 'escalated', at: at(120), department: 'after-sales', note: 'Photo du bouquet' });
}

describe('reports', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('renders last week’s KPIs, charts and lists, and prints', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await seedWeek(db);
    // happy-dom has no window.print.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user, container } = renderOptions(db);
    await openSection(user, /Rapports/);
    expect(await screen.findByText('Aucun commentaire enregistré sur cette période.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Semaine suivante/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: /Semaine précédente/ }));
    const report = await screen.findByRole('article', { name: /Rapport hebdomadaire/ });
    const tile = (label: string) => {
      const found = [...report.querySelectorAll('.kpi')].find((kpi) => kpi.querySelector('dt')?.textContent === label);
      if (!found) throw new Error(`No KPI tile "${label}"`);
      return found as HTMLElement;
    };
    expect(await within(report).findByText('Période complète.', { exact: false })).toBeInTheDocument();
    expect(tile('Commentaires')).toHaveTextContent('2');
    expect(tile('Part de plaintes')).toHaveTextContent(/50\s%/);
    expect(tile('Première réponse (médiane)')).toHaveTextContent('20 min');
    // The escalated comment got no public reply within the hour: late, by the KPI library's rule.
    expect(tile('Répondu en moins de 60 min')).toHaveTextContent(/50\s%1 dans les temps, 1 en retard/);
    expect(within(report).getByRole('img', { name: 'Commentaires par jour' })).toBeInTheDocument();
    expect(within(report).getByRole('img', { name: 'Tonalité par jour' })).toBeInTheDocument();
    expect(within(report).getByText(/Retard de livraison — 1 utilisation(?!s)/)).toBeInTheDocument();
    expect(within(report).getByRole('cell', { name: 'SAV' })).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Imprimer / PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('switches to the monthly report', async () => {
    const db = await freshDb();
    await seedBrand(db);
    const { user } = renderOptions(db);
    await openSection(user, /Rapports/);
    await user.click(await screen.findByLabelText('Mois'));
    expect(await screen.findByRole('article', { name: /Rapport mensuel/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Mois précédent/ })).toBeInTheDocument();
  });
});
