/**
 * `npm run eval` — scores the triage rules on the labelled set in tests/fixtures/triage.
 * Prints, per language and per split, precision / recall / F1 per label, sentiment and language
 * accuracy, a sentiment confusion table, and complaint F1 beside the published anchors; then the
 * template suggestions on tests/fixtures/suggestions (top-1, top-3, language right).
 *   npm run eval                 dev and test scores
 *   npm run eval -- --errors     also list the dev mistakes (tuning aid; test mistakes are never shown)
 *   npm run eval -- --data data  also the learned layer beside the rules on the public sets' validation
 *                                and held-out parts (scripts/train/README.md); the project's comments
 *                                are compared in every run
 *   npm run eval -- --spam-only  only the held-out spam set (tests/fixtures/triage/spam-unseen.txt)
 *   npm run eval -- --fresh-only only the fresh batches (tests/fixtures/triage/fresh*-fr|en.txt);
 *                                with --errors, also their mistakes
 */
import { TRIAGE_LABELS, POLARITIES, type Classification } from '@/lib/schema/classification';
import { classify } from '@/lib/triage';
import { compare } from './train/compare';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { FIXTURE_BRAND_LANGUAGE, loadTriageFixtures, type LabelledComment } from '@/tests/fixtures/triage/load';
import { loadSuggestionItems } from '@/tests/fixtures/suggestions/load';
import { loadCheckItems, printSuggestionEval } from './eval/suggestions';
import { printSpamUnseenEval } from './eval/spam-unseen';
import { printFreshEval } from './eval/fresh';

interface Scored {
  item: LabelledComment;
  got: Classification;
}

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) : '  n/a');

function prf(items: readonly Scored[], label: (typeof TRIAGE_LABELS)[number]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { item, got } of items) {
    const gold = item.labels.includes(label);
    const pred = got.labels.includes(label);
    if (gold && pred) tp++;
    else if (pred) fp++;
    else if (gold) fn++;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  const f = tp === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f, support: tp + fn };
}

/** Complaint vs not-complaint macro-F1: the figure Jin & Aletras report (mean of both classes' F1). */
function complaintBinaryMacroF1(items: readonly Scored[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { item, got } of items) {
    const gold = item.labels.includes('complaint');
    const pred = got.labels.includes('complaint');
    if (gold && pred) tp++;
    else if (pred) fp++;
    else if (gold) fn++;
    else tn++;
  }
  const f = (a: number, b: number, c: number) => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  return (f(tp, fp, fn) + f(tn, fn, fp)) / 2;
}

function report(title: string, items: readonly Scored[]): { complaintF1: number; macroF1: number; binaryMacroF1: number } {
  console.log(`\n── ${title} (${items.length} comments) ──`);
  console.log('label        P      R     F1   support');
  const f1s: number[] = [];
  let complaintF1 = 0;
  for (const label of TRIAGE_LABELS) {
    const s = prf(items, label);
    if (s.support > 0) f1s.push(s.f);
    if (label === 'complaint') complaintF1 = s.f;
    console.log(`${label.padEnd(10)} ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f)}   ${String(s.support).padStart(4)}`);
  }
  const macroF1 = f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length);
  console.log(`macro-F1 over labels: ${pct(macroF1)}`);
  const sentimentOk = items.filter(({ item, got }) => item.sentiment === got.sentiment.value).length;
  const languageOk = items.filter(({ item, got }) => item.language === got.language).length;
  console.log(`sentiment accuracy: ${pct(sentimentOk / items.length)}   language accuracy: ${pct(languageOk / items.length)}`);
  console.log('sentiment confusion (rows gold, columns predicted):');
  console.log(`${''.padEnd(10)}${POLARITIES.map((p) => p.padStart(10)).join('')}`);
  for (const gold of POLARITIES) {
    const row = POLARITIES.map((pred) => String(items.filter(({ item, got }) => item.sentiment === gold && got.sentiment.value === pred).length).padStart(10));
    console.log(`${gold.padEnd(10)}${row.join('')}`);
  }
  return { complaintF1, macroF1, binaryMacroF1: complaintBinaryMacroF1(items) };
}

if (process.argv.includes('--spam-only')) {
  printSpamUnseenEval(loadBundledModel());
  process.exit(0);
}
if (process.argv.includes('--fresh-only')) {
  printFreshEval(loadBundledModel(), process.argv.includes('--errors'));
  process.exit(0);
}

const all: Scored[] = loadTriageFixtures().map((item) => ({
  item,
  got: classify({ text: item.text }, { brand: { language: FIXTURE_BRAND_LANGUAGE[item.brand] ?? 'fr', lexicon: [], competitors: [] } }),
}));

console.log('Riposte triage evaluation — rules only, brand language as the detector fallback.');
console.log(`${all.length} comments: ${all.filter((s) => s.item.split === 'dev').length} dev, ${all.filter((s) => s.item.split === 'test').length} test (fixed FNV-1a split).`);
const summary: string[] = [];
for (const split of ['dev', 'test'] as const) {
  for (const lang of ['fr', 'en'] as const) {
    const r = report(`${split.toUpperCase()} · ${lang.toUpperCase()}`, all.filter((s) => s.item.split === split && s.item.file === lang));
    summary.push(`${split} ${lang}:`.padEnd(14) + `complaint F1 ${pct(r.complaintF1)}, complaint/not macro-F1 ${pct(r.binaryMacroF1)}`);
  }
  const both = report(`${split.toUpperCase()} · FR+EN`, all.filter((s) => s.item.split === split));
  summary.push(`${split} fr+en:`.padEnd(14) + `complaint F1 ${pct(both.complaintF1)}, complaint/not macro-F1 ${pct(both.binaryMacroF1)}`);
}

console.log('\n── Complaint identification beside published anchors ──');
console.log('Preotiuc-Pietro, Gaman & Aletras (ACL 2019), English tweets, feature model:  F1 ≈ 79');
console.log('Jin & Aletras (2020–2021), English tweets, transformers:   macro-F1 87–88 (complaint vs not)');
for (const line of summary) console.log(`Riposte ${line}`);
console.log('(Not the same data: theirs are real tweets to customer-service accounts; ours is a small hand-written set');
console.log(' whose dev part tuned the rules. The test rows are the fair figure, and real comments will score lower.)');

if (process.argv.includes('--errors')) {
  console.log('\n── Dev mistakes ──');
  for (const { item, got } of all) {
    if (item.split !== 'dev') continue;
    const labelsOk = [...item.labels].sort().join() === [...got.labels].sort().join();
    if (labelsOk && item.sentiment === got.sentiment.value && item.language === got.language) continue;
    console.log(`${item.file}:${item.line} gold [${item.labels.join(',')}] ${item.sentiment} ${item.language} | got [${got.labels.join(',')}] ${got.sentiment.value} ${got.language} | ${item.text}`);
  }
}

printFreshEval(loadBundledModel(), process.argv.includes('--errors'));
printSuggestionEval([...loadSuggestionItems(), ...loadCheckItems()], process.argv.includes('--errors'));
printSpamUnseenEval(loadBundledModel());

{
  const i = process.argv.indexOf('--data');
  compare(loadBundledModel(), i >= 0 ? (process.argv[i + 1] ?? null) : null);
}
