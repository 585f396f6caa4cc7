/**
 * The held-out spam set (tests/fixtures/triage/spam-unseen.txt): written by a second hand and never
 * used for tuning, so it measures how the spam rules and the learned layer generalise. Scored as
 * spam vs not: precision, recall and F1 of the spam class, and macro-F1 (mean F1 of both classes),
 * beside a majority baseline. No brand context: these are comments as a creator's page gets them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '@/lib/triage';
import { scoreText, type TriageModel } from '@/lib/triage/model/model';
import { majority, pct } from '../train/metrics';

export interface SpamItem {
  line: number;
  text: string;
  spam: boolean;
}

/**
 * `s|text` (spam) or `-|text` (not spam) per line, after a header of `#` lines; blank lines are
 * skipped. Any other line is an error naming `source` and the line, so a typo never scores.
 */
export function parseSpamLines(content: string, source: string): SpamItem[] {
  const out: SpamItem[] = [];
  let header = true;
  content.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/u, '');
    if (line.trim() === '') return;
    if (header && line.startsWith('#')) return;
    header = false;
    const code = line.slice(0, 2);
    if (code !== 's|' && code !== '-|') throw new Error(`${source}:${i + 1}: expected "s|" or "-|"`);
    const text = line.slice(2);
    if (text.trim() === '') throw new Error(`${source}:${i + 1}: empty comment`);
    out.push({ line: i + 1, text, spam: code === 's|' });
  });
  return out;
}

export const parseSpamUnseen = (content: string): SpamItem[] => parseSpamLines(content, 'spam-unseen.txt');

/** A string path, not `new URL(...)`: under happy-dom (Vitest) the global URL is not Node's. */
export const SPAM_UNSEEN_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/triage/spam-unseen.txt');

export function loadSpamUnseen(): SpamItem[] {
  return parseSpamUnseen(readFileSync(SPAM_UNSEEN_PATH, 'utf8'));
}

export interface SpamScores {
  precision: number;
  recall: number;
  f1: number;
  /** Mean of the spam and the not-spam F1. */
  macroF1: number;
  /** Comments called spam that are not, out of all that are not. */
  falseAlarms: number;
  negatives: number;
}

export function spamScores(gold: readonly boolean[], pred: readonly boolean[]): SpamScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  gold.forEach((g, i) => {
    if (g && pred[i]) tp++;
    else if (pred[i]) fp++;
    else if (g) fn++;
    else tn++;
  });
  const f = (a: number, b: number, c: number) => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  const f1 = f(tp, fp, fn);
  // No spam predicted: precision is undefined (printed n/a), not zero.
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), f1, macroF1: (f1 + f(tn, fn, fp)) / 2, falseAlarms: fp, negatives: fp + tn };
}

/** Prints the section of `npm run eval`; `model` adds the learned layer alone and beside the rules. */
export function printSpamUnseenEval(model: TriageModel | null, items: readonly SpamItem[] = loadSpamUnseen()): void {
  const gold = items.map((i) => i.spam);
  const spamCount = gold.filter(Boolean).length;
  const systems: [string, boolean[]][] = [
    ['majority', items.map(() => majority(gold.map(Number)) === 1)],
    ['rules', items.map((i) => classify({ text: i.text }).labels.includes('spam'))],
  ];
  if (model) {
    const head = model.heads.spam;
    if (head) systems.push(['model', items.map((i) => (scoreText(model, i.text).binary.spam ?? 0) >= (head.threshold ?? 0.5))]);
    systems.push(['rules+model', items.map((i) => classify({ text: i.text }, { model }).labels.includes('spam'))]);
  }
  console.log(`\n── Held-out spam set, written by a second hand, never tuned on (${items.length} comments, ${spamCount} spam) ──`);
  console.log(`${'system'.padEnd(12)} ${'spam P'.padStart(7)} ${'spam R'.padStart(7)} ${'spam F1'.padStart(8)} ${'macro-F1'.padStart(9)}`);
  for (const [name, pred] of systems) {
    const s = spamScores(gold, pred);
    console.log(`${name.padEnd(12)} ${pct(s.precision).padStart(7)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(8)} ${pct(s.macroF1).padStart(9)}`);
  }
  console.log('(macro-F1: mean F1 of spam and not-spam. Mistakes are never listed: this set must not guide tuning.)');
}
