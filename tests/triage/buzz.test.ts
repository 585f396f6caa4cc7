import { describe, expect, it } from 'vitest';
import { buzzEventOf, classify, detectBuzz, isNegative, type BuzzEvent } from '@/lib/triage';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const MIN = 60_000;
const POST = 'https://x.com/brand/status/1';
const OTHER = 'https://x.com/brand/status/2';

/** `n` comments spread over [from, to) minutes before NOW. */
function spread(prefix: string, n: number, fromMin: number, toMin: number, negative: boolean, postUrl = POST): BuzzEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    postUrl,
    at: NOW - fromMin * MIN + ((fromMin - toMin) * MIN * i) / Math.max(1, n),
    negative,
  }));
}

describe('detectBuzz', () => {
  it('stays quiet for a steady trickle of negative comments', () => {
    const events = [...spread('b', 24, 24 * 60 + 60, 60, true), ...spread('r', 1, 60, 0, true), ...spread('p', 20, 24 * 60, 0, false)];
    const report = detectBuzz(events, { now: NOW });
    expect(report.brand.level).toBe('none');
    expect(report.posts[0]?.level).toBe('none');
  });

  it('raises a crisis when the last hour has many more negatives than the day before, and lists them', () => {
    const events = [...spread('base', 6, 24 * 60 + 60, 60, true), ...spread('ok', 30, 24 * 60, 60, false), ...spread('neg', 12, 55, 0, true)];
    const report = detectBuzz(events, { now: NOW });
    const post = report.posts[0];
    expect(post?.level).toBe('crisis');
    expect(post?.commentIds).toHaveLength(12);
    expect(post?.commentIds[0]).toBe('neg11');
    expect(post?.explanation).toMatch(/12 negative of 12 comments on this post in the last 1 h .* vs 6 of 36 in the 24 h before/);
    expect(post?.rateRatio).toBeGreaterThan(6);
  });

  it('raises an alert on a rising share even when volumes are low', () => {
    const events = [...spread('ok', 40, 24 * 60, 60, false), ...spread('neg', 4, 50, 0, true), ...spread('ok2', 2, 50, 0, false)];
    const report = detectBuzz(events, { now: NOW });
    expect(report.posts[0]?.level).toBe('alert');
    expect(report.posts[0]?.shareRise).toBeGreaterThan(0.3);
  });

  it('ignores fewer negatives than the minimum, however sharp the rise', () => {
    const report = detectBuzz(spread('neg', 2, 10, 0, true), { now: NOW });
    expect(report.brand.level).toBe('none');
    expect(report.brand.explanation).toMatch(/fewer than 3 negatives/);
  });

  it('assesses each post and the brand across posts', () => {
    // Three negatives on each of four posts: no post alone is past "alert", the brand is.
    const events = [0, 1, 2, 3].flatMap((p) => spread(`p${p}-`, 3, 50, 0, true, `${POST}${p}`));
    const report = detectBuzz(events, { now: NOW, thresholds: { crisisMinNegatives: 10 } });
    expect(report.posts).toHaveLength(4);
    expect(report.brand.level).toBe('crisis');
    expect(report.posts.every((p) => p.level !== 'crisis')).toBe(true);
    expect(report.brand.commentIds).toHaveLength(12);
  });

  it('is pure: future events and events older than both windows do not count', () => {
    const events = [...spread('neg', 5, 30, 0, true, OTHER), { id: 'future', postUrl: OTHER, at: NOW + MIN, negative: true }, { id: 'old', postUrl: OTHER, at: NOW - 3 * 24 * 60 * MIN, negative: true }];
    const a = detectBuzz(events, { now: NOW });
    const b = detectBuzz(events, { now: NOW });
    expect(a).toEqual(b);
    expect(a.brand.recent.negatives).toBe(5);
    expect(a.brand.baseline.negatives).toBe(0);
  });

  it('honours custom windows', () => {
    const events = spread('neg', 4, 10, 0, true);
    expect(detectBuzz(events, { now: NOW, thresholds: { recentMinutes: 5 } }).brand.recent.negatives).toBe(2);
  });
});

describe('buzzEventOf', () => {
  it('counts complaints as negative and falls back to the time the comment was read', () => {
    const base = { id: 'c1', postUrl: POST };
    const complaint = buzzEventOf({ ...base, createdAt: new Date(NOW - MIN).toISOString() }, classify({ text: 'Colis jamais reçu' }), NOW);
    expect(complaint).toEqual({ id: 'c1', postUrl: POST, at: NOW - MIN, negative: true });
    const praise = buzzEventOf(base, classify({ text: 'Merci, au top 😍' }), NOW);
    expect(praise).toEqual({ id: 'c1', postUrl: POST, at: NOW, negative: false });
  });
});

describe('isNegative', () => {
  it('is one rule: a complaint, a toxic comment or negative sentiment', () => {
    const neutral = { value: 'neutral', score: 0 } as const;
    expect(isNegative({ labels: ['complaint'], sentiment: neutral })).toBe(true);
    expect(isNegative({ labels: ['toxic'], sentiment: neutral })).toBe(true);
    expect(isNegative({ labels: [], sentiment: { value: 'negative', score: -0.6 } })).toBe(true);
    expect(isNegative({ labels: ['question'], sentiment: neutral })).toBe(false);
  });
});
