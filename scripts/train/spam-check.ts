/**
 * `tsx scripts/train/spam-check.ts [--file <path>] [--model <dir>] [--errors]` — spam on a file of
 * `s|text` (spam) and `-|text` (not spam) lines: rules alone and rules + model, precision, recall and
 * macro-F1 over the yes and no classes. By default the dev check (spam-dev.txt, written to tune the
 * self-promotion rules; it never trains) and the bundled weights; `--model` reads the weights of
 * another training run, `--errors` lists the lines each system gets wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '@/lib/triage';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { decodeModel, type EncodedModel } from '@/lib/triage/model/codec';
import type { TriageModel } from '@/lib/triage/model/model';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const file = arg('--file') ?? join(import.meta.dirname, 'spam-dev.txt');
const dir = arg('--model');
const model: TriageModel = dir ? decodeModel(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as EncodedModel) : loadBundledModel();

const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => ({ spam: l.startsWith('s|'), text: l.slice(l.indexOf('|') + 1).trim() }));

const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) : 'n/a');
const f1 = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

for (const [name, options] of [['rules', {}], ['rules + model', { model }]] as const) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const wrong: string[] = [];
  for (const r of rows) {
    const got = classify({ text: r.text }, options).labels.includes('spam');
    if (got && r.spam) tp++;
    else if (got) fp++;
    else if (r.spam) fn++;
    else tn++;
    if (got !== r.spam) wrong.push(`  ${r.spam ? 'missed' : 'false alarm'}: ${r.text}`);
  }
  const macro = (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
  console.log(
    `${name.padEnd(14)} n=${rows.length} spam=${tp + fn}  precision ${pct(tp / (tp + fp))}  recall ${pct(tp / (tp + fn))}  ` +
      `false alarms ${fp}/${fp + tn}  macro-F1 ${pct(macro)}`,
  );
  if (process.argv.includes('--errors')) for (const w of wrong) console.log(w);
}
