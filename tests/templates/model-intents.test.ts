import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { reasonText } from '@/components/panel/messages';
import { translator } from '@/lib/i18n';
import { classify } from '@/lib/triage';
import { prepareHistory, prepareTemplates, starterTemplates, suggestTemplates } from '@/lib/templates';
import { loadBundledIntentModel } from '@/lib/templates/model-bundled';
import { staticImportGraph } from '@/tests/meta/import-graph';
import {
  decodeIntentModel,
  INTENT_MODEL_FORMAT,
  predictKinds,
  predictSituations,
  templateKind,
  situationClass,
  type IntentModel,
  type IntentModelThresholds,
  type SituationClass,
} from '@/lib/templates/model-intents';
import { STARTER_SITUATIONS } from '@/lib/templates/starter';
import { NOW, makeTemplate } from './fixtures';

const CLASSES: SituationClass[] = [...new Set(STARTER_SITUATIONS.map((s) => situationClass(s.intents, s.category)))];
const THRESHOLDS: IntentModelThresholds = { lead: 0.3, override: 0.6, fill: 0.15, margin: 0.2 };

/** A model giving each listed class its probability whatever the text, the rest shared by the others. */
function fixed(probabilities: Partial<Record<SituationClass, number>>): IntentModel {
  const dim = 16;
  const given = Object.values(probabilities).reduce((a, b) => a + b, 0);
  const rest = (1 - given) / (CLASSES.length - Object.keys(probabilities).length);
  return decodeIntentModel({
    format: INTENT_MODEL_FORMAT,
    dim,
    classes: CLASSES,
    bias: CLASSES.map((c) => Math.log(probabilities[c] ?? rest)),
    scale: 1,
    weights: Buffer.alloc(CLASSES.length * dim).toString('base64'),
    thresholds: THRESHOLDS,
  });
}

/** A model sure of `cls` whatever the text: all weights zero, a high bias. */
function sureOf(cls: SituationClass, p = 0.9): IntentModel {
  const dim = 16;
  const others = CLASSES.length - 1;
  // softmax: e^b / (e^b + others) = p
  const b = Math.log((p * others) / (1 - p));
  return decodeIntentModel({
    format: INTENT_MODEL_FORMAT,
    dim,
    classes: CLASSES,
    bias: CLASSES.map((c) => (c === cls ? b : 0)),
    scale: 1,
    weights: Buffer.alloc(CLASSES.length * dim).toString('base64'),
    thresholds: THRESHOLDS,
  });
}

const library = starterTemplates('brand-1', NOW);
const index = prepareTemplates(library);
/** Nothing a rule knows: the rules are unsure. */
const UNSURE = 'hmm bon, on verra bien';
const keyOf = (id: string) => id.split(':').slice(2).join(':');

function suggest(text: string, intentModel?: IntentModel, options: Parameters<typeof suggestTemplates>[4] = {}) {
  const c = classify({ text });
  return suggestTemplates({ text }, { labels: c.labels, language: c.language }, options.brandId ? prepareTemplates(library) : index, 3, {
    now: NOW,
    fallbackLanguage: 'fr',
    intentModel,
    ...options,
  });
}

describe('the learned layer of the suggestions', () => {
  it('names each starter situation by its first intent, a catch-all by its category', () => {
    expect(situationClass(['damaged-product', 'refund-return'], 'complaint')).toBe('damaged-product');
    expect(situationClass([], 'question')).toBe('any:question');
    expect(CLASSES).toContain('any:complaint');
  });

  it('gives probabilities that sum to one, most likely first', () => {
    const ranked = predictSituations(sureOf('delivery-delay'), 'anything');
    expect(ranked[0]).toMatchObject({ cls: 'delivery-delay' });
    expect(ranked[0]?.p).toBeCloseTo(0.9, 5);
    expect(ranked.reduce((a, c) => a + c.p, 0)).toBeCloseTo(1, 6);
  });

  it('leads where the rules found no clear intent, and says why', () => {
    const text = UNSURE;
    const rules = suggest(text).map((s) => keyOf(s.template.id));
    expect(rules[0]).not.toBe('order-tracking:fr');
    const [first] = suggest(text, sureOf('order-tracking'));
    expect(keyOf(first?.template.id ?? '')).toBe('order-tracking:fr');
    expect(first?.reasons).toContainEqual({ code: 'model', situation: 'order-tracking', probability: 0.9 });
  });

  it('never answers a French comment in English for it', () => {
    const out = suggest(UNSURE, sureOf('order-tracking'));
    expect(out.every((s) => s.template.language === 'fr')).toBe(true);
    const en = suggest('hmm well, we will see then', sureOf('order-tracking'));
    expect(en.every((s) => s.template.language === 'en')).toBe(true);
  });

  it('never opens clear praise on a grievance, which still gets a slot', () => {
    const text = 'Deux ans que je l’ai, jamais eu le moindre souci, je recommande';
    const out = suggest(text, sureOf('any:complaint', 0.9)).map((s) => keyOf(s.template.id));
    expect(out[0]).toBe('praise-thanks:fr');
    expect(out).toContain('apology-private-message:fr');
    expect(keyOf(suggest(UNSURE, sureOf('any:complaint', 0.9))[0]?.template.id ?? '')).toBe('apology-private-message:fr');
  });

  it('never opens spam or an insult on what else its words resemble to it, which still gets a slot', () => {
    const text = '💰 Je transforme 500 € en 5 000 € en 7 jours, DM moi 👉';
    expect(classify({ text }).labels).toContain('spam');
    const out = suggest(text, sureOf('any:complaint', 0.9)).map((s) => keyOf(s.template.id));
    expect(out[0]).toBe(keyOf(suggest(text)[0]?.template.id ?? ''));
    expect(out[0]).not.toBe('apology-private-message:fr');
    expect(out).toContain('apology-private-message:fr');
  });

  it('leaves a clear intent of the rules alone unless it is far surer', () => {
    const text = 'Mon colis devait arriver lundi, toujours rien, je veux un remboursement';
    const rules = suggest(text)[0]?.template.id;
    expect(suggest(text, sureOf('praise', 0.5))[0]?.template.id).toBe(rules);
  });

  it('leads with a report the rules saw no sign of only when as sure as an override', () => {
    const text = "Merci, j'attends de vos nouvelles alors";
    expect(suggest(text).map((s) => keyOf(s.template.id))).not.toContain('scam-report-thanks:fr');
    const thin = suggest(text, fixed({ 'scam-report': 0.45, 'any:complaint': 0.2 })).map((s) => keyOf(s.template.id));
    expect(thin[0]).not.toBe('scam-report-thanks:fr');
    expect(thin).toContain('scam-report-thanks:fr');
    expect(keyOf(suggest(text, sureOf('scam-report', 0.7))[0]?.template.id ?? '')).toBe('scam-report-thanks:fr');
    expect(keyOf(suggest(UNSURE, fixed({ 'order-tracking': 0.45, 'any:complaint': 0.2 }))[0]?.template.id ?? '')).toBe('order-tracking:fr');
  });

  it('gives each likely situation none shows a slot, the less likely never over the more likely', () => {
    const out = suggest(UNSURE, fixed({ 'order-tracking': 0.4, 'price-b2b-gift-card': 0.3, 'stock-availability': 0.2 }));
    const situations = out.map((s) => s.reasons.find((r) => r.code === 'model')).map((r) => (r?.code === 'model' ? r.situation : undefined));
    expect(situations).toEqual(['order-tracking', 'price-b2b-gift-card', 'stock-availability']);
  });

  it('keeps the scores in rank order', () => {
    const out = suggest(UNSURE, sureOf('order-tracking'));
    for (let k = 1; k < out.length; k++) expect(out[k]?.score).toBeLessThanOrEqual(out[k - 1]?.score ?? 0);
  });

  it('keeps the template the brand chose before for similar comments first', () => {
    const text = 'Le canapé velours du salon, je sais pas trop quoi en penser';
    const chosen = suggest(text)[0]?.template.id ?? '';
    expect(suggest(text, sureOf('order-tracking'))[0]?.template.id).not.toBe(chosen);
    const history = prepareHistory([
      { text: 'Le canapé velours du salon, je sais pas', chosen },
      { text: 'canapé velours salon, quoi en penser', chosen },
    ]);
    expect(suggest(text, undefined, { history })[0]?.template.id).toBe(chosen);
    expect(suggest(text, sureOf('order-tracking'), { history })[0]?.template.id).toBe(chosen);
  });

  it('finds a user template by the intents read from its text', () => {
    const own = makeTemplate({ title: 'Suivi de commande', body: 'Voici le lien de suivi de votre colis : {{support_link}}', tags: ['suivi', 'colis'], category: 'question', language: 'fr' });
    const out = suggestTemplates({ text: UNSURE }, { labels: [], language: 'fr' }, [own, ...library.filter((t) => !t.id.includes('order-tracking'))], 3, {
      now: NOW,
      intentModel: sureOf('order-tracking'),
    });
    expect(out[0]?.template.id).toBe(own.id);
  });
});

describe('the model reason in the panel', () => {
  it('gives the probability and the situation, in the UI language', () => {
    expect(reasonText(translator('en'), { code: 'model', situation: 'delivery-delay', probability: 0.82 }, 'en')).toMatch(/^model: 0\.82 \S/);
    expect(reasonText(translator('fr'), { code: 'model', situation: 'any:question', probability: 0.5 }, 'fr')).toMatch(/^modèle : 0,50 \S/);
  });
});

describe('the shipped weights', () => {
  it('load, and rank a late parcel with the rules', () => {
    const model = loadBundledIntentModel();
    expect([...new Set(model.classes)]).toEqual(CLASSES);
    expect(model.kinds).toEqual(STARTER_SITUATIONS.map((s) => s.key));
    expect(predictSituations(model, 'toujours pas reçu ma commande passée il y a trois semaines')[0]?.cls).toBe('delivery-delay');
  });

  it('answer a thank-you in a thread as a follow-up, not as a scam report', () => {
    const model = loadBundledIntentModel();
    for (const text of ["Merci, j'attends votre retour en privé", 'thanks, will wait for your message']) {
      const c = classify({ text });
      const [first] = suggestTemplates({ text }, { labels: c.labels, language: c.language }, index, 3, { now: NOW, intentModel: model });
      expect(keyOf(first?.template.id ?? '').split(':')[0]).not.toMatch(/^(scam|toxic|crisis)/);
    }
  });

  it('sum a class from its kinds', () => {
    const model = loadBundledIntentModel();
    const { classes, kinds } = predictKinds(model, 'vous faites des prix pour les pros ?');
    const price = kinds.filter((k) => k.cls === 'price-b2b-gift-card');
    expect(price.map((k) => k.kind).sort()).toEqual(['gift-card', 'price-question', 'sales-lead']);
    expect(classes.find((c) => c.cls === 'price-b2b-gift-card')?.p).toBeCloseTo(price.reduce((a, k) => a + k.p, 0), 10);
    expect(classes.reduce((a, c) => a + c.p, 0)).toBeCloseTo(1, 6);
  });

  it("read each starter template's kind from its title and tags", () => {
    const model = loadBundledIntentModel();
    for (const t of library) {
      const situation = STARTER_SITUATIONS.find((s) => keyOf(t.id).startsWith(`${s.key}:`));
      if (!situation) continue;
      const cls = situationClass(situation.intents, situation.category);
      const kind = templateKind(model, cls, [t.title, ...t.tags].join(' . '));
      // '' for a class with one kind: nothing to choose.
      expect(kind === '' ? situation.key : kind).toBe(situation.key);
    }
  });

  it('answer a trade lead with the trade reply, not the first title of its class (the gift card)', () => {
    const text = "We're opening a yoga studio and need 20 mats, who do I talk to?";
    const c = classify({ text });
    const ranked = suggestTemplates({ text }, { labels: c.labels, language: c.language }, index, 3, { now: NOW, intentModel: loadBundledIntentModel() });
    expect(keyOf(ranked[0]?.template.id ?? '')).toBe('sales-lead:en');
  });

  it('stay within the weights budget (3 MB gzip for every weights file together)', () => {
    const dir = 'lib/triage/model/weights';
    const total = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && statSync(join(dir, f)).isFile())
      .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
    expect(total).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  it('are never imported by a content script', () => {
    const entries = readdirSync('entrypoints')
      .filter((e) => e.endsWith('.content'))
      .flatMap((entry) => readdirSync(join('entrypoints', entry)).filter((f) => /\.tsx?$/.test(f)).map((f) => join('entrypoints', entry, f)));
    const seen = staticImportGraph(entries);
    expect(seen.size).toBeGreaterThan(3);
    expect([...seen].filter((f) => f.includes('model-bundled') || f.includes('model/bundled') || f.includes('weights/'))).toEqual([]);
  });
});
