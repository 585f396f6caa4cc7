/**
 * `npx tsx scripts/train/suggestions.ts [--seed 7] [--folds 5]` — trains the learned layer of the
 * template suggestions (lib/templates/learned.ts) on the DEV part of tests/fixtures/suggestions
 * only (comments.ts's dev rows and all of more.ts; never its test rows nor unseen.ts), choosing
 * every knob by k-fold cross-validation on dev, each fold scored by a model that never saw it.
 * Writes lib/templates/learned-model.json (exemplars and knobs) and learned-manifest.json
 * (sources, counts, seed, knobs, cross-validated scores). Same data and seed → the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { STARTER_SITUATIONS } from '@/lib/templates';
import { encodeExemplars, learnedShares, loadLearnedModel, type LearnedKnobs, type LearnedModelData } from '@/lib/templates/learned';
import { fnv1a } from '@/tests/fixtures/triage/load';
import { loadSuggestionItems, type LabelledSuggestion } from '@/tests/fixtures/suggestions/load';
import { scoreSuggestion, summarise, type SuggestionScores } from '../eval/suggestions';

const BITS = 18;

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const seed = arg('seed', 7);
const folds = arg('folds', 5);

function buildModel(items: readonly LabelledSuggestion[], knobs: LearnedKnobs): LearnedModelData {
  const keys = STARTER_SITUATIONS.map((s) => s.key);
  const index = new Map(keys.map((k, i) => [k, i]));
  const { vocabulary, encoded } = encodeExemplars(items.map((i) => i.text));
  return {
    version: 1,
    bits: BITS,
    knobs,
    keys,
    vocabulary,
    exemplars: items.map((item, i) => [item.acceptable.map((k) => index.get(k) ?? -1).join('.'), encoded[i] ?? '']),
  };
}

const dev = loadSuggestionItems().filter((i) => i.split === 'dev');
const foldOf = (item: LabelledSuggestion): number => fnv1a(`${seed}:${item.text}`) % folds;

/** Every dev comment scored by the fold model that never saw it, through `score`. */
function crossValidate<T>(knobs: LearnedKnobs, score: (item: LabelledSuggestion, model: ReturnType<typeof loadLearnedModel>) => T): T[] {
  const out: T[] = [];
  for (let f = 0; f < folds; f += 1) {
    const model = loadLearnedModel(buildModel(dev.filter((i) => foldOf(i) !== f), knobs));
    for (const item of dev) if (foldOf(item) === f) out.push(score(item, model));
  }
  return out;
}

/** The learned layer alone: its first situation, and whether one of its three best is acceptable. */
function alone(item: LabelledSuggestion, model: ReturnType<typeof loadLearnedModel>): { top1: boolean; top3: boolean } {
  const ranked = [...learnedShares(item.text, model)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  return { top1: item.acceptable.includes(ranked[0] ?? ''), top3: ranked.slice(0, 3).some((k) => item.acceptable.includes(k)) };
}

const share = (xs: readonly boolean[]) => xs.filter(Boolean).length / Math.max(1, xs.length);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

// Stage 1: how the neighbours vote, by the learned layer's own top-1 + top-3.
const OFF = { tieWeight: 0, fillShare: 2, slotShare: 2 };
let bestVote: { knobs: LearnedKnobs; top1: number; top3: number } | undefined;
for (const k of [15, 25, 40, 60])
  for (const pair of [0.5, 1, 1.5])
    for (const char of [0.4, 0.6, 0.8])
      for (const laterVote of [0.6, 1])
        for (const sharpness of [2, 3]) {
          const knobs: LearnedKnobs = { k, kindWeights: { word: 1, pair, char }, laterVote, sharpness, ...OFF };
          const r = crossValidate(knobs, alone);
          const top1 = share(r.map((x) => x.top1));
          const top3 = share(r.map((x) => x.top3));
          if (!bestVote || top1 + top3 > bestVote.top1 + bestVote.top3 + 1e-9) bestVote = { knobs, top1, top3 };
        }
if (!bestVote) throw new Error('no knobs tried');
console.log(`learned alone, ${folds}-fold CV on dev: top-1 ${pct(bestVote.top1)} top-3 ${pct(bestVote.top3)}`, JSON.stringify(bestVote.knobs));

// Stage 2: how it mixes with the rules, by the whole ranker's top-1 + top-3 (language must stay right).
const rules = summarise(dev.map((i) => scoreSuggestion(i, null)));
console.log(`rules alone on dev: top-1 ${pct(rules.top1)} top-3 ${pct(rules.top3)} language ${pct(rules.language)}`);
let bestMix: { knobs: LearnedKnobs; scores: SuggestionScores } | undefined;
for (const tieWeight of [0, 0.3, 0.6, 0.9])
  for (const fillShare of [0.25, 0.35, 0.45, 0.55, 0.7, 2])
    for (const slotShare of [0.2, 0.3, 0.45, 0.6, 2]) {
      const knobs: LearnedKnobs = { ...bestVote.knobs, tieWeight, fillShare, slotShare };
      const scores = summarise(crossValidate(knobs, (item, model) => scoreSuggestion(item, model)));
      if (scores.language < 1) continue;
      if (!bestMix || scores.top1 + scores.top3 > bestMix.scores.top1 + bestMix.scores.top3 + 1e-9) bestMix = { knobs, scores };
    }
if (!bestMix) throw new Error('no mix keeps the language right');
console.log(
  `rules + learned, ${folds}-fold CV on dev: top-1 ${pct(bestMix.scores.top1)} top-3 ${pct(bestMix.scores.top3)} language ${pct(bestMix.scores.language)}`,
  JSON.stringify(bestMix.knobs),
);

const model = buildModel(dev, bestMix.knobs);
const json = `${JSON.stringify(model)}\n`;
writeFileSync('lib/templates/learned-model.json', json);
const round = (x: number) => Math.round(x * 1000) / 1000;
const manifest = {
  model: 'lib/templates/learned-model.json',
  kind: 'nearest neighbours over hashed words, word pairs and character 3-4-grams (accents folded, elongations squeezed)',
  sources: ['tests/fixtures/suggestions/comments.ts (dev part only: FNV-1a hash of the text mod 10 ≥ 4)', 'tests/fixtures/suggestions/more.ts (all dev)'],
  excluded: ['tests/fixtures/suggestions/comments.ts test part', 'tests/fixtures/suggestions/unseen.ts'],
  counts: {
    exemplars: dev.length,
    fr: dev.filter((i) => i.language === 'fr').length,
    en: dev.filter((i) => i.language === 'en').length,
  },
  seed,
  folds,
  featureBits: BITS,
  knobs: bestMix.knobs,
  crossValidated: {
    learnedAlone: { top1: round(bestVote.top1), top3: round(bestVote.top3) },
    rulesAlone: { top1: round(rules.top1), top3: round(rules.top3), language: round(rules.language) },
    rulesAndLearned: { top1: round(bestMix.scores.top1), top3: round(bestMix.scores.top3), language: round(bestMix.scores.language) },
  },
  note: 'rulesAlone is the rules on the whole of dev, not cross-validated: they were written on it, so it overstates them',
  bytes: { json: Buffer.byteLength(json), gzip: gzipSync(json).length },
};
writeFileSync('lib/templates/learned-manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote lib/templates/learned-model.json (${manifest.bytes.json} bytes, ${manifest.bytes.gzip} gzip) and learned-manifest.json`);
