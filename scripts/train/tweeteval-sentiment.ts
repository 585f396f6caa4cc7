/**
 * `tsx scripts/train/tweeteval-sentiment.ts --semeval <dir> --data <folder>` — rebuilds TweetEval's
 * sentiment train split (its train_text.txt is too large for the snapshots this project reads) from
 * the SemEval-2017 Task 4 English subtask A files it was made from (`<id>\t<label>\t<text>` lines),
 * and writes <folder>/tweeteval/sentiment/train_{text,labels}.txt.
 *
 * TweetEval's preprocessing: a token starting with @ becomes @user, a token starting with http is
 * dropped, a space ends the line (the same steps rebuild all 2,000 lines of its val_text.txt byte
 * for byte). Its train split is every tweet of the 2013–2016 files but twitter-2016devtest-A.txt (in
 * neither TweetEval split) and those of its validation split; SemEval-2017's own test file is
 * TweetEval's test split and is never read. Tweets labelled differently in two files are left out.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const arg = (name: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (v === undefined) throw new Error(`usage: tsx scripts/train/tweeteval-sentiment.ts --semeval <dir> --data <folder> (missing --${name})`);
  return v;
};
const semeval = arg('semeval');
const out = join(arg('data'), 'tweeteval', 'sentiment');

const LABEL: Record<string, string> = { negative: '0', neutral: '1', positive: '2' };
const FILES = /^twitter-20(13train|13dev|13test|14test|14sarcasm|15train|15test|16train|16dev|16test)-A\.txt$/u;

function tweetEvalText(raw: string): string {
  const tokens: string[] = [];
  for (const token of raw.replace(/\t+$/u, '').split(' ')) {
    const bare = token.replace(/^"+/u, '');
    if (bare.startsWith('http')) continue;
    tokens.push(bare.startsWith('@') && bare.length > 1 ? '@user' : token);
  }
  return `${tokens.join(' ')} `;
}

const validation = new Set(readFileSync(join(out, 'val_text.txt'), 'utf8').split('\n'));
// Tweet id → its texts and labels, in the order the files list them.
const byId = new Map<string, { texts: string[]; labels: Set<string> }>();
for (const file of readdirSync(semeval).filter((f) => FILES.test(f)).sort()) {
  for (const line of readFileSync(join(semeval, file), 'utf8').split('\n')) {
    const [id, label, ...rest] = line.split('\t');
    const y = LABEL[label ?? ''];
    if (id === undefined || y === undefined || rest.length === 0) continue;
    const entry = byId.get(id) ?? { texts: [], labels: new Set<string>() };
    entry.texts.push(tweetEvalText(rest.join('\t')));
    entry.labels.add(y);
    byId.set(id, entry);
  }
}
const rows: { text: string; label: string }[] = [];
for (const { texts, labels } of byId.values()) {
  if (labels.size !== 1 || texts.some((t) => validation.has(t))) continue;
  rows.push({ text: texts[0] as string, label: [...labels][0] as string });
}
const labelsOf = new Map<string, Set<string>>();
for (const r of rows) labelsOf.set(r.text, (labelsOf.get(r.text) ?? new Set()).add(r.label));
const kept = rows.filter((r) => labelsOf.get(r.text)?.size === 1);
writeFileSync(join(out, 'train_text.txt'), `${kept.map((r) => r.text).join('\n')}\n`);
writeFileSync(join(out, 'train_labels.txt'), `${kept.map((r) => r.label).join('\n')}\n`);
const count = (y: string) => kept.filter((r) => r.label === y).length;
console.log(`${kept.length} tweets (negative ${count('0')}, neutral ${count('1')}, positive ${count('2')}) → ${out}/train_{text,labels}.txt`);
