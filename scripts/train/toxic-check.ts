/**
 * `tsx scripts/train/toxic-check.ts [--file <path>] [--label <label>] [--model <dir>] [--errors]` — one
 * label on a file of `t|text` (toxic) and `-|text` (not toxic) lines, `## fr` / `## en` starting each
 * language's part: rules alone and rules + model, precision, recall and macro-F1 over the yes and no
 * classes, overall and per language. By default the toxic check (toxic-check.txt, written before the
 * toxic changes it measures; it never trains) and the bundled weights; `--label complaint` reads a
 * file of `c|` and `-|` lines the same way (`question` q, `spam` s, `lead` l, `praise` p); `--model`
 * reads another training run's weights, `--errors` lists the lines each system gets wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '@/lib/triage';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { decodeModel, type EncodedModel } from '@/lib/triage/model/codec';
import type { TriageModel } from '@/lib/triage/model/model';
import type { TriageLabel } from '@/lib/schema/classification';
import { spamScores } from '../eval/spam-unseen';
import { pct } from './metrics';

export interface CheckLine {
  text: string;
  /** The line is labelled with the check's label. */
  yes: boolean;
  language: string;
}

/** The code of each label that a check file may hold. */
export const CHECK_CODES = { toxic: 't', complaint: 'c', question: 'q', spam: 's', lead: 'l', praise: 'p' } as const satisfies Partial<Record<TriageLabel, string>>;

/** `<code>|` or `-|` lines; `#` lines are comments, `## <language>` names the lines after it. Anything else throws. */
export function parseCheckLines(content: string, source: string, code: string = CHECK_CODES.toxic): CheckLine[] {
  const out: CheckLine[] = [];
  let language = '';
  content.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/u, '');
    if (line.trim() === '') return;
    if (line.startsWith('## ')) language = line.slice(3).trim();
    if (line.startsWith('#')) return;
    const mark = line.slice(0, 2);
    if (mark !== `${code}|` && mark !== '-|') throw new Error(`${source}:${i + 1}: expected "${code}|" or "-|"`);
    const text = line.slice(2).trim();
    if (text === '') throw new Error(`${source}:${i + 1}: empty comment`);
    out.push({ text, yes: mark === `${code}|`, language });
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
  const label = (arg('--label') ?? 'toxic') as keyof typeof CHECK_CODES;
  if (!(label in CHECK_CODES)) throw new Error(`--label: one of ${Object.keys(CHECK_CODES).join(', ')}`);
  const rows = parseCheckLines(readFileSync(file, 'utf8'), file, CHECK_CODES[label]);
  const languages = [...new Set(rows.map((r) => r.language))];
  for (const [name, options] of [['rules', {}], ['rules + model', { model }]] as const) {
    const pred = rows.map((r) => classify({ text: r.text }, options).labels.includes(label));
    for (const l of ['all', ...(languages.length > 1 ? languages : [])]) {
      const idx = rows.map((r, i) => (l === 'all' || r.language === l ? i : -1)).filter((i) => i >= 0);
      const gold = idx.map((i) => (rows[i] as CheckLine).yes);
      const s = spamScores(gold, idx.map((i) => pred[i] as boolean));
      console.log(
        `${name.padEnd(14)} ${l.padEnd(4)} n=${idx.length} ${label}=${gold.filter(Boolean).length}  precision ${pct(s.precision)}  recall ${pct(s.recall)}  ` +
          `false alarms ${s.falseAlarms}/${s.negatives}  F1 ${pct(s.f1)}  macro-F1 ${pct(s.macroF1)}`,
      );
    }
    if (process.argv.includes('--errors')) {
      rows.forEach((r, i) => {
        if (pred[i] !== r.yes) console.log(`  ${r.yes ? 'missed' : 'false alarm'}: ${r.text}`);
      });
    }
  }
}
