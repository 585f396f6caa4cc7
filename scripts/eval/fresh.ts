/**
 * Fresh batches (tests/fixtures/triage/fresh-fr.txt, fresh-en.txt, then fresh2-…): comments written
 * in the style of brand-page comments after the rules were tuned, each batch scored once as it was
 * written, before it could guide a change. They are dev material from then on — their mistakes may be
 * listed — and never join the fixed dev/test split of fr.txt / en.txt. Same line format. The batches
 * of EVAL_ONLY_BATCHES (scripts/train/data.ts) never train the model either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRIAGE_LABELS, type Classification, type TriageLabel } from '@/lib/schema/classification';
import { classify } from '@/lib/triage';
import type { TriageModel } from '@/lib/triage/model/model';
import { FIXTURE_BRAND_LANGUAGE, parseFixture, type LabelledComment } from '@/tests/fixtures/triage/load';

/** A string path, not `new URL(...)`: under happy-dom (Vitest) the global URL is not Node's. */
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/triage');
const FILE = /^(fresh\d*)-(fr|en)\.txt$/u;

export interface FreshBatch {
  name: string;
  items: LabelledComment[];
}

/** Every fresh batch in the fixture folder, in name order (fresh, fresh2, …), French then English. */
export function loadFreshBatches(dir = DIR): FreshBatch[] {
  const batches = new Map<string, LabelledComment[]>();
  for (const file of readdirSync(dir).sort()) {
    const m = FILE.exec(file);
    if (m === null) continue;
    const [, name, lang] = m as unknown as [string, string, 'fr' | 'en'];
    const items = parseFixture(lang, readFileSync(join(dir, file), 'utf8'));
    batches.set(name, [...(batches.get(name) ?? []), ...items]);
  }
  return [...batches].map(([name, items]) => ({ name, items }));
}

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) : '  n/a');

interface Row {
  label: TriageLabel;
  p: number;
  r: number;
  f: number;
  support: number;
  falseAlarms: number;
}

function rows(items: readonly LabelledComment[], got: readonly Classification[]): Row[] {
  return TRIAGE_LABELS.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    items.forEach((item, i) => {
      const gold = item.labels.includes(label);
      const pred = (got[i] as Classification).labels.includes(label);
      if (gold && pred) tp++;
      else if (pred) fp++;
      else if (gold) fn++;
    });
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    return { label, p, r, f: tp === 0 ? 0 : (2 * p * r) / (p + r), support: tp + fn, falseAlarms: fp };
  });
}

/** Mean F1 over the labels the batch has (as the main report does). */
export const macroF1 = (rs: readonly Row[]): number => {
  const present = rs.filter((r) => r.support > 0);
  return present.reduce((a, r) => a + r.f, 0) / Math.max(1, present.length);
};

const brandOf = (item: LabelledComment) => ({ language: FIXTURE_BRAND_LANGUAGE[item.brand] ?? item.file, lexicon: [], competitors: [] });

export function printFreshEval(model: TriageModel | null, showErrors: boolean): void {
  for (const batch of loadFreshBatches()) {
    const rules = batch.items.map((item) => classify({ text: item.text }, { brand: brandOf(item) }));
    const both = model === null ? null : batch.items.map((item) => classify({ text: item.text }, { brand: brandOf(item), model }));
    console.log(`\n── Fresh batch "${batch.name}" (${batch.items.length} comments, written after tuning; dev material once scored) ──`);
    for (const lang of ['fr', 'en', 'all'] as const) {
      const idx = batch.items.map((it, i) => (lang === 'all' || it.file === lang ? i : -1)).filter((i) => i >= 0);
      const items = idx.map((i) => batch.items[i] as LabelledComment);
      const pick = (g: readonly Classification[]) => idx.map((i) => g[i] as Classification);
      const r = rows(items, pick(rules));
      const sentiment = items.filter((it, k) => it.sentiment === (pick(rules)[k] as Classification).sentiment.value).length / items.length;
      const withModel = both === null ? '' : `   rules+model macro-F1 ${pct(macroF1(rows(items, pick(both))))}`;
      console.log(`${lang.toUpperCase().padEnd(4)} n=${String(items.length).padStart(3)}  rules macro-F1 ${pct(macroF1(r))}${withModel}   sentiment ${pct(sentiment)}`);
      if (lang !== 'all') continue;
      // Per label, rules alone and, with a model, rules+model beside them (what the panel shows).
      const m = both === null ? null : rows(items, pick(both));
      console.log(`label        P      R     F1   support  false alarms (rules)${m === null ? '' : '   rules+model  P      R     F1  false alarms'}`);
      r.forEach((s, k) => {
        const b = m?.[k];
        const tail = b === undefined ? '' : `             ${pct(b.p)}  ${pct(b.r)}  ${pct(b.f)}  ${String(b.falseAlarms).padStart(6)}`;
        console.log(`${s.label.padEnd(10)} ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f)}   ${String(s.support).padStart(4)}  ${String(s.falseAlarms).padStart(6)}${tail}`);
      });
    }
    if (!showErrors) continue;
    batch.items.forEach((item, i) => {
      const got = rules[i] as Classification;
      const ok = [...item.labels].sort().join() === [...got.labels].sort().join();
      if (ok && item.sentiment === got.sentiment.value) return;
      console.log(`${batch.name}-${item.file}:${item.line} gold [${item.labels.join(',')}] ${item.sentiment} | got [${got.labels.join(',')}] ${got.sentiment.value} | ${item.text}`);
    });
  }
}
