import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelActions } from '@/components/panel/actions';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { LayoutReportSchema, type LayoutReport } from '@/lib/schema/layout-report';
import { captureDownloads } from '../options/helpers';
import { fakeActions, freshDb, NOW, renderPanel, setUpBrand, tabOf } from './fixtures';

const REPORT: LayoutReport = {
  format: 'riposte-layout-report',
  version: 1,
  platform: 'x',
  url: 'https://x.com/user1/status/1234567890123456789',
  lang: 'fr',
  capturedAt: NOW.toISOString(),
  reading: { status: 'layout-not-recognised', comments: 0, unreadable: 3 },
  elements: 120,
  truncated: false,
  html: '<!doctype html><html lang="fr"><body><main><article><a href="/user1">Person 1</a></article></main></body></html>',
};

describe('panel: report this page’s layout', () => {
  let db: RiposteDB;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    db.close();
    await db.delete();
  });

  it('saves the page’s anonymised report as a file and says what to do with it', async () => {
    await setUpBrand(db);
    const blobs = captureDownloads();
    const layoutReport = vi.fn<NonNullable<PanelActions['layoutReport']>>().mockResolvedValueOnce(REPORT).mockRejectedValueOnce(new Error('tab gone'));
    renderPanel(db, tabOf([], 'layout-not-recognised'), triageComments, { ...fakeActions(), layoutReport });
    const button = await screen.findByRole('button', { name: 'Signaler la mise en page de cette page' });
    await userEvent.click(button);
    expect(await screen.findByText(/^Fichier riposte-layout-x-\d{4}-\d\d-\d\d\.json enregistré\s: joignez-le à votre signalement/u)).toBeInTheDocument();
    expect(blobs).toHaveLength(1);
    const saved: unknown = JSON.parse(await blobs[0]!.text());
    expect(LayoutReportSchema.parse(saved)).toEqual(REPORT);

    await userEvent.click(button);
    expect(await screen.findByText('Le rapport n’a pas pu être fait. Rechargez la page et réessayez.')).toBeInTheDocument();
    expect(blobs).toHaveLength(1);
    expect(layoutReport).toHaveBeenCalledTimes(2);
  });

  it('is offered on any page of the four sites, brand or not, and in English', async () => {
    const layoutReport = vi.fn<NonNullable<PanelActions['layoutReport']>>().mockResolvedValue(REPORT);
    renderPanel(db, tabOf([]), triageComments, { ...fakeActions(), layoutReport }, 'en');
    expect(await screen.findByRole('button', { name: 'Report this page’s layout' })).toBeInTheDocument();
  });

  it('is not offered off the four sites', async () => {
    await setUpBrand(db);
    renderPanel(db, { ...tabOf([]), phase: 'unsupported' }, triageComments, { ...fakeActions(), layoutReport: vi.fn<NonNullable<PanelActions['layoutReport']>>() });
    await screen.findByRole('heading', { name: 'Riposte' });
    expect(screen.queryByRole('button', { name: 'Signaler la mise en page de cette page' })).not.toBeInTheDocument();
  });
});
