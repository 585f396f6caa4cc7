/**
 * `tsx scripts/train/sentiment-combiner.ts --data <folder> --folds <d0>,<d1>,… [--write]` — fits the
 * learned sentiment combiner (lib/triage/model/sentiment-combiner.ts): a multinomial logistic
 * regression over the rules' sentiment evidence, the sentiment head's probabilities and the hand
 * combination's verdict, on readings the head made of texts it never trained on:
 *   --folds   weights trained with `RIPOSTE_CV=i/n npm run train -- --data <folder> --own-fold i/n
 *             --out <di>` (n dirs): fold i's XLM-T French and English train tweets, dev comments and
 *             fresh batches are each read by the model trained without them.
 * Prints, on the same out-of-fold rows, the hand combination against the combiner (the combiner of
 * each fold fitted on the other folds' rows), then both on the validation splits (XLM-T French and
 * English, airline) read by the shipped model. `--write` writes the combiner fitted on every row to
 * lib/triage/model/weights/sentiment-combiner.json. No randomness: the same rows give the same bytes.
 * Refitting changes classifications: raise TRIAGE_RULES_VERSION (lib/triage/engine-version.ts) with it.
 * Experiments: --dev-weight <w> (each of the dev comments' and fresh batches' total weight beside a
 * language's tweets, default 1), --weights en=1,fr=1,dev=1,fresh=1 (each source's), --l2 <λ>
 * (default 0.01), --only-hand (skip fitting), --diag (the head alone, the rules alone, confusions).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '@/lib/triage';
import { handSentiment } from '@/lib/triage/model/combine';
import { decodeModel, type EncodedModel } from '@/lib/triage/model/codec';
import type { TriageModel } from '@/lib/triage/model/model';
import { attachSentimentCombiner, attachSentimentStacker, COMBINER_FEATURES, combinerFeatures, type SentimentCombiner } from '@/lib/triage/model/sentiment-combiner';
import { FIXTURE_BRAND_LANGUAGE, loadTriageFixtures } from '@/tests/fixtures/triage/load';
import { airline, freshComments, ownFold, xlmt } from './data';
import { macroF1, macroRecall, pct } from './metrics';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const root = arg('data') ?? 'data';
const dirs = (arg('folds') ?? '').split(',').filter((d) => d !== '');
if (dirs.length < 2) {
  console.error('usage: tsx scripts/train/sentiment-combiner.ts --data <folder> --folds <d0>,<d1>,… [--write]');
  process.exit(2);
}
const DEV_WEIGHT = Number(arg('dev-weight') ?? 1);
const L2 = Number(arg('l2') ?? 0.01);
/** --weights en=1,fr=1,dev=1,fresh=1: each source's total weight (experiments). */
const SOURCE_WEIGHT: Record<string, number> = { en: 1, fr: 1, dev: DEV_WEIGHT, fresh: DEV_WEIGHT, ...Object.fromEntries((arg('weights') ?? '').split(',').filter((x) => x !== '').map((x) => [x.split('=')[0], Number(x.split('=')[1])])) };
const load = (dir: string): TriageModel => decodeModel(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as EncodedModel);
const folds = dirs.map(load);
const n = folds.length;
const POL = ['negative', 'neutral', 'positive'] as const;

type Source = 'en' | 'fr' | 'dev' | 'fresh';
interface Row { text: string; y: number; source: Source; fold: number; brand?: 'fr' | 'en' }

const dev = loadTriageFixtures().filter((c) => c.split === 'dev');
const rows: Row[] = [
  ...(['english', 'french'] as const).flatMap((l) =>
    xlmt(root, l).filter((r) => r.split === 'train').map((r) => ({ text: r.text, y: r.label, source: (l === 'english' ? 'en' : 'fr') as Source, fold: ownFold(`cv:${r.text}`, n) })),
  ),
  ...dev.map((c) => ({ text: c.text, y: POL.indexOf(c.sentiment), source: 'dev' as Source, fold: ownFold(c.text, n), brand: FIXTURE_BRAND_LANGUAGE[c.brand] ?? 'fr' })),
  ...freshComments().map((c) => ({ text: c.text, y: POL.indexOf(c.sentiment), source: 'fresh' as Source, fold: ownFold(c.text, n), brand: FIXTURE_BRAND_LANGUAGE[c.brand] ?? 'fr' })),
];

const classifyRow = (r: { text: string; brand?: 'fr' | 'en' }, model: TriageModel) =>
  classify({ text: r.text }, { model, ...(r.brand ? { brand: { language: r.brand, lexicon: [], competitors: [] } } : {}) });

/** Reads each row with the model that never saw it: the combiner's inputs and the hand combination's verdict. */
function probe(model: TriageModel, items: readonly { text: string; brand?: 'fr' | 'en' }[]): { x: number[]; hand: number }[] {
  let last: number[] = [];
  attachSentimentStacker(model, (scores, ev, band) => {
    const hand = handSentiment(scores, ev, band);
    last = scores.sentiment === undefined ? [] : combinerFeatures(scores.sentiment, scores.language, scores.text, ev, hand, band);
    return hand;
  });
  return items.map((r) => {
    last = [];
    const c = classifyRow(r, model);
    return { x: last, hand: POL.indexOf(c.sentiment.value) };
  });
}

const read = rows.map(() => ({ x: [] as number[], hand: 1 }));
for (let k = 0; k < n; k++) {
  const idx = rows.flatMap((r, i) => (r.fold === k ? [i] : []));
  const got = probe(folds[k] as TriageModel, idx.map((i) => rows[i] as Row));
  idx.forEach((i, j) => (read[i] = got[j] as { x: number[]; hand: number }));
}

/**
 * Class-balanced multinomial logistic regression: within each source every class weighs the same in
 * total, each language's tweets weigh 1 in all and the dev comments and fresh batches DEV_WEIGHT each.
 * Full-batch gradient descent with Adam from zero weights: deterministic.
 */
function fit(train: readonly number[]): SentimentCombiner {
  const d = COMBINER_FEATURES.length;
  const use = train.filter((i) => (read[i] as { x: number[] }).x.length === d && (SOURCE_WEIGHT[(rows[i] as Row).source] as number) > 0);
  const counts = new Map<string, number>();
  for (const i of use) counts.set(`${(rows[i] as Row).source}:${(rows[i] as Row).y}`, (counts.get(`${(rows[i] as Row).source}:${(rows[i] as Row).y}`) ?? 0) + 1);
  const sw = use.map((i) => {
    const r = rows[i] as Row;
    const classes = [0, 1, 2].filter((c) => (counts.get(`${r.source}:${c}`) ?? 0) > 0).length;
    return (SOURCE_WEIGHT[r.source] as number) / (classes * (counts.get(`${r.source}:${r.y}`) as number));
  });
  const total = sw.reduce((a, v) => a + v, 0);
  const W = Array.from({ length: 3 }, () => new Float64Array(d + 1));
  const m = Array.from({ length: 3 }, () => new Float64Array(d + 1));
  const v = Array.from({ length: 3 }, () => new Float64Array(d + 1));
  const rate = 0.05;
  for (let step = 1; step <= 3000; step++) {
    const g = Array.from({ length: 3 }, () => new Float64Array(d + 1));
    use.forEach((i, j) => {
      const x = (read[i] as { x: number[] }).x;
      const z = W.map((w) => {
        let s = w[d] as number;
        for (let f = 0; f < d; f++) s += (w[f] as number) * (x[f] as number);
        return s;
      });
      const top = Math.max(...z);
      const e = z.map((t) => Math.exp(t - top));
      const sum = e.reduce((a, t) => a + t, 0);
      const y = (rows[i] as Row).y;
      const wj = (sw[j] as number) / total;
      for (let c = 0; c < 3; c++) {
        const err = ((e[c] as number) / sum - (c === y ? 1 : 0)) * wj;
        const gc = g[c] as Float64Array;
        for (let f = 0; f < d; f++) gc[f] = (gc[f] as number) + err * (x[f] as number);
        gc[d] = (gc[d] as number) + err;
      }
    });
    for (let c = 0; c < 3; c++) {
      const w = W[c] as Float64Array;
      for (let f = 0; f <= d; f++) {
        const gr = (g[c] as Float64Array)[f] as number + (f < d ? L2 * (w[f] as number) : 0);
        const mc = m[c] as Float64Array;
        const vc = v[c] as Float64Array;
        mc[f] = 0.9 * (mc[f] as number) + 0.1 * gr;
        vc[f] = 0.999 * (vc[f] as number) + 0.001 * gr * gr;
        w[f] = (w[f] as number) - (rate * ((mc[f] as number) / (1 - 0.9 ** step))) / (Math.sqrt((vc[f] as number) / (1 - 0.999 ** step)) + 1e-8);
      }
    }
  }
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  return { format: 1, features: [...COMBINER_FEATURES], weights: W.map((w) => [...w.subarray(0, d)].map(r4)), bias: W.map((w) => r4(w[d] as number)) };
}

const score = (source: Source, gold: number[], pred: number[]) => pct(source === 'en' ? macroRecall(gold, pred, 3) : macroF1(gold, pred, 3));
const SOURCES: Source[] = ['en', 'fr', 'dev', 'fresh'];
const report = (tag: string, pred: number[]) =>
  console.log(`${tag.padEnd(28)} ${SOURCES.map((s) => {
    const idx = rows.flatMap((r, i) => (r.source === s ? [i] : []));
    return `${s} ${score(s, idx.map((i) => (rows[i] as Row).y), idx.map((i) => pred[i] as number))}`;
  }).join('  ')}   (en macro-recall, others macro-F1; out of fold)`);
report('hand combination', read.map((r) => r.hand));
if (process.argv.includes('--diag')) {
  // The head alone (argmax of its three probabilities, from the features' log-probabilities).
  report('model alone', read.map((r) => (r.x.length === 0 ? 1 : [17, 18, 19].reduce((a, f) => ((r.x[f] as number) > (r.x[a] as number) ? f : a), 17) - 17)));
  report('rules alone (score band)', read.map((r) => (r.x.length === 0 ? 1 : (r.x[0] as number) >= 0.2 ? 2 : (r.x[0] as number) <= -0.2 ? 0 : 1)));
}
if (process.argv.includes('--only-hand')) process.exit(0);

// Each fold's rows read by the combiner fitted on the other folds' rows, through classify.
const stacked = rows.map(() => 1);
for (let k = 0; k < n; k++) {
  const c = fit(rows.flatMap((r, i) => (r.fold !== k ? [i] : [])));
  const model = folds[k] as TriageModel;
  attachSentimentCombiner(model, c);
  rows.forEach((r, i) => {
    if (r.fold === k) stacked[i] = POL.indexOf(classifyRow(r, model).sentiment.value);
  });
}
report(`combiner (dev weight ${DEV_WEIGHT}, l2 ${L2})`, stacked);
if (process.argv.includes('--diag')) {
  for (const s of ['en', 'fr', 'dev'] as Source[]) {
    const idx = rows.flatMap((r, i) => (r.source === s ? [i] : []));
    for (const [tag, p] of [['hand', read.map((r) => r.hand)], ['combiner', stacked]] as const) {
      const conf = [0, 1, 2].map((g) => [0, 1, 2].map((q) => idx.filter((i) => (rows[i] as Row).y === g && p[i] === q).length));
      console.log(`${s} ${tag.padEnd(9)} gold→pred ${conf.map((r) => r.join('/')).join('  ')}`);
    }
  }
}

const all = fit(rows.map((_, i) => i));
// The shipped weights decoded afresh: the bundled loader attaches the committed combiner, this copy starts without one.
const shipped = decodeModel(JSON.parse(readFileSync(join(import.meta.dirname, '../../lib/triage/model/weights/model.json'), 'utf8')) as EncodedModel);
const valSets: { name: string; items: { text: string; y: number }[]; recall: boolean }[] = [
  { name: 'xlm-t english val', items: xlmt(root, 'english').filter((r) => r.split === 'val').map((r) => ({ text: r.text, y: r.label })), recall: true },
  { name: 'xlm-t french val', items: xlmt(root, 'french').filter((r) => r.split === 'val').map((r) => ({ text: r.text, y: r.label })), recall: false },
  { name: 'airline val', items: airline(root).filter((r) => r.split === 'val').map((r) => ({ text: r.text, y: r.sentiment })), recall: false },
];
const valPreds = (): number[][] => valSets.map((s) => s.items.map((r) => POL.indexOf(classify({ text: r.text }, { model: shipped }).sentiment.value)));
const before = valPreds();
attachSentimentCombiner(shipped, all);
const after = valPreds();
valSets.forEach((s, k) => {
  const gold = s.items.map((r) => r.y);
  const m = s.recall ? macroRecall : macroF1;
  console.log(`${s.name.padEnd(20)} ${s.recall ? 'macro-recall' : 'macro-F1'}  hand ${pct(m(gold, before[k] as number[], 3))}  combiner ${pct(m(gold, after[k] as number[], 3))}   (shipped model)`);
});
if (process.argv.includes('--write')) {
  const out = join(import.meta.dirname, '../../lib/triage/model/weights/sentiment-combiner.json');
  writeFileSync(out, `${JSON.stringify(all)}\n`);
  console.log(`wrote ${out}`);
}
