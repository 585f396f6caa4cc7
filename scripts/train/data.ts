/**
 * Reads the public labelled sets from a local folder (never committed; see scripts/train/README.md)
 * and the project's own comments, and splits them once, by a hash of the text:
 *   train     fits the weights
 *   val       the set's own validation split when it has one, else 15 % by hash: calibrates thresholds
 *   heldout   15 % of the training split by hash: scored only, never used to fit or tune
 * TweetEval's and XLM-T's own test splits are never read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { fnv1a } from '@/lib/triage/model/features';
import { loadTriageFixtures } from '@/tests/fixtures/triage/load';
import { loadFreshBatches } from '../eval/fresh';

export type Split = 'train' | 'val' | 'heldout';

export interface Example {
  text: string;
  /** Class index (softmax heads) or 0/1 (binary heads). */
  y: number;
  split: Split;
  /** Data set name, for per-set scores. */
  set: string;
  weight: number;
}

const warned = new Set<string>();
/** A set missing from the data folder is skipped with one warning (e.g. left out for its licence). */
function present(path: string): boolean {
  if (existsSync(path)) return true;
  if (!warned.has(path)) console.warn(`(not found, skipped: ${path})`);
  warned.add(path);
  return false;
}

const bucket = (text: string) => fnv1a(`split:${text}`) % 100;

/** For sets with an official validation split: its train split → train / heldout. */
const trainOrHeldout = (text: string): Split => (bucket(text) < 15 ? 'heldout' : 'train');
/** For sets with no split at all: train / val / heldout. */
const threeWay = (text: string): Split => {
  const b = bucket(text);
  return b < 15 ? 'heldout' : b < 30 ? 'val' : 'train';
};

function lines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

function paired(dir: string, split: 'train' | 'val'): { text: string; label: number }[] {
  const texts = lines(join(dir, `${split}_text.txt`));
  const labels = lines(join(dir, `${split}_labels.txt`));
  if (texts.length !== labels.length) throw new Error(`${dir}/${split}: ${texts.length} texts, ${labels.length} labels`);
  return texts.map((text, i) => ({ text: text.trim(), label: Number(labels[i]) }));
}

/** TweetEval task (cardiffnlp/tweeteval datasets/<task>): train → train/heldout, val → val. */
export function tweeteval(root: string, task: string): { text: string; label: number; split: Split }[] {
  const dir = join(root, 'tweeteval', task);
  if (!present(join(dir, 'val_text.txt'))) return [];
  const out: { text: string; label: number; split: Split }[] = [];
  if (existsSync(join(dir, 'train_text.txt'))) for (const r of paired(dir, 'train')) out.push({ ...r, split: trainOrHeldout(r.text) });
  for (const r of paired(dir, 'val')) out.push({ ...r, split: 'val' });
  return out;
}

export const XLMT_LANGUAGES = ['arabic', 'english', 'french', 'german', 'hindi', 'italian', 'portuguese', 'spanish'] as const;

/** XLM-T / UMSAB sentiment in one language (labels 0 negative, 1 neutral, 2 positive). */
export function xlmt(root: string, language: (typeof XLMT_LANGUAGES)[number]): { text: string; label: number; split: Split }[] {
  const dir = join(root, 'xlm-t', language);
  if (!present(join(dir, 'train_text.txt'))) return [];
  return [
    ...paired(dir, 'train').map((r) => ({ ...r, split: trainOrHeldout(r.text) })),
    ...paired(dir, 'val').map((r) => ({ ...r, split: 'val' as const })),
  ];
}

function csv(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** MLMA hate speech (HKUST-KnowComp/MLMA_hate_speech): toxic = any hostility label but "normal" alone. */
export function mlma(root: string, language: 'fr' | 'en'): { text: string; toxic: number; split: Split }[] {
  if (!present(join(root, 'mlma', `${language}.csv`))) return [];
  return csv(join(root, 'mlma', `${language}.csv`)).map((r) => {
    const text = (r.tweet ?? '').trim();
    return { text, toxic: r.sentiment === 'normal' ? 0 : 1, split: threeWay(text) };
  }).filter((r) => r.text !== '');
}

/**
 * Twitter US Airline Sentiment: sentiment as labelled; complaint = negative with a stated reason
 * (late flight, lost luggage, customer service issue…); negative with "Can't Tell" is left out of
 * the complaint task.
 */
export function airline(root: string): { text: string; sentiment: number; complaint: number | null; split: Split }[] {
  const polarity: Record<string, number> = { negative: 0, neutral: 1, positive: 2 };
  if (!present(join(root, 'airline', 'Tweets.csv'))) return [];
  return csv(join(root, 'airline', 'Tweets.csv')).map((r) => {
    const text = (r.text ?? '').trim();
    const sentiment = polarity[r.airline_sentiment ?? ''] ?? 1;
    const complaint = sentiment !== 0 ? 0 : r.negativereason === "Can't Tell" ? null : 1;
    return { text, sentiment, complaint, split: threeWay(text) };
  }).filter((r) => r.text !== '');
}

/**
 * The fold (0 … folds − 1) of one of the project's comments, by a hash of its text: tune.ts scores
 * each dev comment with a model trained on the other folds (it has seen comments like it, as the
 * shipped model has, but never this one).
 */
export const ownFold = (text: string, folds: number): number => fnv1a(`fold:${text}`) % folds;

/** The project's own comments (tests/fixtures/triage): dev → train, test → heldout. */
export function ownComments() {
  return loadTriageFixtures().map((c) => ({ ...c, split: (c.split === 'test' ? 'heldout' : 'train') as Split }));
}

/**
 * The fresh batches of brand-page comments (tests/fixtures/triage/fresh*-fr|en.txt): written after the
 * rules were tuned, each scored once, dev material since. They train the complaint and toxic heads,
 * the labels the rules' word lists carry least well to new wording.
 */
export function freshComments(without: ReadonlySet<string> = new Set()) {
  return loadFreshBatches().filter((b) => !EVAL_ONLY_BATCHES.has(b.name) && !without.has(b.name)).flatMap((b) => b.items.map((c) => ({ ...c, split: 'train' as Split })));
}

/**
 * Fresh batches kept out of training: the newest one measures how the model carries to wording it
 * has never seen, which a batch it trained on no longer can.
 */
export const EVAL_ONLY_BATCHES: ReadonlySet<string> = new Set(['fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10']);

/** Comments written for training (scripts/train/written/*.txt: `label|text`, label `s`, `t` or `-`). */
export function written(name: string): { text: string; label: string; split: Split }[] {
  const path = join(import.meta.dirname, 'written', `${name}.txt`);
  return lines(path).filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => {
    const bar = l.indexOf('|');
    const text = l.slice(bar + 1).trim();
    return { label: l.slice(0, bar), text, split: threeWay(text) };
  });
}

/**
 * The written scams introduce their "investment manager" by a title and a name ("Mrs Grace", "Mme
 * Claire Dubois"): the spam head keeps the title and the pitch, not the name, which fans and brands
 * use to greet anyone ("About 45 hours, Grace" read 0.93 spam on the name alone).
 */
export const withoutTitledNames = (text: string): string =>
  text.replace(/\b(Mrs|Mr|Ms|Miss|Dr|Mme|Mlle|M\.|Madame|Monsieur|Mister)\.?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?/gu, '$1');
