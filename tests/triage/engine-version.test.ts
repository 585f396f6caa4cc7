import { describe, expect, it, vi } from 'vitest';
import { classify } from '@/lib/triage';
import { classificationOf, engineVersion, modelFingerprint, needsClassification, storedTriageOf } from '@/lib/triage/engine-version';
import { BUNDLED_MODEL, loadBundledModel, MODEL_MANIFEST } from '@/lib/triage/model/bundled';
import { decodeModel, type EncodedModel } from '@/lib/triage/model/codec';
import weights from '@/lib/triage/model/weights/model.json';
import type { TriageModel } from '@/lib/triage/model/model';
import { BrandSchema, type Brand } from '@/lib/schema/brand';
import { StoredTriageSchema } from '@/lib/schema/interaction';

const STAMP = '2026-11-23T09:00:00.000Z';
const brand = (over: Partial<Brand> = {}): Brand => BrandSchema.parse({ id: 'ml', name: 'Maison Lumière', createdAt: STAMP, updatedAt: STAMP, ...over });

describe('engine version', () => {
  it('is the same for the same rules, model and brand settings, read twice', () => {
    const model = loadBundledModel();
    expect(engineVersion(brand(), model)).toBe(engineVersion(brand(), model));
    // Editing what classification does not read (the name, the voice) keeps it.
    expect(engineVersion(brand({ name: 'Autre nom', updatedAt: '2026-11-24T09:00:00.000Z' }), model)).toBe(engineVersion(brand(), model));
  });

  it('changes with the brand’s lexicon, competitors, language and own accounts', () => {
    const base = engineVersion(brand(), null);
    const changed = [
      brand({ lexicon: [{ term: 'tuerie', addLabels: ['praise'], removeLabels: ['toxic'] }] }),
      brand({ competitors: [{ name: 'Soleil & Co', aliases: [], accounts: [] }] }),
      brand({ language: 'en' }),
      brand({ ownAccounts: [{ platform: 'x', handle: 'maisonlumiere' }] }),
    ].map((b) => engineVersion(b, null));
    for (const version of changed) expect(version).not.toBe(base);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('changes with the model’s weights, and tells the rules alone apart', () => {
    const model = loadBundledModel();
    const heads = Object.fromEntries(Object.entries(model.heads).map(([name, head]) => [name, { ...head, weights: Float32Array.from(head.weights) }]));
    const retrained: TriageModel = { dim: model.dim, heads };
    // The same weights decoded afresh (the loaded model's print also names its sentiment combiner).
    expect(modelFingerprint(retrained)).toBe(modelFingerprint(decodeModel(weights as unknown as EncodedModel)));
    const toxic = (retrained.heads.toxic as { weights: Float32Array }).weights;
    toxic[12345] = (toxic[12345] as number) + 0.01;
    const other: TriageModel = { dim: model.dim, heads: { ...retrained.heads } };
    expect(modelFingerprint(other)).not.toBe(modelFingerprint(retrained));
    expect(engineVersion(brand(), null)).not.toBe(engineVersion(brand(), model));
  });

  it('stores a classification and reads it back as the engine gave it', () => {
    const result = classify({ text: 'Toujours pas reçu ma commande, c’est une honte !' }, { brand: brand() });
    const stored = storedTriageOf(result, 'e1');
    expect(classificationOf(stored)).toEqual(result);
    // A correction replaces the labels and sentiment shown.
    expect(classificationOf(stored, { labels: ['praise', 'renamed-label'], sentiment: 'positive' })).toMatchObject({ labels: ['praise'], sentiment: { value: 'positive' } });
  });

  it('stores the data the panel reads off a reason (counts, a rhetorical question, a brand correction) and reads it back', () => {
    const withLexicon = brand({ lexicon: [{ term: 'tuerie', addLabels: ['praise'], removeLabels: ['toxic'], polarity: 'positive' }] });
    const texts = [
      'Gagnez 1000€ ici 👉 https://promo.example.xyz https://bit.ly/x #gratuit #gagner #cadeau #promo #concours @a @b @c @d',
      'Sérieux ? Vous livrez quand en Belgique ?',
      'Franchement, tuerie.',
    ];
    const reasons = texts.flatMap((text) => {
      const result = classify({ text }, { brand: withLexicon });
      // Through the log's schema, as a row written and read back.
      const stored = StoredTriageSchema.parse(storedTriageOf(result, engineVersion(withLexicon, null)));
      const back = classificationOf(stored);
      expect(back).toEqual(result);
      return back.reasons;
    });
    const byRule = (rule: string) => reasons.find((r) => r.rule === rule);
    expect(byRule('spam.link')?.count).toBe(2);
    expect(byRule('spam.mentions')?.count).toBe(4);
    expect(byRule('spam.hashtags')?.count).toBe(5);
    expect(byRule('question.rhetorical')).toMatchObject({ label: 'question' });
    expect(byRule('brand.lexicon')).toMatchObject({ polarity: 'positive', correction: { term: 'tuerie', addLabels: ['praise'], removeLabels: ['toxic'] } });
  });

  it('reads a row an older engine wrote (reasons without the data), and classifies it again', () => {
    const old = {
      engine: 'r2.-.none',
      labels: ['spam', 'question'],
      sentiment: 'neutral',
      sentimentScore: 0,
      language: 'fr',
      competitors: [],
      reasons: [
        { rule: 'spam.link', label: 'spam', match: 'link', detail: 'Contains 2 link(s)', source: 'rule' },
        { rule: 'question.mark', label: 'question', match: '?', detail: 'Question mark after a rhetorical word', source: 'rule' },
        { rule: 'brand.lexicon', label: 'retired-label', match: 'tuerie', detail: 'Brand correction “tuerie”: +praise', source: 'brand-lexicon' },
      ],
    };
    const stored = StoredTriageSchema.parse(old);
    expect(classificationOf(stored).reasons.map((r) => [r.rule, r.label, r.count, r.correction])).toEqual([
      ['spam.link', 'spam', undefined, undefined],
      ['question.mark', 'question', undefined, undefined],
      ['brand.lexicon', undefined, undefined, undefined],
    ]);
    expect(needsClassification({ triage: stored, text: 'x' }, engineVersion(undefined, null), 'x')).toBe(true);
    // A stored correction's labels this engine does not know are left out, as a reason's label is.
    const loose = StoredTriageSchema.parse({
      ...old,
      reasons: [{ ...old.reasons[2], correction: { term: 'tuerie', addLabels: ['praise', 'retired-label'], removeLabels: [] } }],
    });
    expect(classificationOf(loose).reasons[0]?.correction).toEqual({ term: 'tuerie', addLabels: ['praise'], removeLabels: [] });
  });

  it('knows the bundled model’s part without decoding it: the manifest’s fingerprint is the weights’', () => {
    // Decoded afresh (not the loader's cached model): what the training script computed.
    expect((MODEL_MANIFEST as { fingerprint?: string }).fingerprint).toBe(modelFingerprint(decodeModel(weights as unknown as EncodedModel)));
    // The side panel's handle and the background's decoded model give the same engine version.
    expect(engineVersion(brand(), BUNDLED_MODEL)).toBe(engineVersion(brand(), loadBundledModel()));
  });

  it('names the sentiment combiner in the bundled model’s part: a refitted combiner makes every comment classified again', async () => {
    const shipped = BUNDLED_MODEL.fingerprint;
    expect(shipped.startsWith(`${(MODEL_MANIFEST as { fingerprint?: string }).fingerprint}~`)).toBe(true);
    vi.resetModules();
    vi.doMock('@/lib/triage/model/weights/sentiment-combiner.json', async (original) => {
      const fitted = (await original()) as { default: { bias: number[] } };
      return { default: { ...fitted.default, bias: fitted.default.bias.map((b) => b + 0.01) } };
    });
    try {
      const refitted = await import('@/lib/triage/model/manifest-print');
      expect(refitted.BUNDLED_MODEL_PRINT).toMatch(/\S/u);
      expect(refitted.BUNDLED_MODEL_PRINT).not.toBe(shipped);
    } finally {
      vi.doUnmock('@/lib/triage/model/weights/sentiment-combiner.json');
      vi.resetModules();
    }
  });
});
