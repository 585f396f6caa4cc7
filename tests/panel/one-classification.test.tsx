import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { classifierFor, reclassifyIfStale } from '@/entrypoints/background/classification';
import { withClassifications } from '@/entrypoints/background/seen';
import { saveBrand } from '@/lib/db/brands';
import type { RiposteDB } from '@/lib/db/database';
import { commentHistory, getComment } from '@/lib/db/interactions';
import { openRiposteDb } from '@/lib/db/database';
import type { Table } from 'dexie';
import { recordSeen } from '@/lib/db/seen';
import { effectiveLabels, exportRows, type ExportRow } from '@/lib/export';
import { triageComments } from '@/lib/panel/triage-comments';
import type { Brand } from '@/lib/schema/brand';
import type { Comment } from '@/lib/schema/comment';
import { correctionToLexiconEntry, mergeLexiconEntry } from '@/lib/triage';
import { engineVersion, storedTriageOf } from '@/lib/triage/engine-version';
import { classify } from '@/lib/triage';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import type { TriageFn } from '@/components/panel/PanelApp';
import { backgroundLog, comment, fakeActions, freshDbPerTest, NOW, renderPanel, setUpBrand, tabOf } from '../components/panel/fixtures';

/**
 * One classification per comment: the background stores it when the comment is first seen; the
 * panel shows that one, the export writes that one, and a lexicon change re-classifies them together.
 */

const MODEL = loadBundledModel();
/** The side panel's triage, as its entry wires it (with the bundled model). */
const panelTriage: TriageFn = (comments, brand, settings, now, logged, options) => triageComments(comments, brand, settings, now, logged, { ...options, model: MODEL });

/** Logs comments the way the background does for a page report. */
async function logAsBackground(db: RiposteDB, brand: Brand, comments: Comment[]): Promise<void> {
  await recordSeen(db, brand.id, await withClassifications(db, await classifierFor(brand), comments), NOW);
}

/** The triage labels on a comment's card in the panel. */
function labelsShown(id: string): string[] {
  const card = within(screen.getByRole('feed'))
    .getAllByRole('article')
    .find((a) => a.getAttribute('data-comment-id') === id);
  if (!card) return [];
  return [...card.querySelectorAll('.comment__flags .flag')]
    .map((flag) => [...flag.classList].find((c) => c.startsWith('flag--'))?.slice('flag--'.length) ?? '')
    .filter((label) => label && !label.startsWith('sentiment-') && label !== 'competitor');
}

async function csvLabels(db: RiposteDB, brandId: string, commentId: string): Promise<string[]> {
  const rows: ExportRow[] = [];
  for await (const row of exportRows(db, { brandId })) if (row.commentId === commentId) rows.push(row);
  return effectiveLabels(rows[0]!);
}

describe('one classification per comment: panel, log and export agree', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('shows the same labels in the panel and the CSV after the brand’s lexicon changes', async () => {
    const brand = await setUpBrand(db);
    const slang = comment('c-slang', 'Ce gâteau est une tuerie');
    await logAsBackground(db, brand, [slang]);
    expect(await csvLabels(db, brand.id, 'c-slang')).toEqual(['praise']);

    // A correction elsewhere teaches the brand that this word is a complaint here (the panel saves the brand).
    const entry = correctionToLexiconEntry({ text: slang.text, addLabels: ['complaint'], removeLabels: ['praise'], polarity: 'negative' });
    const corrected = await saveBrand(db, { ...brand, lexicon: mergeLexiconEntry(brand.lexicon, entry), updatedAt: new Date().toISOString() });
    // The background's watcher: one pass over the brand's log.
    expect(await reclassifyIfStale(db, corrected)).toBe(1);

    renderPanel(db, tabOf([slang]), panelTriage, fakeActions());
    await waitFor(() => expect(labelsShown('c-slang')).toEqual(['complaint']));
    expect(await csvLabels(db, brand.id, 'c-slang')).toEqual(['complaint']);
  });

  it('shows the log’s classification, not one of its own, for a comment the log has', async () => {
    const brand = await setUpBrand(db);
    const angry = comment('c-angry', 'Toujours pas reçu ma commande, c’est inadmissible');
    expect(classify(angry, { brand, model: MODEL }).labels).toContain('complaint');
    // The log holds another reading of it under the engine version the panel runs.
    const stored = storedTriageOf({ ...classify(angry, { brand, model: MODEL }), labels: ['lead'] }, engineVersion(brand, MODEL));
    await recordSeen(db, brand.id, [{ ...angry, triage: stored }], NOW);

    renderPanel(db, tabOf([angry]), panelTriage, fakeActions());
    await waitFor(() => expect(labelsShown('c-angry')).toEqual(['lead']));
    expect(await csvLabels(db, brand.id, 'c-angry')).toEqual(['lead']);
    // The correction form starts from what the queue shows, not from a reading of its own.
    await userEvent.click(screen.getByRole('button', { name: 'Corriger les signaux' }));
    expect(screen.getByRole('checkbox', { name: 'Prospect' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Plainte' })).not.toBeChecked();
  });

  it('classifies a comment the log does not have yet itself, as the background will', async () => {
    const brand = await setUpBrand(db);
    const angry = comment('c-new', 'Toujours pas reçu ma commande, c’est inadmissible');
    renderPanel(db, tabOf([angry]), panelTriage, fakeActions());
    await waitFor(() => expect(labelsShown('c-new')).toContain('complaint'));
    await logAsBackground(db, brand, [angry]);
    expect((await getComment(db, 'c-new'))?.labels).toEqual(labelsShown('c-new'));
  });
});

describe('the panel does not write the log', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('sends its actions to the background (log), and writes no comment or log row itself', async () => {
    await setUpBrand(db);
    const log = vi.fn(async () => {});
    const angry = comment('c-angry', 'Toujours pas reçu ma commande, c’est inadmissible');
    renderPanel(db, tabOf([angry]), panelTriage, { ...fakeActions(), log });
    const feed = await screen.findByRole('feed');
    await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(1));
    await userEvent.keyboard('r');
    await waitFor(() => expect(log).toHaveBeenCalledTimes(1));
    expect(log).toHaveBeenCalledWith([
      expect.objectContaining({ commentId: 'c-angry', kind: 'resolved', brandId: 'ml', comment: expect.objectContaining({ id: 'c-angry' }) }),
    ]);
    expect(await db.interactions.count()).toBe(0);
    expect(await db.comments.count()).toBe(0);
  });

  it('never writes comments or log rows through its own database handle, the background writing them', async () => {
    await setUpBrand(db);
    // The background's own connection to the same database; the panel keeps `db`.
    const background = await openRiposteDb(db.name);
    const panelWrites: string[] = [];
    for (const table of [db.comments, db.interactions] as Table[]) {
      table.hook('creating', () => void panelWrites.push(`${table.name}: create`));
      table.hook('updating', () => void panelWrites.push(`${table.name}: update`));
      table.hook('deleting', () => void panelWrites.push(`${table.name}: delete`));
    }
    const angry = comment('c-angry', 'Toujours pas reçu ma commande, c’est inadmissible');
    renderPanel(db, tabOf([angry]), panelTriage, { ...fakeActions(), log: backgroundLog(background) });
    const feed = await screen.findByRole('feed');
    await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(1));
    await userEvent.click(await screen.findByRole('button', { name: 'Insérer la suggestion 1' }));
    await screen.findByText(/Réponse insérée comme brouillon/);
    await userEvent.keyboard('r');
    await waitFor(async () => expect((await commentHistory(db, 'c-angry')).map((r) => r.kind)).toEqual(['seen', 'inserted', 'resolved']));
    expect(panelWrites).toEqual([]);
    background.close();
  }, 20_000);

  it('shows the background’s refusal and logs nothing', async () => {
    await setUpBrand(db);
    const log = vi.fn(async () => {
      throw new Error('Comment c-angry is not in the log');
    });
    renderPanel(db, tabOf([comment('c-angry', 'Toujours pas reçu ma commande')]), panelTriage, { ...fakeActions(), log });
    await screen.findByRole('feed');
    await userEvent.keyboard('r');
    expect(await screen.findByText(/not in the log/)).toBeInTheDocument();
    expect(await db.interactions.count()).toBe(0);
  });
});
