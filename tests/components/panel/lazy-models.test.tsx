import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { PanelActionsProvider } from '@/components/panel/actions';
import { CorrectionForm } from '@/components/panel/CorrectionForm';
import { triageWhileLoading } from '@/components/panel/lazy-triage';
import { PanelApp } from '@/components/panel/PanelApp';
import { TriageModelProvider } from '@/components/panel/triage-model';
import type { CommentStatusSummary } from '@/lib/db/interactions';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { BrandSchema } from '@/lib/schema/brand';
import { SettingsSchema } from '@/lib/schema/settings';
import { loadBundledIntentModel } from '@/lib/templates/model-bundled';
import type { IntentModel } from '@/lib/templates/model-intents';
import type * as Suggest from '@/lib/templates/suggest';
import { classify } from '@/lib/triage';
import { engineVersion, storedTriageOf } from '@/lib/triage/engine-version';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { comment, fakeActions, freshDbPerTest, NOW, setUpBrand, tabOf } from './fixtures';

/** The intent model's lazy load, held until the test lets it through. */
const intentLoad = vi.hoisted(() => {
  let release!: (model: IntentModel) => void;
  const promise = new Promise<IntentModel>((resolve) => (release = resolve));
  return { promise, release: (model: IntentModel) => release(model), started: 0 };
});
/** Whether each ranking of suggestions had the learned layer. */
const rankedWithModel = vi.hoisted(() => [] as boolean[]);

vi.mock('@/lib/templates/model-bundled-lazy', () => ({
  loadBundledIntentModelLazily: () => {
    intentLoad.started += 1;
    return intentLoad.promise;
  },
  bundledIntentModelIfLoaded: () => undefined,
}));

vi.mock('@/lib/templates/suggest', async (importOriginal) => {
  const actual = await importOriginal<typeof Suggest>();
  return {
    ...actual,
    suggestTemplates: (...args: Parameters<typeof actual.suggestTemplates>) => {
      rankedWithModel.push(args[4]?.intentModel !== undefined);
      return actual.suggestTemplates(...args);
    },
  };
});

describe('the side panel’s learned layers, loaded after its first paint', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('show the suggestions pending until the intent model is there, then its ranking only (never the rules’ first)', async () => {
    await setUpBrand(db);
    const lists: number[] = [];
    const watch = new MutationObserver(() => lists.push(screen.queryAllByRole('list', { name: 'Réponses suggérées' }).length));
    watch.observe(document.body, { childList: true, subtree: true });
    render(
      <AppRoot db={db} browserLanguage="fr">
        <PanelActionsProvider actions={fakeActions()}>
          <PanelApp tab={tabOf([comment('c1', 'Toujours pas reçu ma commande, c’est inadmissible')])} now={NOW} triage={triageComments} />
        </PanelActionsProvider>
      </AppRoot>,
    );
    const feed = await screen.findByRole('feed', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(feed).getAllByRole('article').length).toBe(1));
    // Asked for once the templates are prepared, and shown as loading meanwhile.
    await waitFor(() => expect(intentLoad.started).toBeGreaterThan(0), { timeout: 10_000 });
    expect(screen.getByText('Chargement…')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('list', { name: 'Réponses suggérées' })).toBeNull();
    expect(rankedWithModel).toEqual([]);

    const model = loadBundledIntentModel();
    intentLoad.release(model);
    const list = await screen.findByRole('list', { name: 'Réponses suggérées' }, { timeout: 10_000 });
    watch.disconnect();
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.queryByText('Chargement…')).toBeNull();
    expect(rankedWithModel.length).toBeGreaterThan(0);
    expect(rankedWithModel.every(Boolean)).toBe(true);
    // No list before the model came: the first one drawn is the model's.
    expect(lists.filter((n) => n > 0).length).toBeGreaterThan(0);
    expect(lists.slice(0, lists.findIndex((n) => n > 0)).every((n) => n === 0)).toBe(true);
  }, 30_000);

  it('correct a comment only once the triage model is there (its load asked for meanwhile)', async () => {
    await setUpBrand(db);
    const request = vi.fn();
    const brand = BrandSchema.parse({ id: 'ml', name: 'Maison Lumière', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    const form = (value: Parameters<typeof TriageModelProvider>[0]['value']) => (
      <AppRoot db={db} browserLanguage="fr">
        <TriageModelProvider value={value}>
          <CorrectionForm comment={comment('c1', 'Toujours pas reçu ma commande')} brand={brand} onSave={vi.fn()} onCancel={vi.fn()} />
        </TriageModelProvider>
      </AppRoot>
    );
    const { rerender } = render(form({ pending: true, request }));
    expect(await screen.findByText('Chargement…', {}, { timeout: 10_000 })).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('form')).toBeNull();
    expect(request).toHaveBeenCalled();
    rerender(form(loadBundledModel()));
    await waitFor(() => expect(screen.queryByText('Chargement…')).toBeNull(), { timeout: 10_000 });
    expect(screen.getByRole('form')).toBeInTheDocument();
  }, 30_000);
});

describe('the panel’s triage while the triage model loads', () => {
  const STAMP = '2026-11-23T09:00:00.000Z';
  const brand = BrandSchema.parse({ id: 'ml', name: 'Maison Lumière', createdAt: STAMP, updatedAt: STAMP });
  const settings = SettingsSchema.parse({});

  it('shows what the log classified under the model’s version, the top cards by the rules (provisional), and asks for the model instead of idle slices', () => {
    const real = loadBundledModel();
    const print = 'manifest-print';
    const engine = engineVersion(brand, { fingerprint: print, decoded: true, load: () => real });
    const stored = comment('c1', 'Toujours pas reçu ma commande, c’est inadmissible');
    const fresh = comment('c2', 'Super lampe, merci !');
    const later = comment('c3', 'Vous livrez en Belgique ?');
    const logged = new Map<string, CommentStatusSummary>([
      ['c1', { status: 'new', firstSeenAt: STAMP, interactionCount: 1, text: stored.text, triage: storedTriageOf(classify(stored, { brand, model: real }), engine) }],
    ]);
    const request = vi.fn();
    const triage = triageWhileLoading(triageComments, print, request);
    const result = triage([stored, fresh, later], brand, settings, NOW, logged, { defer: { first: 1 } });
    expect(result.views.get('c1')?.labels).toContain('complaint');
    expect(result.views.get('c1')?.provisional).toBeUndefined();
    expect(result.views.get('c2')?.provisional ?? result.views.get('c3')?.provisional).toBeDefined();
    expect(result.unsettled).toBe(2);
    expect(result.more).toBeUndefined();
    expect(request).toHaveBeenCalled();
  });

  it('asks for nothing when the log has classified every comment', () => {
    const real = loadBundledModel();
    const engine = engineVersion(brand, { fingerprint: 'p', decoded: true, load: () => real });
    const stored = comment('c1', 'Super lampe, merci !');
    const logged = new Map<string, CommentStatusSummary>([
      ['c1', { status: 'new', firstSeenAt: STAMP, interactionCount: 1, text: stored.text, triage: storedTriageOf(classify(stored, { brand, model: real }), engine) }],
    ]);
    const request = vi.fn();
    const result = triageWhileLoading(triageComments, 'p', request)([stored], brand, settings, NOW, logged);
    expect(result.unsettled).toBe(0);
    expect(request).not.toHaveBeenCalled();
  });
});
