/**
 * `tsx scripts/train/tune.ts --data <folder> [--model <dir> | --folds <dir>,<dir>…]` — tries the
 * combination knobs of lib/triage/model/combine.ts on validation data only (the public sets'
 * validation parts and the project's dev comments) and prints the scores; the chosen values are
 * written in combine.ts by hand.
 *   --model <dir>         weights trained with --without-own-comments: the dev comments are unseen
 *   --folds <d0>,<d1>…    weights trained with --own-fold i/n (n = the number of dirs): each dev
 *                         comment is scored by the model that never saw it but saw the other folds,
 *                         as the shipped model sees comments like them; public sets by the first
 */
import { classify } from '@/lib/triage';
import { COMBINE, MODEL_ADD, MODEL_VETO } from '@/lib/triage/model/combine';
import { readFileSync } from 'node:fs';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { decodeModel, type EncodedModel } from '@/lib/triage/model/codec';
import { FIXTURE_BRAND_LANGUAGE, loadTriageFixtures } from '@/tests/fixtures/triage/load';
import { join } from 'node:path';
import { airline, freshComments, mlma, ownFold, tweeteval, written, xlmt, XLMT_LANGUAGES } from './data';
import { parseCheckLines } from './toxic-check';
import { accuracy, macroF1, macroRecall, pct } from './metrics';

const i = process.argv.indexOf('--data');
const root = process.argv[i + 1] ?? 'data';
// --model <dir>: weights trained with --without-own-comments, so the dev comments are unseen.
const m = process.argv.indexOf('--model');
const load = (dir: string) => decodeModel(JSON.parse(readFileSync(`${dir}/model.json`, 'utf8')) as EncodedModel);
const f = process.argv.indexOf('--folds');
const folds = f >= 0 ? (process.argv[f + 1] ?? '').split(',').map(load) : [];
const model = folds[0] ?? (m >= 0 ? load(process.argv[m + 1] as string) : loadBundledModel());
/** The model a dev comment is scored by: with --folds, the one trained without its fold. */
const modelFor = (text: string) => (folds.length > 0 ? (folds[ownFold(text, folds.length)] as typeof model) : model);
const POL = ['negative', 'neutral', 'positive'];
const LANGS = ['fr', 'en', 'other'];
const dev = loadTriageFixtures().filter((c) => c.split === 'dev');
const devBrand = (b: string) => ({ language: FIXTURE_BRAND_LANGUAGE[b] ?? 'fr', lexicon: [], competitors: [] });
const val = <T extends { split: string }>(rows: T[]) => rows.filter((r) => r.split === 'val');
// --cv <d0>,<d1>…: weights trained with RIPOSTE_CV=i/n (n dirs); XLM-T's French and English sentiment is then
// read on the train tweets of fold i, each scored by the model trained without them (all ~1,550 a
// language, instead of 324-tweet validation splits that swing ±3).
const cvArg = process.argv.indexOf('--cv');
const cvModels = cvArg >= 0 ? (process.argv[cvArg + 1] ?? '').split(',').map(load) : [];
const cvRows = (l: 'french' | 'english') => xlmt(root, l).filter((r) => r.split === 'train').map((r) => ({ ...r, fold: ownFold(`cv:${r.text}`, cvModels.length) }));
const xfr = cvModels.length > 0 ? cvRows('french') : val(xlmt(root, 'french')).map((r) => ({ ...r, fold: -1 }));
const xen = cvModels.length > 0 ? cvRows('english') : val(xlmt(root, 'english')).map((r) => ({ ...r, fold: -1 }));
const air = val(airline(root));
const off = val(tweeteval(root, 'offensive'));
const mfr = val(mlma(root, 'fr'));
const men = val(mlma(root, 'en'));
// Spam: the written lines that never train (their validation part) and the self-promotion dev check.
const wspam = written('spam').filter((w) => w.split !== 'train').map((w) => ({ text: w.text, y: Number(w.label === 's') }));
const sdev = readFileSync(join(import.meta.dirname, 'spam-dev.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => ({ text: l.slice(l.indexOf('|') + 1).trim(), y: Number(l.startsWith('s|')) }));
// Toxic: the written lines that never train, the toxic check (all, then its French part; scored by the
// full model) and the fresh batches that train (each scored by the fold model that never saw it).
const wtox = written('toxic').filter((w) => w.split !== 'train').map((w) => ({ text: w.text, y: Number(w.label === 't') }));
const tchk = parseCheckLines(readFileSync(join(import.meta.dirname, 'toxic-check.txt'), 'utf8'), 'toxic-check.txt').map((r) => ({ text: r.text, y: Number(r.yes), fr: r.language === 'fr' }));
const fresh = freshComments();
const langs = XLMT_LANGUAGES.flatMap((l) => val(xlmt(root, l)).map((r) => ({ text: r.text.split(/\s+/u).filter((w) => !w.startsWith('@') && !w.startsWith('http')).slice(0, 5).join(' '), gold: l === 'french' ? 0 : l === 'english' ? 1 : 2 })));

function run(tag: string) {
  const c = (text: string, brand?: string) => classify({ text }, { model: brand ? modelFor(text) : model, ...(brand ? { brand: devBrand(brand) } : {}) });
  const sent = (rows: { text: string; label: number; fold?: number }[], recall = false) => {
    const pred = rows.map((r) => POL.indexOf(classify({ text: r.text }, { model: r.fold !== undefined && r.fold >= 0 ? (cvModels[r.fold] as typeof model) : model }).sentiment.value));
    return pct((recall ? macroRecall : macroF1)(rows.map((r) => r.label), pred, 3));
  };
  const lab = (rows: { text: string; y: number }[], l: 'toxic' | 'complaint' | 'spam') => pct(macroF1(rows.map((r) => r.y), rows.map((r) => Number(c(r.text).labels.includes(l))), 2));
  const devC = dev.map((d) => ({ d, r: c(d.text, d.brand) }));
  console.log(`${tag.padEnd(40)} dev sent ${pct(macroF1(devC.map((x) => POL.indexOf(x.d.sentiment)), devC.map((x) => POL.indexOf(x.r.sentiment.value)), 3))} lang ${pct(accuracy(devC.map((x) => LANGS.indexOf(x.d.language)), devC.map((x) => LANGS.indexOf(x.r.language))))} tox ${pct(macroF1(devC.map((x) => Number(x.d.labels.includes('toxic'))), devC.map((x) => Number(x.r.labels.includes('toxic'))), 2))} cpl ${pct(macroF1(devC.map((x) => Number(x.d.labels.includes('complaint'))), devC.map((x) => Number(x.r.labels.includes('complaint'))), 2))} spam ${pct(macroF1(devC.map((x) => Number(x.d.labels.includes('spam'))), devC.map((x) => Number(x.r.labels.includes('spam'))), 2))} wsp ${lab(wspam, 'spam')} sdev ${lab(sdev, 'spam')}` +
    ` ftox ${pct(macroF1(fresh.map((x) => Number(x.labels.includes('toxic'))), fresh.map((x) => Number(c(x.text, x.brand).labels.includes('toxic'))), 2))} wtox ${lab(wtox, 'toxic')} tchk ${lab(tchk, 'toxic')} tchkFr ${lab(tchk.filter((r) => r.fr), 'toxic')}` +
    ` | xfr ${sent(xfr)} xen ${sent(xen)} xenR ${sent(xen, true)} air ${sent(air.map((r) => ({ text: r.text, label: r.sentiment })))} cpl ${lab(air.filter((r) => r.complaint !== null).map((r) => ({ text: r.text, y: r.complaint as number })), 'complaint')} off ${lab(off.map((r) => ({ text: r.text, y: r.label })), 'toxic')} mfr ${lab(mfr.map((r) => ({ text: r.text, y: r.toxic })), 'toxic')} men ${lab(men.map((r) => ({ text: r.text, y: r.toxic })), 'toxic')} lang5w ${pct(accuracy(langs.map((r) => r.gold), langs.map((r) => LANGS.indexOf(c(r.text).language))))}`);
}

const base = { ...COMBINE };
const baseAdd = { ...MODEL_ADD };
const baseVeto = { ...MODEL_VETO };
const grid: [string, () => void][] = [
  ['base', () => {}],
  ['sentimentWeight 0.25 alone 0.25', () => { COMBINE.sentimentWeight = 0.25; COMBINE.sentimentAlone = 0.25; }],
  ['sentimentWeight 0.25 alone 0.5', () => { COMBINE.sentimentWeight = 0.25; }],
  ['sentimentWeight 1 alone 1', () => { COMBINE.sentimentWeight = 1; COMBINE.sentimentAlone = 1; }],
  ['sentimentWeight 0 alone 0.5', () => { COMBINE.sentimentWeight = 0; COMBINE.sentimentAlone = 0.5; }],
  ['sentimentWeight 0.25 alone 0.35', () => { COMBINE.sentimentAlone = 0.35; }],
  ['sentimentWeight 0.1 alone 0.5', () => { COMBINE.sentimentWeight = 0.1; }],
  ['sentiment off', () => { COMBINE.sentimentWeight = 0; COMBINE.sentimentAlone = 0; }],
  ['toxic addressed 0.6', () => { COMBINE.toxicAddressed = 0.6; }],
  ['toxic addressed 0.65', () => { COMBINE.toxicAddressed = 0.65; }],
  ['toxic addressed 0.7', () => { COMBINE.toxicAddressed = 0.7; }],
  ['toxic add 0.9 addressed 0.7', () => { MODEL_ADD.toxic = 0.9; COMBINE.toxicAddressed = 0.7; }],
  ['toxic add 0.8', () => { MODEL_ADD.toxic = 0.8; }],
  ['toxic add 0.7', () => { MODEL_ADD.toxic = 0.7; }],
  ['complaint add 0.75', () => { MODEL_ADD.complaint = 0.75; }],
  ['sentimentWeight 0.5', () => { COMBINE.sentimentWeight = 0.5; }],
  ['sentimentWeight 0.5 alone 0.5', () => { COMBINE.sentimentWeight = 0.5; COMBINE.sentimentAlone = 0.5; }],
  ['sentimentAlone 0.5', () => { COMBINE.sentimentAlone = 0.5; }],
  ['sentimentWeight 2', () => { COMBINE.sentimentWeight = 2; }],
  ['sureLanguage 0.8', () => { COMBINE.sureLanguage = 0.8; }],
  ['sureLanguage 1.1 (off)', () => { COMBINE.sureLanguage = 1.1; }],
  ['otherLanguage 0.5', () => { COMBINE.otherLanguage = 0.5; }],
  ['otherLanguage 0.7', () => { COMBINE.otherLanguage = 0.7; }],
  ['toxic add 0.6', () => { MODEL_ADD.toxic = 0.6; }],
  ['toxic add 0.5', () => { MODEL_ADD.toxic = 0.5; }],
  ['complaint add 0.6', () => { MODEL_ADD.complaint = 0.6; }],
  ['toxic addressed 0.55', () => { COMBINE.toxicAddressed = 0.55; }],
  ['toxic add 0.8 addressed 0.6', () => { MODEL_ADD.toxic = 0.8; COMBINE.toxicAddressed = 0.6; }],
  ['toxic add 0.8 addressed 0.65', () => { MODEL_ADD.toxic = 0.8; COMBINE.toxicAddressed = 0.65; }],
  ['toxic add 0.85 addressed 0.65', () => { MODEL_ADD.toxic = 0.85; COMBINE.toxicAddressed = 0.65; }],
  ['toxic addressed French 0.65', () => { COMBINE.toxicAddressedFrench = 0.65; }],
  ['toxic addressed French 0.7', () => { COMBINE.toxicAddressedFrench = 0.7; }],
  ['toxic addressed French 0.75', () => { COMBINE.toxicAddressedFrench = 0.75; }],
  ['toxic addressed French 0.85', () => { COMBINE.toxicAddressedFrench = 0.85; }],
  ['toxic addressed French 0.8 others 0.65', () => { COMBINE.toxicAddressed = 0.65; }],
  ['long 12 0.6', () => { COMBINE.sentimentLongWords = 12; COMBINE.sentimentAloneLong = 0.6; }],
  ['long 15 0.6', () => { COMBINE.sentimentLongWords = 15; COMBINE.sentimentAloneLong = 0.6; }],
  ['long 15 0.8', () => { COMBINE.sentimentLongWords = 15; COMBINE.sentimentAloneLong = 0.8; }],
  ['long 20 0.8', () => { COMBINE.sentimentLongWords = 20; COMBINE.sentimentAloneLong = 0.8; }],
  ['long 10 0.6', () => { COMBINE.sentimentLongWords = 10; COMBINE.sentimentAloneLong = 0.6; }],
  ['long 12 0.5', () => { COMBINE.sentimentLongWords = 12; COMBINE.sentimentAloneLong = 0.5; }],
  ['long 12 0.7', () => { COMBINE.sentimentLongWords = 12; COMBINE.sentimentAloneLong = 0.7; }],
  ['long 12 1.0', () => { COMBINE.sentimentLongWords = 12; COMBINE.sentimentAloneLong = 1; }],
  ['long 8 0.6', () => { COMBINE.sentimentLongWords = 8; COMBINE.sentimentAloneLong = 0.6; }],
  ['long 6 0.6', () => { COMBINE.sentimentLongWords = 6; COMBINE.sentimentAloneLong = 0.6; }],
  ['sentimentAlone 0.45', () => { COMBINE.sentimentAlone = 0.45; }],
  ['sentimentAlone 0.6', () => { COMBINE.sentimentAlone = 0.6; }],
  ['sentimentAlone 0.45 weight 0.35', () => { COMBINE.sentimentAlone = 0.45; COMBINE.sentimentWeight = 0.35; }],
  ['spam add 0.6', () => { MODEL_ADD.spam = 0.6; }],
  ['spam add 0.8', () => { MODEL_ADD.spam = 0.8; }],
  ['spam add 0.85', () => { MODEL_ADD.spam = 0.85; }],
  ['spam add 0.9', () => { MODEL_ADD.spam = 0.9; }],
  ['spam add 0.95', () => { MODEL_ADD.spam = 0.95; }],
];
// Per-language sentiment weights: weight beside the rules' words, alone (no word fired), alone on a long comment.
for (const l of ['Fr', 'En'] as const) {
  for (const weight of [0.25, 0.5, 1, 2]) for (const alone of [0.35, 0.6, 1]) for (const aloneLong of [0.6, 1]) {
    grid.push([`sentiment${l} ${weight} ${alone} ${aloneLong}`, () => { COMBINE[`sentiment${l}`] = { ...COMBINE[`sentiment${l}`], weight, alone, aloneLong }; }]);
  }
  for (const sure of [0.4, 0.6, 0.8]) for (const sureWeight of [1, 2, 4]) {
    grid.push([`sure${l} ${sure} ${sureWeight}`, () => { COMBINE[`sentiment${l}`] = { ...COMBINE[`sentiment${l}`], sure, sureWeight }; }]);
  }
}
for (const [weight, sure, sureWeight, aloneLong] of [[0.5, 0.4, 2, 0.6], [0.5, 0.4, 4, 0.6], [1, 0.4, 4, 0.6], [0.5, 0.4, 4, 1], [0.25, 0.3, 2, 0.6], [0.25, 0.3, 4, 0.6], [0.25, 0.5, 4, 0.6]] as const) {
  grid.push([`comboEn ${weight} ${sure} ${sureWeight} ${aloneLong}`, () => { COMBINE.sentimentEn = { ...COMBINE.sentimentEn, weight, sure, sureWeight, aloneLong }; }]);
}
for (const [sure, sureWeight] of [[0.5, 2], [0.5, 4], [0.7, 2], [0.6, 3]] as const) {
  grid.push([`comboFr ${sure} ${sureWeight}`, () => { COMBINE.sentimentFr = { ...COMBINE.sentimentFr, sure, sureWeight }; }]);
}
for (const [sure, sureWeight] of [[0.3, 2], [0.3, 3], [0.4, 3], [0.2, 2]] as const) {
  grid.push([`sure2En ${sure} ${sureWeight}`, () => { COMBINE.sentimentEn = { ...COMBINE.sentimentEn, sure, sureWeight }; }]);
}
// A model that reads the text as neutral weighs neutralWeight against a weak rule score (below weakRule).
for (const l of ['Fr', 'En'] as const) {
  for (const sureNeutral of [0.4, 0.5, 0.6, 1.1]) for (const weakRule of [0.3, 0.35, 0.45, 9]) for (const neutralWeight of [2, 4]) {
    grid.push([`neutral${l} ${sureNeutral} ${weakRule} ${neutralWeight}`, () => { COMBINE[`sentiment${l}`] = { ...COMBINE[`sentiment${l}`], sureNeutral, weakRule, neutralWeight }; }]);
  }
}
// With no sentiment word, a long enough comment read as a polarity (top probability ≥ polarTop) takes it.
for (const l of ['Fr', 'En'] as const) {
  for (const polarTop of [0.4, 0.45, 0.5, 1.1]) for (const polarWords of [6, 8, 10]) {
    grid.push([`polar${l} ${polarTop} ${polarWords}`, () => { COMBINE[`sentiment${l}`] = { ...COMBINE[`sentiment${l}`], polarTop, polarWords }; }]);
  }
}
grid.push(['neutral pull and polar floor off', () => {
  for (const l of ['Fr', 'En'] as const) COMBINE[`sentiment${l}`] = { ...COMBINE[`sentiment${l}`], sureNeutral: 1.1, polarTop: 1.1 };
}]);
for (const l of ['Fr', 'En'] as const) {
  grid.push([`pull off ${l}`, () => { COMBINE[`sentiment${l}`] = { ...COMBINE[`sentiment${l}`], sureNeutral: 1.1 }; }]);
  grid.push([`polar off ${l}`, () => { COMBINE[`sentiment${l}`] = { ...COMBINE[`sentiment${l}`], polarTop: 1.1 }; }]);
}
// The complaint head's add and veto bars: a complaint the model adds also turns the sentiment negative.
for (const add of [0.7, 0.75, 0.8]) grid.push([`complaintAdd ${add}`, () => { MODEL_ADD.complaint = add; }]);
for (const veto of [0.1, 0.2]) grid.push([`complaintVeto ${veto}`, () => { MODEL_VETO.complaint = veto; }]);
grid.push(['per-language sentiment off', () => {
  for (const l of ['Fr', 'En'] as const) COMBINE[`sentiment${l}`] = { weight: 0.25, alone: 0.35, aloneLong: 0.6, sure: 1.1, sureWeight: 0.25, sureNeutral: 1.1, weakRule: 0, neutralWeight: 0.25, polarTop: 1.1, polarWords: 0, weakSureWeight: 0.25, neutralTop: 1.1 };
}]);
// A sure model against one weak rule word, and a neutral likeliest reading with no rule word (English).
for (const [weakSureWeight, weakRule, neutralTop] of [[2, 0.35, 1.1], [3, 0.45, 0.4], [4, 0.45, 0.4], [3, 0.45, 0.6], [3, 0.5, 0.4]] as const) {
  grid.push([`weakSureEn ${weakSureWeight} ${weakRule} ${neutralTop}`, () => { COMBINE.sentimentEn = { ...COMBINE.sentimentEn, weakSureWeight, weakRule, neutralTop }; }]);
}
// The toxic bars: addressed in French, quiet in French, the general add bar, and how deep the
// toxic evidence is searched past words of one or two letters.
for (const depth of [3, 6]) for (const fr of [0.6, 0.65, 0.7, 0.78]) for (const add of [0.85, 0.9]) {
  grid.push([`toxicBars depth ${depth} addrFr ${fr} add ${add}`, () => { COMBINE.toxicEvidenceDepth = depth; COMBINE.toxicAddressedFrench = fr; MODEL_ADD.toxic = add; }]);
}
for (const q of [0.6, 0.65, 0.7]) grid.push([`toxicQuietFrench ${q}`, () => { COMBINE.toxicQuietFrench = q; }]);
// --only <text>: the grid's lines whose tag contains it (and the base line).
const o = process.argv.indexOf('--only');
const only = o >= 0 ? (process.argv[o + 1] ?? '') : '';
for (const [tag, set] of grid.filter(([tag]) => tag === 'base' || tag.includes(only))) {
  Object.assign(COMBINE, base);
  Object.assign(MODEL_ADD, baseAdd);
  Object.assign(MODEL_VETO, baseVeto);
  set();
  run(tag);
}
