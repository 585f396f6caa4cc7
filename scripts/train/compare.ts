/**
 * Majority baseline, rules, model and rules+model side by side, per task, on the held-out (and
 * validation) parts of the public sets and on the project's own comments. Used by `npm run eval`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRIAGE_LABELS, type Classification, type TriageLabel } from '@/lib/schema/classification';
import { classify } from '@/lib/triage';
import { scoreText, type TriageModel } from '@/lib/triage/model/model';
import { FIXTURE_BRAND_LANGUAGE, loadTriageFixtures } from '@/tests/fixtures/triage/load';
import { airline, mlma, tweeteval, xlmt, XLMT_LANGUAGES, type Split } from './data';
import { accuracy, f1Of, macroF1, macroRecall, majority, pct } from './metrics';

type System = 'majority' | 'rules' | 'model' | 'rules+model';
const SYSTEMS: System[] = ['majority', 'rules', 'model', 'rules+model'];
const POLARITY = ['negative', 'neutral', 'positive'] as const;
const LANGS = ['fr', 'en', 'other'] as const;

interface Item { text: string; gold: number; brandLanguage?: 'fr' | 'en' }

/** tests/fixtures/triage/languages-<part>.txt: `lang|text`, lang an ISO 639-1 code. */
function handWrittenLanguages(part: 'dev' | 'check'): { text: string; language: (typeof LANGS)[number] }[] {
  const path = join(dirname(fileURLToPath(import.meta.url)), `../../tests/fixtures/triage/languages-${part}.txt`);
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => {
    const bar = l.indexOf('|');
    const lang = l.slice(0, bar);
    return { text: l.slice(bar + 1), language: lang === 'fr' || lang === 'en' ? lang : 'other' };
  });
}
type Task = 'sentiment' | 'language' | TriageLabel;

function predictions(model: TriageModel, task: Task, items: readonly Item[]): Record<System, number[]> {
  const gold = items.map((i) => i.gold);
  const maj = majority(gold);
  const of = (c: Classification): number =>
    task === 'sentiment' ? POLARITY.indexOf(c.sentiment.value) : task === 'language' ? LANGS.indexOf(c.language) : Number(c.labels.includes(task));
  const brand = (i: Item) => (i.brandLanguage ? { brand: { language: i.brandLanguage, lexicon: [], competitors: [] } } : {});
  const alone = (i: Item): number => {
    const s = scoreText(model, i.text);
    if (task === 'sentiment' || task === 'language') {
      const p = task === 'sentiment' ? s.sentiment : s.language;
      if (p === undefined) return -1;
      const v = Object.values(p);
      return v.indexOf(Math.max(...v));
    }
    const p = s.binary[task];
    return p === undefined ? -1 : Number(p >= (model.heads[task]?.threshold ?? 0.5));
  };
  return {
    majority: items.map(() => maj),
    rules: items.map((i) => of(classify({ text: i.text }, brand(i)))),
    model: items.map(alone),
    'rules+model': items.map((i) => of(classify({ text: i.text }, { ...brand(i), model }))),
  };
}

function row(name: string, task: Task, items: readonly Item[], model: TriageModel, extra?: 'macro-recall' | 'F1 (yes)'): string {
  if (items.length === 0) return `${name.padEnd(34)} ${task.padEnd(10)} (no data)`;
  const gold = items.map((i) => i.gold);
  const preds = predictions(model, task, items);
  const k = task === 'sentiment' || task === 'language' ? 3 : 2;
  const metric = (p: number[]) => (p.includes(-1) ? NaN : extra === 'macro-recall' ? macroRecall(gold, p, k) : extra === 'F1 (yes)' ? f1Of(gold, p, 1) : task === 'language' ? accuracy(gold, p) : macroF1(gold, p, k));
  const label = extra ?? (task === 'language' ? 'accuracy' : 'macro-F1');
  return `${name.padEnd(34)} ${task.padEnd(10)} ${label.padEnd(12)} ${String(items.length).padStart(5)} ${SYSTEMS.map((s) => pct(metric(preds[s])).padStart(9)).join('')}`;
}

const header = () => `${'set'.padEnd(34)} ${'task'.padEnd(10)} ${'metric'.padEnd(12)} ${'n'.padStart(5)} ${SYSTEMS.map((s) => s.padStart(9)).join('')}`;

/** Prints the comparison; `dataDir` holds the public sets (skipped when absent). */
export function compare(model: TriageModel, dataDir: string | null): void {
  console.log('\n── Rules and the learned layer, per task (macro-F1 unless said; binary tasks: mean F1 of yes and no) ──');
  console.log(header());
  const own = loadTriageFixtures();
  for (const split of ['dev', 'test'] as const) {
    const part = own.filter((c) => c.split === split);
    const items = (gold: (c: (typeof own)[number]) => number): Item[] => part.map((c) => ({ text: c.text, gold: gold(c), brandLanguage: FIXTURE_BRAND_LANGUAGE[c.brand] ?? 'fr' }));
    for (const label of TRIAGE_LABELS) console.log(row(`riposte comments ${split}`, label, items((c) => Number(c.labels.includes(label))), model));
    // The figure the README has always given: mean over the six labels of each label's F1.
    const sixF1 = (sys: System) => TRIAGE_LABELS.reduce((a, label) => {
      const it = items((c) => Number(c.labels.includes(label)));
      return a + f1Of(it.map((i) => i.gold), predictions(model, label, it)[sys], 1);
    }, 0) / TRIAGE_LABELS.length;
    console.log(`${`riposte comments ${split}`.padEnd(34)} ${'6 labels'.padEnd(10)} ${'mean F1 yes'.padEnd(12)} ${String(part.length).padStart(5)} ${SYSTEMS.map((sys) => (sys === 'model' ? 'n/a' : pct(sixF1(sys))).padStart(9)).join('')}`);
    console.log(row(`riposte comments ${split}`, 'sentiment', items((c) => POLARITY.indexOf(c.sentiment)), model));
    console.log(row(`riposte comments ${split}`, 'language', items((c) => LANGS.indexOf(c.language)), model));
  }
  // Short comments in languages the model never saw, and French/English ones in the same style,
  // each under a French and an English brand (tests/fixtures/triage/languages-*.txt).
  for (const part of ['dev', 'check'] as const) {
    const items = handWrittenLanguages(part).flatMap((r) => (['fr', 'en'] as const).map((b) => ({ text: r.text, gold: LANGS.indexOf(r.language), brandLanguage: b })));
    console.log(row(`hand-written languages ${part}`, 'language', items, model));
  }
  if (dataDir === null || !existsSync(dataDir)) {
    console.log(`(public sets: pass --data <folder>; see scripts/train/README.md)`);
    return;
  }
  for (const split of ['val', 'heldout'] as Split[]) {
    const pick = <T extends { split: Split }>(rows: readonly T[]) => rows.filter((r) => r.split === split);
    for (const l of ['french', 'english'] as const) {
      const items = pick(xlmt(dataDir, l)).map((r) => ({ text: r.text, gold: r.label }));
      console.log(row(`xlm-t ${l} ${split}`, 'sentiment', items, model));
      if (l === 'english') console.log(row(`xlm-t ${l} ${split}`, 'sentiment', items, model, 'macro-recall'));
    }
    const air = pick(airline(dataDir));
    console.log(row(`airline ${split}`, 'sentiment', air.map((r) => ({ text: r.text, gold: r.sentiment })), model));
    const complaints = air.filter((r) => r.complaint !== null).map((r) => ({ text: r.text, gold: r.complaint as number }));
    console.log(row(`airline ${split}`, 'complaint', complaints, model));
    console.log(row(`airline ${split}`, 'complaint', complaints, model, 'F1 (yes)'));
    const offensive = pick(tweeteval(dataDir, 'offensive')).map((r) => ({ text: r.text, gold: r.label }));
    console.log(row(`tweeteval offensive ${split}`, 'toxic', offensive, model));
    console.log(row(`tweeteval offensive ${split}`, 'toxic', offensive, model, 'F1 (yes)'));
    for (const lang of ['fr', 'en'] as const) {
      const items = pick(mlma(dataDir, lang)).map((r) => ({ text: r.text, gold: r.toxic }));
      console.log(row(`mlma ${lang} ${split}`, 'toxic', items, model));
      console.log(row(`mlma ${lang} ${split}`, 'toxic', items, model, 'F1 (yes)'));
    }
    const langItems: (Item & { hindi: boolean })[] = [];
    const shortItems: (Item & { hindi: boolean })[] = [];
    for (const l of XLMT_LANGUAGES) {
      for (const r of pick(xlmt(dataDir, l))) {
        const gold = l === 'french' ? 0 : l === 'english' ? 1 : 2;
        const hindi = l === 'hindi';
        langItems.push({ text: r.text, gold, hindi });
        const short = r.text.split(/\s+/u).filter((w) => w !== '' && !w.startsWith('@') && !w.startsWith('http')).slice(0, 4).join(' ');
        if (short.split(' ').length >= 2) shortItems.push({ text: short, gold, hindi });
      }
    }
    console.log(row(`xlm-t 8 languages ${split}`, 'language', langItems, model));
    console.log(row(`xlm-t 8 languages, 4 words ${split}`, 'language', shortItems, model));
    // Nearly a quarter of XLM-T's Hindi tweets are English with no Hindi word in them (75 of the 324
    // of its validation split that the model reads as English), which any reader calls English:
    // without that set, the figures say how the other seven are read.
    console.log(row(`xlm-t 7 (no Hindi) ${split}`, 'language', langItems.filter((x) => !x.hindi), model));
    console.log(row(`xlm-t 7 (no Hindi), 4 words ${split}`, 'language', shortItems.filter((x) => !x.hindi), model));
    for (const l of ['spanish', 'italian', 'portuguese'] as const) {
      const items = pick(xlmt(dataDir, l)).map((r) => ({ text: r.text, gold: 2 }));
      const p = predictions(model, 'language', items);
      console.log(`${`xlm-t ${l} ${split}`.padEnd(34)} ${'language'.padEnd(10)} ${'% called fr'.padEnd(12)} ${String(items.length).padStart(5)} ${SYSTEMS.map((s) => pct(p[s].filter((v) => v === 0).length / items.length).padStart(9)).join('')}`);
    }
  }
}
