import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RiposteDB } from '@/lib/db/database';
import { logInteraction } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { expectNoAxeViolations } from '../ui/axe';
import { BRAND_ID, captureDownloads, freshDb, openSection, renderOptions, sampleComment, seedBrand } from './helpers';
import { findAlert } from '../ui/alerts';

async function seedLog(db: RiposteDB) {
  await recordSeen(
    db,
    BRAND_ID,
    [
      sampleComment('c1', { name: 'Zoé Lambert', handle: 'zoe.lambert' }, { text: '=SOMME(A1;A2) toujours rien reçu; "urgent"' }),
      sampleComment('c2', { name: 'Hugo Bernard', handle: 'hugo_b' }, { platform: 'x', postUrl: 'https://x.com/fleursduquai/status/1', permalink: 'https://x.com/hugo_b/status/2', labels: ['praise'], sentiment: 'positive' }),
    ],
    '2026-03-03T09:00:00.000Z',
  );
  await logInteraction(db, { commentId: 'c1', kind: 'replied', at: '2026-03-03T09:20:00.000Z', finalText: 'Bonjour Zoé, écrivez-nous en privé. ^Inès' });
}

describe('CSV export', () => {
  it('streams the filtered log into a CSV file with the header, French delimiter and row count', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await seedLog(db);
    const blobs = captureDownloads();
    const { user, container } = renderOptions(db);
    await openSection(user, /Export CSV/);
    await expectNoAxeViolations(container);

    // French UI: ";" is preselected for French Excel.
    expect(screen.getByLabelText(/Point-virgule/)).toBeChecked();
    await user.click(within(screen.getByRole('group', { name: 'Réseaux' })).getByLabelText('Instagram'));
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));

    expect(await screen.findByText(/2 lignes exportées dans riposte-fleurs-du-quai\.csv/)).toBeInTheDocument();
    expect(blobs).toHaveLength(1);
    const text = await blobs[0]!.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    // Readable by default: French headers and words, for a client or a manager.
    expect(lines[0]).toMatch(/^N° d’action;Heure \(UTC\);Date;/u);
    expect(lines).toHaveLength(3); // header + seen + replied, Instagram only
    expect(lines[2]).toContain(';Instagram;Répondu;');
    expect(text).toContain('Zoé Lambert');
    expect(text).not.toContain('Hugo Bernard');
    // The formula is neutralised and the quote escaped (done by lib/export).
    expect(text).toContain(`"'=SOMME(A1;A2) toujours rien reçu; ""urgent"""`);
  });

  it('uses the comma when chosen and honours the date range', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await seedLog(db);
    const blobs = captureDownloads();
    const { user } = renderOptions(db);
    await openSection(user, /Export CSV/);
    await user.click(screen.getByLabelText(/Virgule/));
    await user.click(screen.getByLabelText(/^Techniques/));
    await user.type(screen.getByLabelText('Du'), '2026-03-04');
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    expect(await screen.findByText(/0 ligne exportée/)).toBeInTheDocument();
    const text = await blobs[0]!.text();
    // The technical file, for tools: stable English names.
    expect(text.replace(/^\uFEFF/, '')).toMatch(/^interaction_id,at_utc,/);
  });

  it('shows an impossible date range as an error', async () => {
    const db = await freshDb();
    await seedBrand(db);
    captureDownloads();
    const { user } = renderOptions(db);
    await openSection(user, /Export CSV/);
    await user.type(screen.getByLabelText('Du'), '2026-03-10');
    await user.type(screen.getByLabelText('Au (inclus)'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    expect(await findAlert('L’export a échoué.')).toBeInTheDocument();
  });
});
