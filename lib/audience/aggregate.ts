import { normalise, TokenKind } from '../triage/normalise';
import type { ThreadAggregate } from '../schema/audience';
import type { Classification } from '../schema/classification';
import type { Platform } from '../schema/platform';
import { THREAD_STOPWORDS } from './stopwords';

/** One comment of a competitor's thread, as the aggregation sees it; its text is read, never kept. */
export interface ThreadComment {
  id: string;
  text: string;
  classification: Pick<Classification, 'labels' | 'sentiment'>;
}

export interface ThreadMeta {
  brandId: string;
  platform: Platform;
  postUrl: string;
  handle: string;
  competitor: string;
  day: string;
  now: Date;
}

/** How many recurring terms a thread keeps. */
export const MAX_TERMS = 20;
/** Past this many comments the dedupe hashes stop growing; later duplicates may then count twice. */
const MAX_HASHES = 5_000;

/** FNV-1a, 32 bits: a comment id becomes a number that cannot be turned back into the id. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The words of a comment worth counting: no stop-words, mentions, links, numbers or short words. */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of normalise(text).tokens) {
    if (token.kind !== TokenKind.Word || token.numeric || token.key.length < 3) continue;
    const key = token.alt ?? token.key;
    if (!THREAD_STOPWORDS.has(key)) terms.add(key);
  }
  return terms;
}

export const emptyAggregate = (meta: ThreadMeta): ThreadAggregate => ({
  id: `${meta.brandId}|${meta.postUrl}|${meta.day}`,
  brandId: meta.brandId,
  platform: meta.platform,
  postUrl: meta.postUrl,
  handle: meta.handle,
  competitor: meta.competitor,
  day: meta.day,
  updatedAt: meta.now.toISOString(),
  volume: 0,
  labels: { complaint: 0, question: 0, praise: 0 },
  sentiment: { negative: 0, neutral: 0, positive: 0 },
  terms: [],
  commentHashes: [],
});

/**
 * Adds the comments not yet counted to a competitor thread's aggregate (or a new one). Only
 * numbers come out: volume, label and sentiment counts, and term frequencies (a term counts once
 * per comment). Terms are kept as the top `MAX_TERMS`; a term that fell out starts again from the
 * new comments, so counts of lower terms are a floor, not exact.
 */
export function aggregateThread(previous: ThreadAggregate | undefined, comments: readonly ThreadComment[], meta: ThreadMeta): ThreadAggregate {
  const base = previous ?? emptyAggregate(meta);
  const seen = new Set(base.commentHashes);
  const labels = { ...base.labels };
  const sentiment = { ...base.sentiment };
  const terms = new Map(base.terms.map((t) => [t.term, t.count]));
  const hashes = [...base.commentHashes];
  let volume = base.volume;
  for (const comment of comments) {
    const hash = hashId(comment.id);
    if (seen.has(hash)) continue;
    seen.add(hash);
    if (hashes.length < MAX_HASHES) hashes.push(hash);
    volume += 1;
    for (const label of comment.classification.labels) {
      if (label === 'complaint' || label === 'question' || label === 'praise') labels[label] += 1;
    }
    sentiment[comment.classification.sentiment.value] += 1;
    for (const term of termsOf(comment.text)) terms.set(term, (terms.get(term) ?? 0) + 1);
  }
  const top = [...terms]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TERMS)
    .map(([term, count]) => ({ term, count }));
  return { ...base, updatedAt: meta.now.toISOString(), volume, labels, sentiment, terms: top, commentHashes: hashes };
}

/** Shares (0…1) of a thread's or several threads' comments; zero volume gives zero shares. */
export function threadShares(aggregates: readonly Pick<ThreadAggregate, 'volume' | 'labels' | 'sentiment'>[]): {
  volume: number;
  complaint: number;
  question: number;
  praise: number;
  negative: number;
  neutral: number;
  positive: number;
} {
  const sum = (pick: (a: (typeof aggregates)[number]) => number): number => aggregates.reduce((n, a) => n + pick(a), 0);
  const volume = sum((a) => a.volume);
  const share = (n: number): number => (volume === 0 ? 0 : n / volume);
  return {
    volume,
    complaint: share(sum((a) => a.labels.complaint)),
    question: share(sum((a) => a.labels.question)),
    praise: share(sum((a) => a.labels.praise)),
    negative: share(sum((a) => a.sentiment.negative)),
    neutral: share(sum((a) => a.sentiment.neutral)),
    positive: share(sum((a) => a.sentiment.positive)),
  };
}
