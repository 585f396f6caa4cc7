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
import { parseSpamLines, spamScores } from '../eval/spam-unseen';
import { pct } from './metrics';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const file = arg('--file') ?? join(import.meta.dirname, 'spam-dev.txt');
const dir = arg('--model');
const model: TriageModel = dir ? decodeModel(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as EncodedModel) : loadBundledModel();

const rows = parseSpamLines(readFileSync(file, 'utf8'), file);
const gold = rows.map((r) => r.spam);

for (const [name, options] of [['rules', {}], ['rules + model', { model }]] as const) {
  const pred = rows.map((r) => classify({ text: r.text }, options).labels.includes('spam'));
  const s = spamScores(gold, pred);
  console.log(
    `${name.padEnd(14)} n=${rows.length} spam=${gold.filter(Boolean).length}  precision ${pct(s.precision)}  recall ${pct(s.recall)}  ` +
      `false alarms ${s.falseAlarms}/${s.negatives}  macro-F1 ${pct(s.macroF1)}`,
  );
  if (process.argv.includes('--errors')) {
    rows.forEach((r, i) => {
      if (pred[i] !== r.spam) console.log(`  ${r.spam ? 'missed' : 'false alarm'}: ${r.text}`);
    });
  }
}
