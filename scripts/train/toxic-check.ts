/**
 * `tsx scripts/train/toxic-check.ts [--file <path>] [--model <dir>] [--errors]` — toxic on a file of
 * `t|text` (toxic) and `-|text` (not toxic) lines, `## fr` / `## en` starting each language's part:
 * rules alone and rules + model, precision, recall and macro-F1 over the yes and no classes, overall
 * and per language. By default the toxic check (toxic-check.txt, written before the toxic changes it
 * measures; it never trains) and the bundled weights; `--model` reads another training run's
 * weights, `--errors` lists the lines each system gets wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '@/lib/triage';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { decodeModel, type EncodedModel } from '@/lib/triage/model/codec';
import type { TriageModel } from '@/lib/triage/model/model';
import { spamScores } from '../eval/spam-unseen';
import { pct } from './metrics';

export interface ToxicLine {
  text: string;
  toxic: boolean;
  language: string;
}

/** `t|` or `-|` lines; `#` lines are comments, `## <language>` names the lines after it. Anything else throws. */
export function parseToxicLines(content: string, source: string): ToxicLine[] {
  const out: ToxicLine[] = [];
  let language = '';
  content.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/u, '');
    if (line.trim() === '') return;
    if (line.startsWith('## ')) language = line.slice(3).trim();
    if (line.startsWith('#')) return;
    const code = line.slice(0, 2);
    if (code !== 't|' && code !== '-|') throw new Error(`${source}:${i + 1}: expected "t|" or "-|"`);
    const text = line.slice(2).trim();
    if (text === '') throw new Error(`${source}:${i + 1}: empty comment`);
    out.push({ text, toxic: code === 't|', language });
  });
  return out;
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

if (process.argv[1]?.endsWith('toxic-check.ts')) {
  const file = arg('--file') ?? join(import.meta.dirname, 'toxic-check.txt');
  const dir = arg('--model');
  const model: TriageModel = dir ? decodeModel(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as EncodedModel) : loadBundledModel();
  const rows = parseToxicLines(readFileSync(file, 'utf8'), file);
  const languages = [...new Set(rows.map((r) => r.language))];
  for (const [name, options] of [['rules', {}], ['rules + model', { model }]] as const) {
    const pred = rows.map((r) => classify({ text: r.text }, options).labels.includes('toxic'));
    for (const l of ['all', ...(languages.length > 1 ? languages : [])]) {
      const idx = rows.map((r, i) => (l === 'all' || r.language === l ? i : -1)).filter((i) => i >= 0);
      const gold = idx.map((i) => (rows[i] as ToxicLine).toxic);
      const s = spamScores(gold, idx.map((i) => pred[i] as boolean));
      console.log(
        `${name.padEnd(14)} ${l.padEnd(4)} n=${idx.length} toxic=${gold.filter(Boolean).length}  precision ${pct(s.precision)}  recall ${pct(s.recall)}  ` +
          `false alarms ${s.falseAlarms}/${s.negatives}  F1 ${pct(s.f1)}  macro-F1 ${pct(s.macroF1)}`,
      );
    }
    if (process.argv.includes('--errors')) {
      rows.forEach((r, i) => {
        if (pred[i] !== r.toxic) console.log(`  ${r.toxic ? 'missed' : 'false alarm'}: ${r.text}`);
      });
    }
  }
}
