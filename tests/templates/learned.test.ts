import { describe, expect, it } from 'vitest';
import { prepareTemplates, starterTemplates, suggestTemplates, STARTER_SITUATIONS } from '@/lib/templates';
import { encodeExemplars, learnedShares, learnedWords, loadLearnedModel, type LearnedKnobs, type LearnedModelData } from '@/lib/templates/learned';
import { bundledLearnedModel } from '@/lib/templates/learned-bundled';
import data from '@/lib/templates/learned-model.json';
import manifest from '@/lib/templates/learned-manifest.json';
import { loadSuggestionItems } from '../fixtures/suggestions/load';
import { NOW, makeTemplate } from './fixtures';

const KNOBS: LearnedKnobs = {
  k: 3,
  kindWeights: { word: 1, pair: 1, char: 0.5 },
  laterVote: 1,
  sharpness: 1,
  tieWeight: 0.5,
  fillShare: 0.4,
  slotShare: 0.4,
};

/** A tiny model over made-up words no intent rule knows, so only the learned layer can place them. */
function tinyModel(rows: ReadonlyArray<readonly [string, string]>, knobs: LearnedKnobs = KNOBS) {
  const keys = STARTER_SITUATIONS.map((s) => s.key);
  const { vocabulary, encoded } = encodeExemplars(rows.map(([, text]) => text));
  const model: LearnedModelData = {
    version: 1,
    bits: 16,
    knobs,
    keys,
    vocabulary,
    exemplars: rows.map(([key], i) => [String(keys.indexOf(key)), encoded[i] ?? '']),
  };
  return loadLearnedModel(model);
}

const ROWS = [
  ['gift-card', 'zorblax wimmel for my aunt'],
  ['gift-card', 'a zorblax wimmel please'],
  ['technical-issue', 'the frobnitz keeps glimming'],
  ['technical-issue', 'frobnitz glimming again'],
] as const;

const library = prepareTemplates(starterTemplates('brand-1', NOW));

describe('learned layer', () => {
  it('folds accents and squeezes elongations before hashing', () => {
    expect(learnedWords('Trooop BIEEEN, très!!')).toEqual(['troop', 'bieen', 'tres']);
  });

  it('votes for the situations of the nearest labelled comments, spelling variants included', () => {
    const model = tinyModel(ROWS);
    const shares = [...learnedShares('ZORBLAAAX wimmels?', model)].sort((a, b) => b[1] - a[1]);
    expect(shares[0]?.[0]).toBe('gift-card');
    expect(learnedShares('', model).size).toBe(0);
  });

  it('fills the suggestions when no rule fires, and does nothing when turned off', () => {
    const model = tinyModel(ROWS);
    const text = 'the frobnitz is glimming';
    const withLayer = suggestTemplates({ text }, { labels: [], language: 'en' }, library, 3, { now: NOW, learned: model });
    expect(withLayer[0]?.template.id).toBe('starter:brand-1:technical-issue:en');
    const rulesOnly = suggestTemplates({ text }, { labels: [], language: 'en' }, library, 3, { now: NOW, learned: null });
    expect(rulesOnly.some((s) => s.template.id === 'starter:brand-1:technical-issue:en')).toBe(false);
  });

  it('keeps a clear intent of the rules first and offers its own situation a later slot', () => {
    const model = tinyModel([...ROWS, ['gift-card', 'still waiting zorblax wimmel'], ['gift-card', 'parcel zorblax wimmel']]);
    const text = 'still waiting for my parcel, zorblax wimmel';
    const ids = suggestTemplates({ text }, { labels: [], language: 'en' }, library, 3, { now: NOW, learned: model }).map((s) => s.template.id);
    expect(ids[0]).toBe('starter:brand-1:delivery-delay:en');
    expect(ids).toContain('starter:brand-1:gift-card:en');
  });

  it('helps a user’s own template through the intents the situations declare', () => {
    const mine = makeTemplate({ title: 'Helpdesk', body: 'Hello, sorry about that.', language: 'en', intents: ['technical-problem'] });
    const other = makeTemplate({ title: 'Hello', body: 'Hello there.', language: 'en', intents: ['praise'] });
    const text = 'frobnitz glimming';
    const got = suggestTemplates({ text }, { labels: [], language: 'en' }, [other, mine], 3, { now: NOW, learned: tinyModel(ROWS) });
    expect(got[0]?.template.id).toBe(mine.id);
  });

  it('ships a model trained on the dev comments only, as its manifest says', () => {
    const dev = loadSuggestionItems().filter((i) => i.split === 'dev');
    const { encoded, vocabulary } = encodeExemplars(dev.map((i) => i.text));
    expect(data.vocabulary).toEqual(vocabulary);
    expect(data.exemplars.map(([, words]) => words)).toEqual(encoded);
    expect(manifest.counts.exemplars).toBe(dev.length);
    expect(manifest.crossValidated.rulesAndLearned.language).toBe(1);
    expect(bundledLearnedModel().labels.length).toBe(dev.length);
  });
});
